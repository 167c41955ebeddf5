// The Russian catalogue: every key of the English one (a missing key is a type error).
import type { Catalogue } from '../en';
import { common } from './common';
import { table } from './table';
import { app } from './app';
import { charts } from './charts';
import { map } from './map';
import { loaderErrors } from './loaderErrors';
import { upload } from './upload';
import { shell } from './shell';
import { sources } from './sources';
import { loadIssue } from './loadIssue';
import { partial } from './partial';
import { indicator } from './indicator';
import { seo } from './seo';
import { reading } from './reading';
import { embed } from './embed';
import { present } from './present';
import { exportMenu } from './export';

export const ru: Catalogue = {
  ...common,
  ...table,
  ...app,
  ...charts,
  ...map,
  ...loaderErrors,
  ...upload,
  ...shell,
  ...sources,
  ...loadIssue,
  ...partial,
  ...indicator,
  ...seo,
  ...reading,
  ...embed,
  ...present,
  ...exportMenu,
};
