/**
 * The on-premises VPN device of a site-to-site connection: its public IP or FQDN (the local network
 * gateway's `gatewayIpAddress` / `fqdn`: one of the two, as the portal's "Endpoint" choice), and BGP.
 * The shared key is never part of the design: every export asks for it as a secure parameter.
 *
 * The connection's text fields commit on Enter or when left, not per keystroke: a number or address
 * typed on its way to an invalid one ("6551" of "65518") must never land in the design.
 */
import { useState } from 'react';
import type { Gateway, OnPremises, VNet } from '../../model/schema';
import { SelectField, TextField } from '../common/TextField';
import { deviceFqdn, deviceIp, isPrivateIpv4 } from './fieldRules';
import type { SitePatch } from './OnPremInspector';
import { OnPremBgp } from './OnPremBgp';

type Endpoint = 'ip' | 'fqdn';

export function OnPremVpnDevice({ site, update, gateway, vnet }: {
  site: OnPremises;
  update: SitePatch;
  gateway: Gateway | undefined;
  vnet: VNet | undefined;
}) {
  const [chosen, setChosen] = useState<Endpoint>('ip');
  // What the design holds wins (after an undo, say); the choice matters only while both are empty.
  const endpoint: Endpoint = site.gatewayIpAddress ? 'ip' : site.fqdn ? 'fqdn' : chosen;
  const choose = (next: Endpoint) => {
    setChosen(next);
    // One of the two: switching drops the other (one undo step brings it back).
    if (next === 'fqdn' && site.gatewayIpAddress !== undefined) update({ gatewayIpAddress: undefined });
    if (next === 'ip' && site.fqdn !== undefined) update({ fqdn: undefined });
  };
  const ip = site.gatewayIpAddress ?? '';
  return (
    <>
      <SelectField label="VPN device endpoint" value={endpoint}
        options={[{ value: 'ip', label: 'Public IP address' }, { value: 'fqdn', label: 'FQDN (DNS name)' }]}
        onChange={choose} />
      {endpoint === 'ip' ? (
        <TextField label="Device public IP" commitOnBlur value={ip} mono check={deviceIp} placeholder="203.0.113.10"
          hint={isPrivateIpv4(ip)
            ? 'A private address: reachable only over ExpressRoute private peering, with private IPs enabled on the gateway.'
            : 'The public IPv4 address of your VPN device. Empty: the export asks for it as a parameter.'}
          onCommit={(t) => update({ gatewayIpAddress: t.trim() || undefined }, 'ip')} />
      ) : (
        <TextField label="Device FQDN" commitOnBlur value={site.fqdn ?? ''} mono check={deviceFqdn} placeholder="vpn.example.com"
          hint="For a device whose public IP changes; Azure resolves the name. Empty: the export asks for the device's IP."
          onCommit={(t) => update({ fqdn: t.trim() || undefined }, 'fqdn')} />
      )}
      <OnPremBgp site={site} update={update} gateway={gateway} vnet={vnet} />
      <p className="field-hint insp-note">
        The shared key is never stored in the design or in share links: every export asks for it as a
        secure parameter when you deploy.
      </p>
    </>
  );
}
