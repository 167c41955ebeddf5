import { describe, expect, it } from 'vitest';
import { sourceDateToShow } from '../../src/components/sourceDate';

describe('sourceDateToShow', () => {
  it.each([
    ['The Astana Times, 2023-06', '2023-06', null],
    ['Arabic report of 2024-10-05 (Kazinform via Akorda press service)', '2024-10-05', null],
    ['The Astana Times, 2022-12', '2022-12-06', '2022-12-06'],
    ['UNV Annual Report 2019', '2020-05', '2020-05'],
    ['Kazinform', null, null],
    ['Kazinform', '', null],
  ] as const)('%s dated %s: %s', (source, date, shown) => {
    expect(sourceDateToShow(source, date)).toBe(shown);
  });
});
