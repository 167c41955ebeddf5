// Keeps the shell usable when one view throws (e.g. on an unexpected uploaded file).
import { Component, type ReactNode } from 'react';

export interface ViewErrorBoundaryProps {
  /** Rendered instead of the children once they have thrown. */
  readonly fallback: (message: string) => ReactNode;
  readonly children: ReactNode;
}

export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown): { message: string } {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    return this.state.message === null ? this.props.children : this.props.fallback(this.state.message);
  }
}
