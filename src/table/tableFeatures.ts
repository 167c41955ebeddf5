// The table-core features the table registers. Row processing is ours (typed arrays, see engine/):
// table-core's sorted/filtered row models took 6.4 s and 1.3 s on 1M rows (plus 2.7 s to build 1M Row
// objects), so table-core receives only the drawn window of rows and runs every stage in manual mode.
import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnVisibilityFeature,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';

export function createFeatures() {
  return tableFeatures({
    coreReactivityFeature: storeReactivityBindings(),
    rowSortingFeature,
    columnFilteringFeature,
    globalFilteringFeature,
    columnGroupingFeature,
    rowExpandingFeature,
    columnVisibilityFeature,
    rowSelectionFeature,
  });
}

export type Features = ReturnType<typeof createFeatures>;
