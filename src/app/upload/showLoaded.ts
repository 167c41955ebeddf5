// Where the views go once a file has joined them: the dataset of its kind, in the same view.
// An events file feeds the event selector, so it shows the delegates of its newest event; an indicators
// file shows its first indicator (the bundled ones stay a choice away).
import type { Dataset, DatasetKind } from '../../data/types';
import { withDataset, type DatasetChoice, type ViewState } from '../../state/viewState';
import { eventComparison } from '../../transforms/eventComparison';
import { indicatorsOf } from '../../transforms/indicators';

/** What a confirmed upload brought, for the views to switch to it and for the notice to say so. */
export interface LoadedUpload {
  readonly file: string;
  readonly kind: DatasetKind;
  /** Rows of the dataset as it joined the views. */
  readonly rows: number;
  /** The dataset switch position that shows it. */
  readonly dataset: DatasetChoice;
  /** Events files: the newest event of the file (selected from now on); null for other kinds or a file without ids. */
  readonly event: { readonly id: string; readonly name: string } | null;
  /** Indicators files: the slug of the file's first indicator (selected from now on); null for other kinds. */
  readonly indicator: string | null;
}

export function datasetChoiceOf(kind: DatasetKind): DatasetChoice {
  return kind === 'events' ? 'delegates' : kind;
}

export function loadedUpload(file: string, dataset: Dataset): LoadedUpload {
  const newest = dataset.kind === 'events' ? eventComparison(dataset).at(-1) : undefined;
  return {
    file,
    kind: dataset.kind,
    rows: dataset.rowCount,
    dataset: datasetChoiceOf(dataset.kind),
    event: newest ? { id: newest.eventId, name: newest.name ?? newest.eventId } : null,
    indicator: indicatorsOf(dataset)[0]?.slug ?? null,
  };
}

/** The view state that shows an upload: its dataset (and event), everything else as it was. */
export function showLoaded(state: ViewState, loaded: LoadedUpload): ViewState {
  const next = withDataset(state, loaded.dataset);
  if (loaded.event) return { ...next, event: loaded.event.id };
  if (loaded.indicator) return { ...next, indicator: loaded.indicator };
  return next;
}
