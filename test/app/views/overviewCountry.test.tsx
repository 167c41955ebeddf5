// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { fakeLoader } from '../fakeLoader';

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);
// Lazy views load slowly on a busy machine; the default 1 s wait is too tight.
configure({ asyncUtilTimeout: 5000 });

describe('Overview: focus country', () => {
  it('says where volunteers serve and where they come from, and the picker changes the country in the URL', async () => {
    render(<App loader={fakeLoader()} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'National UN Volunteers serving in Kazakhstan' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'International UN Volunteers from Kazakhstan, serving abroad' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Country' }), { target: { value: 'UZB' } });
    expect(window.location.search).toBe('?country=UZB');
    expect(await screen.findByRole('heading', { level: 3, name: 'Volunteer organisations in Uzbekistan' })).toBeTruthy();
  });
});
