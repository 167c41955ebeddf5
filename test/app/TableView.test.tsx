// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { fakeLoader } from './fakeLoader';

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

beforeEach(() => openAt(''));
afterEach(cleanup);

describe('Table view', () => {
  it('renders the dataset and keeps the search in the URL', async () => {
    openAt('?view=table&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    // A placeholder query: role queries compute names over the whole table and are slow in jsdom.
    const search = await screen.findByPlaceholderText(/any language/);
    fireEvent.change(search, { target: { value: 'astana' } });
    expect(window.location.search).toBe('?view=table&dataset=organizations&q=astana');
  });

  it('switching dataset clears table parameters that name the old columns', async () => {
    openAt('?view=table&dataset=organizations&q=astana');
    render(<App loader={fakeLoader()} />);
    await screen.findByPlaceholderText(/any language/);
    fireEvent.click(screen.getByRole('radio', { name: 'UN Volunteer placements' }));
    expect(window.location.search).toBe('?view=table&dataset=placements');
  });

  it('selecting rows selects their countries everywhere (the country parameter); clearing gives the focus back', async () => {
    openAt('?view=table&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    await screen.findByPlaceholderText(/any language/);
    const cells = await screen.findAllByText('Uzbekistan');
    const row = cells.map((c) => c.closest('tbody tr')).find((r) => r !== null) as HTMLElement;
    const box = row.querySelector('input[type="checkbox"]') as HTMLInputElement;
    fireEvent.click(box);
    expect(new URLSearchParams(window.location.search).get('country')).toBe('UZB');
    fireEvent.click(box);
    expect(new URLSearchParams(window.location.search).get('country')).toBeNull();
  });
});
