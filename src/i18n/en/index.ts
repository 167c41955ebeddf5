// The English catalogue: the reference every other language must match key for key.
// Each area of the app owns one file, merged here.
import { common } from './common';
import { table } from './table';
import { app } from './app';
import { charts } from './charts';
import { map } from './map';
import { loaderErrors } from './loaderErrors';
import { shell } from './shell';
import { upload } from './upload';
import { sources } from './sources';
import { loadIssue } from './loadIssue';
import { partial } from './partial';
import { indicator } from './indicator';
import { seo } from './seo';
import { reading } from './reading';
import { embed } from './embed';
import { present } from './present';
import { exportMenu } from './export';

export const en = {
  ...common,
  ...table,
  ...app,
  ...charts,
  ...map,
  ...loaderErrors,
  ...shell,
  ...upload,
  ...sources,
  ...loadIssue,
  ...partial,
  ...indicator,
  ...seo,
  ...reading,
  ...embed,
  ...present,
  ...exportMenu,
} as const;

export type MessageKey = keyof typeof en;
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
export type Message = string | PluralMessage;
export type Catalogue = Readonly<Record<MessageKey, Message>>;
