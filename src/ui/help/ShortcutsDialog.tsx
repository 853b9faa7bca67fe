import { Dialog } from '../common/Dialog';
import type { DialogProps } from '../dialogs/registry';
import { SHORTCUTS } from '../useShortcuts';

export default function ShortcutsDialog({ onClose }: DialogProps) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <thead><tr><th scope="col">Keys</th><th scope="col">Action</th></tr></thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}><td><kbd>{s.keys}</kbd></td><td>{s.action}</td></tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
