// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { failingLoader, fakeLoader, pendingLoader } from './fakeLoader';

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

beforeEach(() => openAt(''));
afterEach(cleanup);

describe('Overview', () => {
  it('shows the rally figures with their qualifier and source', async () => {
    render(<App loader={fakeLoader()} />);
    const delegates = (await screen.findByRole('heading', { name: /Delegates at Rally of CICA/ })).closest('article')!;
    expect(within(delegates).getByText('more than 450')).toBeTruthy();
    expect(within(delegates).getByText(/Arabic report of 2024-10-05/)).toBeTruthy();
    const countries = screen.getByRole('heading', { name: /Countries at Rally of CICA/ }).closest('article')!;
    expect(within(countries).getByText('21')).toBeTruthy();
    expect(within(countries).getByText(/Arabic report/)).toBeTruthy();
  });

  it('shows the latest untagged world total, the focus country figures, and flags illustrative ones', async () => {
    render(<App loader={fakeLoader()} />);
    const world = (await screen.findByRole('heading', { name: 'UN Volunteers worldwide' })).closest('article')!;
    expect(within(world).getByText('12,840')).toBeTruthy();
    const national = screen.getByRole('heading', { name: /National UN Volunteers serving in Kazakhstan/ }).closest('article')!;
    expect(within(national).getByText('65')).toBeTruthy();
    const orgs = screen.getByRole('heading', { name: /organisations in Kazakhstan/ }).closest('article')!;
    expect(orgs.textContent).toContain('more than 740');
    expect(within(orgs).getByText('Illustrative')).toBeTruthy();
    expect(within(national).queryByText('Illustrative')).toBeNull();
  });

  it('reserves the space of the cards while loading', () => {
    const { container } = render(<App loader={pendingLoader()} />);
    expect(container.querySelectorAll('.card-grid .skeleton')).toHaveLength(6);
  });

  it('says so when the data cannot be loaded', async () => {
    render(<App loader={failingLoader('network down')} />);
    expect((await screen.findByRole('alert')).textContent).toContain('network down');
  });
});

describe('URL and navigation', () => {
  it('opens the view named in the URL', async () => {
    openAt('?view=sources');
    render(<App loader={fakeLoader()} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Sources' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sources' }).getAttribute('aria-current')).toBe('page');
  });

  it('clicking a tab changes the view and the URL; Back returns', async () => {
    render(<App loader={fakeLoader()} />);
    fireEvent.click(screen.getByRole('link', { name: 'Sources' }));
    expect(window.location.search).toBe('?view=sources');
    expect(await screen.findByRole('heading', { level: 2, name: 'Sources' })).toBeTruthy();
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(window.location.search).toBe('');
    expect(await screen.findByRole('heading', { level: 2, name: 'Overview' })).toBeTruthy();
  });

  it('tab links carry the full state so they open in a new tab as they are', () => {
    openAt('?dataset=placements');
    render(<App loader={pendingLoader()} />);
    expect(screen.getByRole('link', { name: 'Map' }).getAttribute('href')).toBe('?view=map&dataset=placements');
  });

  it('the dataset switch writes the URL without a new history entry', () => {
    render(<App loader={pendingLoader()} />);
    const before = window.history.length;
    fireEvent.click(screen.getByRole('radio', { name: 'UN Volunteer placements' }));
    expect(window.location.search).toBe('?dataset=placements');
    expect(window.history.length).toBe(before);
    expect((screen.getByRole('radio', { name: 'UN Volunteer placements' }) as HTMLInputElement).checked).toBe(true);
  });

  it('lists ignored parameters in a dismissible notice and cleans the URL', () => {
    openAt('?view=map&year=abc');
    render(<App loader={pendingLoader()} />);
    const notice = screen.getByRole('status', { name: '' });
    expect(notice.textContent).toContain('Ignored year=abc: expected a year like 2023 or a range 2019..2023');
    expect(window.location.search).toBe('?view=map');
    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Ignored year=abc/)).toBeNull();
  });

  it('reports countries the reference table does not know, once it is loaded', async () => {
    openAt('?country=KAZ~XYZ');
    render(<App loader={fakeLoader()} />);
    expect(await screen.findByText(/Ignored country=XYZ: no such country/)).toBeTruthy();
    expect(window.location.search).toBe('');
  });

  it('sets the document language and direction from lang', () => {
    openAt('?lang=ar');
    render(<App loader={pendingLoader()} />);
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });
});
