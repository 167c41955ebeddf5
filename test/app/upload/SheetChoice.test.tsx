// @vitest-environment jsdom
// A workbook in the review: the sheet read is named, and another is read only when the button says so.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SheetChoice } from '../../../src/app/upload/SheetChoice';
import type { SheetSummary } from '../../../src/data/types';
import { I18nProvider } from '../../../src/i18n/I18nContext';

afterEach(cleanup);

function renderChoice(sheet: SheetSummary, lang: 'en' | 'ru' = 'en') {
  const onChoose = vi.fn();
  render(<I18nProvider lang={lang}><SheetChoice sheet={sheet} onChoose={onChoose} /></I18nProvider>);
  return onChoose;
}

const options = (): string[] => [...screen.getByRole<HTMLSelectElement>('combobox').options].map((o) => o.textContent ?? '');

describe('SheetChoice', () => {
  it('names the sheet read and offers the others, reading one only on the button', () => {
    const onChoose = renderChoice({ name: 'Placements', names: ['About', 'Placements', 'Notes'] });
    expect(screen.getByText('Sheet: Placements')).toBeTruthy();
    expect(options()).toEqual(['About', 'Notes']);
    fireEvent.change(screen.getByLabelText('Read another sheet'), { target: { value: 'Notes' } });
    expect(onChoose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Read this sheet' }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('Notes');
  });

  it('a workbook of one sheet names it and offers nothing else', () => {
    renderChoice({ name: 'Sheet1', names: ['Sheet1'] });
    expect(screen.getByText('Sheet: Sheet1')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('when the sheet asked for does not exist, offers every sheet', () => {
    const onChoose = renderChoice({ name: null, names: ['About', 'Data'] });
    expect(screen.queryByText(/^Sheet:/)).toBeNull();
    expect(options()).toEqual(['About', 'Data']);
    fireEvent.click(screen.getByRole('button', { name: 'Read this sheet' }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('About');
  });

  it('speaks the reader\'s language', () => {
    renderChoice({ name: 'Данные', names: ['Данные', 'Примечания'] }, 'ru');
    expect(screen.getByText('Лист: Данные')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Прочитать этот лист' })).toBeTruthy();
  });
});
