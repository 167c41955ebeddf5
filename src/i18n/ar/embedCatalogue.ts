// The embed build's catalogue (build/embedCataloguesPlugin.ts puts it in place of ./index.ts): only the areas
// one chart uses, so an embedded chart downloads a fraction of the dashboard's strings.
import { app } from './app';
import { charts } from './charts';
import { common } from './common';
import { embed } from './embed';
import { map } from './map';
import { partial } from './partial';
import { indicator } from './indicator';

export const ar = { ...common, ...app, ...charts, ...map, ...embed, ...partial, ...indicator };
