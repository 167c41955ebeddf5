import { describe, expect, it } from 'vitest';
import { parseCountriesCsv, parseGoalsCsv } from '../../../src/data/countries';

const HEADER = 'iso3,iso2,numeric,name_en,name_ar,name_ru,name_kk,region,subregion,cica_status,aliases';
const KAZ = 'KAZ,KZ,398,Kazakhstan,كازاخستان,Казахстан,Қазақстан,Asia,Central Asia,member,Kazakstan|Republic of Kazakhstan';

describe('parseCountriesCsv', () => {
  it('reads every column, names in four languages and the alias list', () => {
    const [kaz] = parseCountriesCsv(`\uFEFF${HEADER}\r\n${KAZ}\r\n\r\n`);
    expect(kaz).toEqual({
      iso3: 'KAZ', iso2: 'KZ', numeric: '398',
      names: { en: 'Kazakhstan', ar: 'كازاخستان', ru: 'Казахстан', kk: 'Қазақстан' },
      region: 'Asia', subregion: 'Central Asia', cica: 'member',
      aliases: ['Kazakstan', 'Republic of Kazakhstan'],
    });
  });

  it('reads columns by name, whatever their order, and quoted names with commas', () => {
    const text = 'aliases,name_en,name_ar,name_ru,name_kk,iso3,iso2,numeric,region,subregion,cica_status\n' +
      '"Korea, Republic of",South Korea,كوريا الجنوبية,Республика Корея,Оңтүстік Корея,KOR,KR,410,Asia,Eastern Asia,member\n';
    expect(parseCountriesCsv(text)[0]).toMatchObject({ iso3: 'KOR', aliases: ['Korea, Republic of'] });
  });

  it('falls back to the English name when a translation is blank', () => {
    const [row] = parseCountriesCsv(`${HEADER}\nXKX,XK,,Kosovo,,,,Europe,Southern Europe,none,\n`);
    expect(row?.names).toEqual({ en: 'Kosovo', ar: 'Kosovo', ru: 'Kosovo', kk: 'Kosovo' });
    expect(row?.numeric).toBe('');
  });

  const malformed = [
    { description: 'missing column', text: 'iso3,iso2\nKAZ,KZ\n', error: /column "numeric" is missing/ },
    { description: 'bad iso3', text: `${HEADER}\n${KAZ.replace('KAZ', 'Kaz')}\n`, error: /line 2: iso3 "Kaz"/ },
    { description: 'bad iso2', text: `${HEADER}\n${KAZ.replace('KZ', 'KZZ')}\n`, error: /line 2: iso2 "KZZ"/ },
    { description: 'numeric not padded', text: `${HEADER}\n${KAZ.replace('398', '98')}\n`, error: /numeric "98"/ },
    { description: 'unknown cica status', text: `${HEADER}\n${KAZ.replace('member', 'partner')}\n`, error: /cica_status "partner"/ },
    { description: 'empty English name', text: `${HEADER}\n${KAZ.replace('Kazakhstan,', ',')}\n`, error: /name_en is empty/ },
    { description: 'duplicate iso3', text: `${HEADER}\n${KAZ}\n${KAZ.replace('KZ,398', 'KX,399')}\n`, error: /line 3: iso3 "KAZ" already used on line 2/ },
    { description: 'short record', text: `${HEADER}\nKAZ,KZ,398\n`, error: /line 2: 3 cells, expected 11/ },
    { description: 'empty file', text: '', error: /empty/ },
  ];
  it.each(malformed)('rejects malformed reference data: $description', ({ text, error }) => {
    expect(() => parseCountriesCsv(text)).toThrow(error);
  });
});

const GOALS_HEADER = 'goal,color,name_en,name_ar,name_ru,name_kk,name_kk_status';
const goalRows = Array.from({ length: 17 }, (_, i) => `${17 - i},#e5243b,Goal ${17 - i},هدف,Цель,Мақсат,needs_review`);

describe('parseGoalsCsv', () => {
  it('returns all 17 goals sorted by number, colours upper-cased', () => {
    const goals = parseGoalsCsv([GOALS_HEADER, ...goalRows].join('\n'));
    expect(goals.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(goals[0]).toEqual({ goal: 1, color: '#E5243B', names: { en: 'Goal 1', ar: 'هدف', ru: 'Цель', kk: 'Мақсат' } });
  });

  const malformed = [
    { description: 'a goal missing', rows: goalRows.slice(1), error: /16 goals, expected all 17/ },
    { description: 'goal 18', rows: [...goalRows.slice(1), '18,#000000,X,X,X,X,reviewed'], error: /goal "18"/ },
    { description: 'bad colour', rows: [goalRows[0]?.replace('#e5243b', 'red') ?? '', ...goalRows.slice(1)], error: /color "red"/ },
    { description: 'duplicate goal', rows: [...goalRows.slice(1), goalRows[1] ?? ''], error: /goal "16" already used/ },
  ];
  it.each(malformed)('rejects $description', ({ rows, error }) => {
    expect(() => parseGoalsCsv([GOALS_HEADER, ...rows].join('\n'))).toThrow(error);
  });
});
