// What every view receives from the shell: the state and a way to change it.
import type { HistoryMode, StateUpdate } from '../useUrlState';
import type { ViewState } from '../../state/viewState';

export interface ViewProps {
  readonly state: ViewState;
  readonly update: (change: StateUpdate, mode?: HistoryMode) => void;
}
