// @vitest-environment jsdom
// The event picker names each event in the page's language, from the file's name_* columns.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventPicker } from '../../../src/app/components/EventPicker';
import type { Lang } from '../../../src/data/types';
import { I18nProvider } from '../../../src/i18n/I18nContext';
import { makeDataset } from '../../transforms/makeDataset';

afterEach(cleanup);

const events = makeDataset('events', [
  { event_id: 'cis-2024', name: 'CIS International Volunteer Forum', name_ru: 'Международный волонтёрский форум СНГ', name_kk: 'ТМД халықаралық волонтерлік форумы', start_date: '2024-08-01' },
  { event_id: 'iave-2018', name: 'IAVE World Volunteer Conference', start_date: '2018-10-16' },
]);

async function optionsIn(lang: Lang, first: RegExp): Promise<string[]> {
  render(<I18nProvider lang={lang}><EventPicker events={events} value="cis-2024" onChange={() => {}} /></I18nProvider>);
  await screen.findByRole('option', { name: first }); // other catalogues load on demand
  return screen.getAllByRole('option').map((o) => o.textContent ?? '');
}

describe('EventPicker', () => {
  it.each([
    { lang: 'en', first: /^CIS/, expected: ['CIS International Volunteer Forum (2024)', 'IAVE World Volunteer Conference (2018)'] },
    { lang: 'ru', first: /^Междун/, expected: ['Международный волонтёрский форум СНГ (2024)', 'IAVE World Volunteer Conference (2018)'] },
    { lang: 'kk', first: /^ТМД/, expected: ['ТМД халықаралық волонтерлік форумы (2024)', 'IAVE World Volunteer Conference (2018)'] },
  ] as const)('in $lang, with English where a name is missing', async ({ lang, first, expected }) => {
    expect(await optionsIn(lang, first)).toEqual(expected);
  });
});
