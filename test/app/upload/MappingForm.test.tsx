// @vitest-environment jsdom
// The mapping step: the proposed reading in words, changed with the controls, and a remembered one offered.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MappingForm } from '../../../src/app/upload/MappingForm';
import { rememberReading } from '../../../src/app/upload/rememberedReading';
import type { Reading } from '../../../src/data/reading';
import type { ReadingSummary } from '../../../src/data/types';
import { I18nProvider } from '../../../src/i18n/I18nContext';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

const owid: Reading = {
  kind: 'indicators', headerLine: 1, headers: ['Entity', 'Code', 'Year', 'Volunteer rate (%)'],
  uses: ['alt:country', 'field:country', 'field:year', 'field:value'], constants: { indicator: 'Volunteer rate (%)', unit: 'percent' },
};
const summary: ReadingSummary = { headerLine: 1, skippedLines: 0, shape: 'long', figures: 3, missingFigures: 0, mapping: owid };

/** The sentences saying how each column is read. */
const words = (): string | null | undefined => document.querySelector('.upload-mapping__words')?.textContent;

function renderForm(onApply = vi.fn()) {
  render(<I18nProvider lang="en"><MappingForm summary={summary} records={3} onApply={onApply} /></I18nProvider>);
  return onApply;
}

describe('MappingForm', () => {
  it('says in words how each column is read', () => {
    renderForm();
    expect(words()).toBe('Entity → country (where the code is empty); Code → country; Year → year; Volunteer rate (%) → value');
    expect(screen.getByText(/Header row: line 1\./)).toBeTruthy();
  });

  it('reads a column as another field, ignores one, and sets a constant; applying sends that reading', () => {
    const onApply = renderForm();
    fireEvent.change(screen.getByRole('combobox', { name: 'Entity' }), { target: { value: 'ignore' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Volunteer rate (%)' }), { target: { value: 'field:value' } });
    fireEvent.change(screen.getByLabelText('source'), { target: { value: 'Gallup World Poll' } });
    expect(words()).toBe('Code → country; Year → year; Volunteer rate (%) → value');
    fireEvent.click(screen.getByRole('button', { name: 'Read again with this mapping' }));
    expect(onApply).toHaveBeenCalledWith({
      ...owid, uses: ['ignore', 'field:country', 'field:year', 'field:value'],
      constants: { indicator: 'Volunteer rate (%)', unit: 'percent', source: 'Gallup World Poll' },
    });
  });

  it('moving to another kind keeps the uses that kind has and drops the others', () => {
    const onApply = renderForm();
    fireEvent.change(screen.getByRole('combobox', { name: 'Dataset kind' }), { target: { value: 'organizations' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read again with this mapping' }));
    expect(onApply).toHaveBeenCalledWith({ ...owid, kind: 'organizations', uses: ['alt:country', 'field:country', 'ignore', 'ignore'], constants: {} });
  });

  it('offers a mapping remembered for the same headers', () => {
    const mine: Reading = { ...owid, constants: { ...owid.constants, unit: 'other' } };
    rememberReading(mine);
    const onApply = renderForm();
    expect(screen.getByText('This mapping is remembered from an earlier file with the same columns.')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Read again with this mapping' })[0]!);
    expect(onApply).toHaveBeenCalledWith(mine);
  });
});
