import { useState } from 'react';
import type { GroupBy, Theme } from '../../store/types';
import { autoLayout } from '../layout/autoLayout';
import { useActions, useDesigner, useStoreApi } from '../StoreProvider';
import { ToolButton } from './ToolButton';

const THEMES: Theme[] = ['system', 'light', 'dark'];
const THEME_ICON = { system: 'monitor', light: 'sun', dark: 'moon' } as const;

export function ViewGroup() {
  const actions = useActions();
  const store = useStoreApi();
  const theme = useDesigner((s) => s.ui.theme);
  const groupBy = useDesigner((s) => s.ui.groupBy);
  const [busy, setBusy] = useState(false);
  const layout = async () => {
    setBusy(true);
    try {
      const s = store.getState();
      const sizes = new Map(s.nodes.map((n) => [n.id, { width: n.measured?.width ?? 240, height: n.measured?.height ?? 120 }]));
      actions.applyLayout(await autoLayout(s.design, sizes));
    } finally {
      setBusy(false);
    }
  };
  const nextTheme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system';
  return (
    <div className="tool-group" role="group" aria-label="View">
      <ToolButton label="Auto layout" icon="layout" onClick={() => void layout()} disabled={busy} compact title="Arrange the design: hubs in the middle, spokes around them, grouped by region (one undo step)" />
      <ToolButton label="Fit view" icon="fit" onClick={actions.requestFit} showLabel={false} />
      <label className="tool-select">
        <span className="visually-hidden">Group by</span>
        <select value={groupBy} onChange={(e) => actions.setGroupBy(e.target.value as GroupBy)} title="Group nodes on the canvas">
          <option value="none">No grouping</option>
          <option value="region">Group by region</option>
          <option value="subscription">Group by subscription</option>
        </select>
      </label>
      <ToolButton label="Reachability" icon="matrix" onClick={() => actions.openDialog('reachability')} compact title="Who can reach whom, hop by hop" />
      <ToolButton label={`Theme: ${theme}`} icon={THEME_ICON[theme]} onClick={() => actions.setTheme(nextTheme)} showLabel={false}
        title={`Theme: ${theme} (switch to ${nextTheme})`} />
      <ToolButton label="Keyboard shortcuts" icon="help" onClick={() => actions.openDialog('shortcuts')} showLabel={false} title="Keyboard shortcuts (?)" />
    </div>
  );
}
