// One normal form for country names in every script, applied to both the reference names and
// the cells of a file, so "Türkiye", " TURKIYE ", "Турция" and "تُركيا" all meet their own spelling.

const ZERO_WIDTH = /[\u00AD\u200B-\u200F\u2060\uFEFF\u0640]/g; // soft hyphen, ZW(N)J, marks, BOM, Arabic tatweel
const COMBINING = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

// Arabic letter variants people type interchangeably.
const ARABIC: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ی': 'ي',
};
// Kazakh letters folded onto Russian ones, so "Казакстан" typed without a Kazakh layout still meets "Қазақстан".
const KAZAKH: Readonly<Record<string, string>> = {
  'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
};
const LATIN: Readonly<Record<string, string>> = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ł': 'l', 'ı': 'i' };
const FOLD = { ...ARABIC, ...KAZAKH, ...LATIN };
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/**
 * Lower-case, compatibility-composed, marks stripped (é -> e, й -> и on both sides alike),
 * punctuation and spacing collapsed to single spaces, "&" read as "and".
 */
export function normalizeName(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(FOLD_RE, (ch) => FOLD[ch] ?? ch)
    .replace(/&/g, ' and ')
    .replace(/['’ʼ`]/g, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * Other spellings the same cell may stand for, most specific first: "Korea, Republic of" ->
 * "republic of korea"; "Iran (Islamic Republic of)" -> "islamic republic of iran", then "iran".
 */
export function nameVariants(raw: string): string[] {
  const out = new Set<string>();
  const add = (s: string): void => {
    const n = normalizeName(s);
    if (n) out.add(n);
    if (n.startsWith('the ')) out.add(n.slice(4));
  };
  add(raw);
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(raw);
  const comma = /^([^,]+),\s*([^,]+)$/.exec(raw);
  if (paren) add(`${paren[2] ?? ''} ${paren[1] ?? ''}`);
  if (comma) add(`${comma[2] ?? ''} ${comma[1] ?? ''}`);
  // Bare head last: "Congo (Democratic Republic of the)" must not fall to "congo" before its long form.
  if (paren) add(paren[1] ?? '');
  return [...out];
}
