// Aggregate areas that stand in a country column: the world and the five UNV regions.
// They are never summed with countries (see the data contract in the helpers' brief).
import type { Lang } from './types';

export type AggregateCode = 'WLD' | 'UNV-SSA' | 'UNV-LAC' | 'UNV-AP' | 'UNV-AS' | 'UNV-ECIS';

export interface Aggregate {
  readonly code: AggregateCode;
  readonly names: Readonly<Record<Lang, string>>;
  /** Other spellings seen in reports, any language. "Total" is deliberately absent: a totals row may cover only part of the world. */
  readonly aliases: readonly string[];
}

// Kazakh names are our own translation and want review by a Kazakh reader.
export const AGGREGATES: readonly Aggregate[] = [
  {
    code: 'WLD',
    names: { en: 'World', ar: 'العالم', ru: 'Мир', kk: 'Әлем' },
    aliases: ['Worldwide', 'Global', 'Whole world', 'All countries', 'Весь мир', 'Всего по миру', 'Бүкіл әлем'],
  },
  {
    code: 'UNV-SSA',
    names: {
      en: 'Sub-Saharan Africa',
      ar: 'أفريقيا جنوب الصحراء الكبرى',
      ru: 'Африка к югу от Сахары',
      kk: 'Сахараның оңтүстігіндегі Африка',
    },
    aliases: ['Subsaharan Africa', 'Africa South of the Sahara', 'Тропическая Африка'],
  },
  {
    code: 'UNV-LAC',
    names: {
      en: 'Latin America and the Caribbean',
      ar: 'أمريكا اللاتينية ومنطقة البحر الكاريبي',
      ru: 'Латинская Америка и Карибский бассейн',
      kk: 'Латын Америкасы және Кариб бассейні',
    },
    aliases: ['Latin America and Caribbean', 'Latin America & the Caribbean', 'LAC', 'Латинская Америка и Карибы'],
  },
  {
    code: 'UNV-AP',
    names: {
      en: 'Asia and the Pacific',
      ar: 'آسيا والمحيط الهادئ',
      ru: 'Азиатско-Тихоокеанский регион',
      kk: 'Азия-Тынық мұхиты өңірі',
    },
    aliases: ['Asia-Pacific', 'Asia Pacific', 'Asia and Pacific', 'АТР', 'Азия и Тихий океан'],
  },
  {
    code: 'UNV-AS',
    names: { en: 'Arab States', ar: 'الدول العربية', ru: 'Арабские государства', kk: 'Араб мемлекеттері' },
    aliases: ['Arab region', 'المنطقة العربية', 'Арабский регион'],
  },
  {
    code: 'UNV-ECIS',
    names: {
      en: 'Europe and Central Asia',
      ar: 'أوروبا وآسيا الوسطى',
      ru: 'Европа и Центральная Азия',
      kk: 'Еуропа және Орталық Азия',
    },
    aliases: [
      'Europe and CIS', 'Europe and the CIS', 'Europe & CIS', 'ECIS',
      'أوروبا ورابطة الدول المستقلة', 'Европа и СНГ', 'Еуропа және ТМД',
    ],
  },
];

const BY_CODE: ReadonlyMap<string, Aggregate> = new Map(AGGREGATES.map((a) => [a.code, a]));

/** True for WLD and the UNV region codes; false for alpha-3 country codes and anything else. */
export function isAggregate(code: string): code is AggregateCode {
  return BY_CODE.has(code);
}

export function getAggregate(code: string): Aggregate | undefined {
  return BY_CODE.get(code);
}
