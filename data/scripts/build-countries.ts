// Builds data/countries.csv from i18n-iso-countries (codes, names in en/ar/ru/kk), world-countries
// (region, subregion, official long forms) and the reviewed data/scripts/country-overrides.csv.
// Run from the repository root: npx tsx data/scripts/build-countries.ts
// It fails (exit 1) rather than write a file with a non-M49 subregion or a name shared by two countries.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { normalizeName } from '../../src/data/normalizeName.ts';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'countries.csv');
const OVERRIDES = join(here, 'country-overrides.csv');

interface IsoLib {
  registerLocale(data: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  alpha2ToAlpha3(a2: string): string | undefined;
  alpha2ToNumeric(a2: string): string | undefined;
  getName(code: string, lang: string, opts: { select: 'all' }): string[] | undefined;
}
interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  region: string;
  subregion: string;
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string } | undefined>;
}

const iso = require('i18n-iso-countries') as IsoLib;
const LANGS = ['en', 'ar', 'ru', 'kk'] as const;
type Lang = (typeof LANGS)[number];
for (const lang of LANGS) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
const world = require('world-countries') as WorldCountry[];

// Not in ISO 3166-1 (user-assigned XK): left out on purpose, see data/README.md.
const EXCLUDED = new Set(['XK']);

// UN M49 sub-regions (the intermediate region where M49 has one: Eastern/Middle/Southern/Western Africa,
// Caribbean, Central America, South America).
const M49_SUBREGIONS = new Set([
  'Northern Africa', 'Eastern Africa', 'Middle Africa', 'Southern Africa', 'Western Africa',
  'Caribbean', 'Central America', 'South America', 'Northern America',
  'Central Asia', 'Eastern Asia', 'South-eastern Asia', 'Southern Asia', 'Western Asia',
  'Eastern Europe', 'Northern Europe', 'Southern Europe', 'Western Europe',
  'Australia and New Zealand', 'Melanesia', 'Micronesia', 'Polynesia',
]);
const M49_REGIONS = new Set(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);

// world-countries names that are M49 sub-regions spelled differently.
const RENAMED: Readonly<Record<string, string>> = { 'South-Eastern Asia': 'South-eastern Asia' };

// world-countries groups that M49 does not have (Central Europe, Southeast Europe, North America, Antarctic),
// and single countries it places elsewhere than M49: [region, subregion] per M49.
const M49_PLACEMENT: Readonly<Record<string, readonly [string, string]>> = {
  AUT: ['Europe', 'Western Europe'], CZE: ['Europe', 'Eastern Europe'], HUN: ['Europe', 'Eastern Europe'],
  POL: ['Europe', 'Eastern Europe'], SVK: ['Europe', 'Eastern Europe'], SVN: ['Europe', 'Southern Europe'],
  ALB: ['Europe', 'Southern Europe'], BIH: ['Europe', 'Southern Europe'], HRV: ['Europe', 'Southern Europe'],
  MKD: ['Europe', 'Southern Europe'], MNE: ['Europe', 'Southern Europe'], SRB: ['Europe', 'Southern Europe'],
  BGR: ['Europe', 'Eastern Europe'], ROU: ['Europe', 'Eastern Europe'],
  CYP: ['Asia', 'Western Asia'], SSD: ['Africa', 'Eastern Africa'],
  BMU: ['Americas', 'Northern America'], CAN: ['Americas', 'Northern America'], GRL: ['Americas', 'Northern America'],
  SPM: ['Americas', 'Northern America'], USA: ['Americas', 'Northern America'], MEX: ['Americas', 'Central America'],
  UMI: ['Oceania', 'Micronesia'],
  ATF: ['Africa', 'Eastern Africa'], BVT: ['Americas', 'South America'], SGS: ['Americas', 'South America'],
  HMD: ['Oceania', 'Australia and New Zealand'],
  // M49 lists Antarctica without a region or sub-region.
  ATA: ['Antarctica', ''],
};

type Row = Record<Lang, string> & {
  iso3: string; iso2: string; numeric: string; region: string; subregion: string;
  cica_status: string; aliases: string[];
};
interface Override {
  iso3: string; name_en: string; name_ar: string; name_ru: string; name_kk: string;
  region: string; subregion: string; cica_status: string; aliases: string; remove_aliases: string; reason: string;
}

const errors: string[] = [];
const split = (cell: string): string[] => cell.split('|').map((s) => s.trim()).filter(Boolean);

const parsed = Papa.parse<Override>(readFileSync(OVERRIDES, 'utf8'), { header: true, skipEmptyLines: true });
if (parsed.errors.length) throw new Error(`country-overrides.csv: ${JSON.stringify(parsed.errors)}`);
const overrides = new Map(parsed.data.map((o) => [o.iso3, o]));
if (overrides.size !== parsed.data.length) errors.push('country-overrides.csv has a repeated iso3');

const worldBy3 = new Map(world.map((w) => [w.cca3, w]));
const rows: Row[] = [];

for (const iso2 of Object.keys(iso.getAlpha2Codes())) {
  if (EXCLUDED.has(iso2)) continue;
  const iso3 = iso.alpha2ToAlpha3(iso2) ?? '';
  const numeric = (iso.alpha2ToNumeric(iso2) ?? '').padStart(3, '0');
  const w = worldBy3.get(iso3);
  if (!w) { errors.push(`${iso3}: not in world-countries`); continue; }
  if (w.ccn3.padStart(3, '0') !== numeric) errors.push(`${iso3}: numeric ${numeric} vs world-countries ${w.ccn3}`);

  const libNames = Object.fromEntries(LANGS.map((l) => [l, iso.getName(iso2, l, { select: 'all' }) ?? []])) as Record<Lang, string[]>;
  const [region, subregion] = M49_PLACEMENT[iso3] ?? [w.region, RENAMED[w.subregion] ?? w.subregion];
  const o = overrides.get(iso3);
  overrides.delete(iso3);

  const row: Row = {
    iso3, iso2, numeric, region, subregion, cica_status: 'none', aliases: [],
    en: libNames.en[0] ?? '', ar: libNames.ar[0] ?? '', ru: libNames.ru[0] ?? '', kk: libNames.kk[0] ?? '',
  };
  if (o) {
    for (const l of LANGS) if (o[`name_${l}`]) row[l] = o[`name_${l}`];
    if (o.cica_status) row.cica_status = o.cica_status;
    if (o.region && o.region !== region) errors.push(`${iso3}: override region ${o.region} vs M49 ${region}`);
    if (o.subregion && o.subregion !== subregion) errors.push(`${iso3}: override subregion ${o.subregion} vs M49 ${subregion}`);
  }

  // Aliases: reviewed ones first, then every other spelling the packages give (official long forms included).
  const own = new Set(LANGS.map((l) => normalizeName(row[l])));
  const removed = new Set(split(o?.remove_aliases ?? '').map(normalizeName));
  const seen = new Set<string>();
  const candidates = [
    ...split(o?.aliases ?? ''),
    ...LANGS.flatMap((l) => libNames[l]),
    w.name.common, w.name.official,
    w.translations.ara?.common ?? '', w.translations.ara?.official ?? '',
    w.translations.rus?.common ?? '', w.translations.rus?.official ?? '',
  ];
  for (const alias of candidates) {
    const key = normalizeName(alias);
    if (!key || own.has(key) || removed.has(key) || seen.has(key)) continue;
    seen.add(key);
    row.aliases.push(alias.trim());
  }
  rows.push(row);
}
for (const iso3 of overrides.keys()) errors.push(`${iso3}: override for a code that is not generated`);

// Checks: valid codes, M49 wording, and no name or alias that could stand for two countries.
const owner = new Map<string, string>();
for (const r of rows) {
  if (!/^[A-Z]{3}$/.test(r.iso3) || !/^[A-Z]{2}$/.test(r.iso2) || !/^\d{3}$/.test(r.numeric)) errors.push(`${r.iso3}: bad code`);
  if (r.iso3 !== 'ATA' && (!M49_REGIONS.has(r.region) || !M49_SUBREGIONS.has(r.subregion))) {
    errors.push(`${r.iso3}: not an M49 region/subregion: ${r.region}/${r.subregion}`);
  }
  if (!['member', 'observer', 'none'].includes(r.cica_status)) errors.push(`${r.iso3}: cica_status ${r.cica_status}`);
  for (const l of LANGS) if (!r[l]) errors.push(`${r.iso3}: no ${l} name`);
  for (const name of new Set([...LANGS.map((l) => normalizeName(r[l])), ...r.aliases.map(normalizeName)])) {
    const prev = owner.get(name);
    if (prev && prev !== r.iso3) errors.push(`"${name}" names both ${prev} and ${r.iso3}`);
    owner.set(name, r.iso3);
  }
  for (const a of r.aliases) if (a.includes('|')) errors.push(`${r.iso3}: alias contains "|"`);
}
const cica = rows.filter((r) => r.cica_status !== 'none');
if (cica.length !== 38) errors.push(`expected 38 CICA states, got ${cica.length}`);

if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

rows.sort((a, b) => a.iso3.localeCompare(b.iso3));
const fields = ['iso3', 'iso2', 'numeric', 'name_en', 'name_ar', 'name_ru', 'name_kk', 'region', 'subregion', 'cica_status', 'aliases'];
const csv = Papa.unparse(
  rows.map((r) => [r.iso3, r.iso2, r.numeric, r.en, r.ar, r.ru, r.kk, r.region, r.subregion, r.cica_status, r.aliases.join('|')]),
  { header: false, newline: '\n' },
);
writeFileSync(OUT, `${fields.join(',')}\n${csv}\n`);
console.log(`wrote ${rows.length} countries to ${OUT}`);
