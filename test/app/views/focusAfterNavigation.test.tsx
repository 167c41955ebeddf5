// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { fakeLoader } from '../fakeLoader';

vi.mock('../../../src/geo/loadTopology', () => ({ loadTopology: async () => [] }));

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);
// Lazy views load slowly on a busy machine; the default 1 s wait is too tight.
configure({ asyncUtilTimeout: 5000 });

const nav = () => screen.getByRole('navigation', { name: 'Views' });
const link = (name: string) => screen.getAllByRole('link', { name }).find((a) => nav().contains(a))!;

describe('focus after a view change', () => {
  it('stays put on first load', async () => {
    render(<App loader={fakeLoader()} />);
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    expect(document.activeElement).toBe(document.body);
  });

  it('moves to the new view’s heading after a nav click, also for a lazily loaded view', async () => {
    render(<App loader={fakeLoader()} />);
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    fireEvent.click(link('Map'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Map'));
    expect(document.activeElement?.tagName).toBe('H2');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
  });

  it('moves to the heading after Back as well', async () => {
    render(<App loader={fakeLoader()} />);
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    fireEvent.click(link('Country'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Country profile: Kazakhstan'));
    window.history.back();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Overview'));
    expect(document.activeElement?.tagName).toBe('H2');
  });
});
