// Translated labels for column headers and enum values, falling back to the raw value when no message exists.
import { en, type MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/translate';

function isKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export function headerLabel(t: Translate, id: string): string {
  const key = `table.header.${id}`;
  return isKey(key) ? t(key) : id;
}

/** Label of an enum value: status badges, perspective, type, qualifiers. */
export function valueLabel(t: Translate, columnId: string, value: string): string {
  const key = columnId === 'status' ? `status.${value}`
    : columnId === 'unit' ? `indicator.unit.${value}`
      : `table.value.${columnId.endsWith('qualifier') ? 'qualifier' : columnId}.${value}`;
  return isKey(key) ? t(key) : value;
}
