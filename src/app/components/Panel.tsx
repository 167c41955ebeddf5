// A titled card holding one chart, with a note under it.
import type { ReactNode } from 'react';

export interface PanelProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly note?: ReactNode;
}

export function Panel({ title, children, note }: PanelProps) {
  return (
    <section className="card panel">
      <h3>{title}</h3>
      {children}
      {note ? <div className="panel__note">{note}</div> : null}
    </section>
  );
}
