// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CountryList, type CountryListItem } from '../../../src/charts/map/CountryList';
import { I18nProvider } from '../../../src/i18n/I18nContext';

afterEach(cleanup);

const ITEMS: CountryListItem[] = [
  { iso3: 'UZB', name: 'Uzbekistan', valueText: '120', hasValue: true },
  { iso3: 'TUR', name: 'Türkiye', valueText: 'No data', hasValue: false },
  { iso3: 'KAZ', name: 'Kazakhstan', valueText: 'more than 740', hasValue: true },
  { iso3: 'KGZ', name: 'Kyrgyzstan', valueText: 'No data', hasValue: false },
];

function setup() {
  const onSelect = vi.fn();
  render(<I18nProvider lang="en"><CountryList items={ITEMS} onSelect={onSelect} /></I18nProvider>);
  const input = screen.getByRole('combobox', { name: 'Find a country' });
  const names = () => screen.getAllByRole('option').map((o) => o.textContent);
  return { onSelect, input, names };
}

describe('CountryList', () => {
  it('lists countries with a figure first, each with its value', () => {
    const { names } = setup();
    expect(names()).toEqual(['Kazakhstanmore than 740', 'Uzbekistan120', 'KyrgyzstanNo data', 'TürkiyeNo data']);
    expect(screen.getByText('4 countries')).toBeTruthy();
  });

  it('filters by name as you type, ignoring case and accents', () => {
    const { input, names } = setup();
    fireEvent.change(input, { target: { value: 'turk' } });
    expect(names()).toEqual(['TürkiyeNo data']);
    expect(screen.getByText('1 country')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'STAN' } });
    expect(names()).toHaveLength(3);
  });

  it('moves with the arrow keys and opens the active country with Enter', () => {
    const { input, onSelect } = setup();
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toBe('Uzbekistan120');
    expect(active?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('KAZ');
  });

  it('Enter after typing opens the first match; a click opens any country', () => {
    const { input, onSelect } = setup();
    fireEvent.change(input, { target: { value: 'kyr' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('KGZ');
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.click(screen.getByRole('option', { name: /Türkiye/ }));
    expect(onSelect).toHaveBeenLastCalledWith('TUR');
  });

  it('Escape clears the filter', () => {
    const { input, names } = setup();
    fireEvent.change(input, { target: { value: 'uz' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
    expect(names()).toHaveLength(4);
  });
});
