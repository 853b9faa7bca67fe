/**
 * "New from template": pick a topology, set its options, see what it will create (or why it cannot),
 * then replace the design or add the template to it (new prefixes avoid everything already used).
 * One undo step either way.
 */
import { useMemo, useState } from 'react';
import {
  DEFAULT_HUB_SPOKE, DEFAULT_MESH, DEFAULT_MULTI_REGION, hubAndSpoke, mesh, multiRegionHubAndSpoke,
} from '../../plan/templates';
import { Dialog } from '../common/Dialog';
import type { DialogProps } from '../dialogs/registry';
import { useActions, useDesigner } from '../StoreProvider';
import { HubSpokeForm, MeshForm, MultiRegionForm, RegionDatalist } from './templateForms';
import './plan.css';

type Kind = 'hub' | 'mesh' | 'multi';
const KINDS: { value: Kind; label: string; description: string }[] = [
  { value: 'hub', label: 'Hub and spoke', description: 'One hub with shared services, spokes peered to it' },
  { value: 'mesh', label: 'Mesh', description: 'Every VNet peered with every other' },
  { value: 'multi', label: 'Multi-region hub and spoke', description: 'A hub per region, hubs peered globally, routing through the hub firewalls' },
];

export default function TemplateDialog({ onClose }: DialogProps) {
  const actions = useActions();
  const [kind, setKind] = useState<Kind>('hub');
  const [hub, setHub] = useState(DEFAULT_HUB_SPOKE);
  const [meshOptions, setMesh] = useState(DEFAULT_MESH);
  const [multi, setMulti] = useState(DEFAULT_MULTI_REGION);
  const [mode, setMode] = useState<'replace' | 'add'>('replace');
  const current = useDesigner((s) => s.design);
  const hasContent = current.vnets.length > 0;
  const effectiveMode = hasContent ? mode : 'replace';
  const result = useMemo(() => {
    const base = effectiveMode === 'add' ? current : undefined;
    if (kind === 'hub') return hubAndSpoke(hub, base);
    if (kind === 'mesh') return mesh(meshOptions, base);
    return multiRegionHubAndSpoke(multi, base);
  }, [kind, hub, meshOptions, multi, effectiveMode, current]);
  const summary = result.ok ? describe(result.value, effectiveMode === 'add' ? current : undefined) : undefined;
  const create = () => {
    if (!result.ok) return;
    const label = KINDS.find((k) => k.value === kind)?.label ?? 'Template';
    actions.replaceDesign(effectiveMode === 'add' ? result.value : { ...result.value, name: label });
    actions.dismissHint();
    onClose();
  };
  return (
    <Dialog title="New from template" onClose={onClose} wide footer={
      <>
        <span className={result.ok ? 'muted' : 'field-error'} role={result.ok ? 'status' : 'alert'}>
          {result.ok ? summary : result.errors[0]}
        </span>
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="button" className="primary" disabled={!result.ok} onClick={create}>
          {effectiveMode === 'add' ? 'Add to design' : 'Create design'}
        </button>
      </>
    }>
      <RegionDatalist />
      <div role="radiogroup" aria-label="Template" className="plan-kinds">
        {KINDS.map((k) => (
          <label key={k.value} className={k.value === kind ? 'plan-kind is-active' : 'plan-kind'}>
            <input type="radio" name="template-kind" value={k.value} checked={k.value === kind} onChange={() => setKind(k.value)} />
            <span><strong>{k.label}</strong><span className="muted">{k.description}</span></span>
          </label>
        ))}
      </div>
      <div className="plan-form">
        {kind === 'hub' && <HubSpokeForm value={hub} onChange={setHub} />}
        {kind === 'mesh' && <MeshForm value={meshOptions} onChange={setMesh} />}
        {kind === 'multi' && <MultiRegionForm value={multi} onChange={setMulti} />}
      </div>
      {hasContent && (
        <fieldset className="plan-fieldset">
          <legend>The current design</legend>
          <div className="plan-row" role="radiogroup" aria-label="What to do with the current design">
            <label className="field-check"><input type="radio" name="template-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace it (undo brings it back)</label>
            <label className="field-check"><input type="radio" name="template-mode" checked={mode === 'add'} onChange={() => setMode('add')} /> Add the template to it (new prefixes avoid the used ones)</label>
          </div>
        </fieldset>
      )}
    </Dialog>
  );
}

function describe(next: { vnets: unknown[]; peerings: unknown[]; routeTables: unknown[] }, base?: { vnets: unknown[]; peerings: unknown[]; routeTables: unknown[] }): string {
  const n = (a: unknown[], b?: unknown[]) => a.length - (b?.length ?? 0);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `Creates ${plural(n(next.vnets, base?.vnets), 'VNet')}, ${plural(n(next.peerings, base?.peerings), 'peering link')} and ${plural(n(next.routeTables, base?.routeTables), 'route table')}.`;
}
