import type { VNet } from '../../model/schema';
import { TextField } from '../common/TextField';
import { Section } from './Section';
import { ipAddress } from './fieldRules';
import { useVnetPatch } from './useVnetPatch';

const split = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** Custom DNS servers (comma-separated); empty means Azure-provided DNS. */
export function DnsEditor({ vnet }: { vnet: VNet }) {
  const patch = useVnetPatch(vnet.id);
  return (
    <Section title="DNS">
      <TextField label="DNS servers" value={vnet.dnsServers.join(', ')} mono placeholder="Azure-provided"
        hint="Comma-separated IP addresses; empty uses Azure-provided DNS."
        check={(t) => split(t).map(ipAddress).find((e) => e !== undefined)}
        onCommit={(t) => patch({ dnsServers: split(t) }, 'dns')} />
    </Section>
  );
}
