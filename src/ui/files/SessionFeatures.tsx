/** The design session's pieces that live for the whole app: the other-tab banner, the unload guard, the history dialog. */
import { registerDialog } from '../dialogs/registry';
import { ConflictBanner } from './ConflictBanner';
import { useUnloadGuard } from './useUnloadGuard';

registerDialog('history', () => import('./HistoryDialog'));

export function SessionFeatures() {
  useUnloadGuard();
  return <ConflictBanner />;
}
