// The shape every non-English area catalogue must have, checked by the compiler:
// exactly the English keys; a plural message carries the plural categories of that language.
import type { PluralMessage } from './en';

/** Plural categories of Intl.PluralRules(lang).resolvedOptions().pluralCategories. */
export type ArabicPlural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type RussianPlural = 'one' | 'few' | 'many' | 'other';
export type KazakhPlural = 'one' | 'other';

/** An English area catalogue `T` translated into a language whose plural categories are `C`. */
export type Localized<T, C extends Intl.LDMLPluralRule> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends PluralMessage ? Readonly<Record<C, string>> : never;
};
