/**
 * BGP on a site-to-site connection: the device's ASN and BGP peer address (the local network gateway's
 * `bgpSettings`). The design holds both or neither, so a half-filled pair waits here, in the panel,
 * until the other half is typed. Rules and sources: fieldRules.ts (VPN Gateway FAQ, BGP section). An
 * APIPA peer needs an Azure APIPA BGP address on the gateway, from 169.254.21.0-169.254.22.255
 * (https://learn.microsoft.com/azure/vpn-gateway/bgp-howto; MicrosoftDocs/azure-docs articles/vpn-gateway/aws-bgp.md);
 * BGP needs a VPN gateway SKU other than Basic (same FAQ).
 */
import { useState } from 'react';
import type { Gateway, OnPremises, VNet } from '../../model/schema';
import { CheckboxField, TextField } from '../common/TextField';
import { bgpPeerAddress, isApipa, siteAsn } from './fieldRules';
import type { SitePatch } from './OnPremInspector';

/** Azure VPN gateways use ASN 65515 unless set (VPN Gateway FAQ, BGP section). */
const AZURE_DEFAULT_ASN = 65515;

export function OnPremBgp({ site, update, gateway, vnet }: {
  site: OnPremises;
  update: SitePatch;
  gateway: Gateway | undefined;
  vnet: VNet | undefined;
}) {
  const [isOpen, setOpen] = useState(false);
  const [pending, setPending] = useState<{ asn: string; peer: string }>({ asn: '', peer: '' });
  const bgp = site.bgp;
  const asnText = bgp ? String(bgp.asn) : pending.asn;
  const peerText = bgp ? bgp.peeringAddress : pending.peer;
  const isOn = bgp !== undefined || isOpen;

  const commitPair = (asn: string, peer: string) => {
    if (asn.trim() !== '' && peer.trim() !== '') {
      setOpen(false);
      setPending({ asn: '', peer: '' });
      update({ bgp: { asn: Number(asn.trim()), peeringAddress: peer.trim() } }, 'bgp');
    } else {
      // Half a pair is not a BGP setting: it stays in the panel, and the design has none.
      setOpen(true);
      setPending({ asn, peer });
      if (bgp) update({ bgp: undefined }, 'bgp');
    }
  };
  const toggle = (on: boolean) => {
    setOpen(on);
    if (!on) {
      setPending({ asn: '', peer: '' });
      if (bgp) update({ bgp: undefined });
    }
  };
  const gatewayAsnValue = gateway?.gatewayType === 'Vpn' ? (gateway.asn ?? AZURE_DEFAULT_ASN) : undefined;
  return (
    <>
      <CheckboxField label="BGP with this device" checked={isOn} onChange={toggle}
        hint={isOn ? undefined : 'Optional: exchange routes with the device instead of listing every range.'} />
      {isOn && (
        <div className="sub-fields">
          <TextField label="Device BGP ASN" commitOnBlur value={asnText} mono check={siteAsn(gatewayAsnValue)} placeholder="65010"
            hint={gatewayAsnValue !== undefined ? `The gateway uses ASN ${gatewayAsnValue}; the device needs another.` : undefined}
            onCommit={(t) => commitPair(t, peerText)} />
          <TextField label="Device BGP peer address" commitOnBlur value={peerText} mono placeholder="192.168.255.254"
            check={bgpPeerAddress(site.gatewayIpAddress, vnet?.addressPrefixes ?? [])}
            hint={isApipa(peerText)
              ? 'An APIPA address: give the gateway an Azure APIPA BGP address (169.254.21.0-169.254.22.255) after deploying.'
              : 'An address on the device other than its public IP, such as a loopback.'}
            onCommit={(t) => commitPair(asnText, t)} />
          {!bgp && <p className="field-hint">Saved once both the ASN and the peer address are set.</p>}
          {gateway?.gatewayType === 'Vpn' && gateway.sku === 'Basic' && (
            <p className="field-error">A Basic VPN gateway does not support BGP: choose another SKU for {gateway.name}.</p>
          )}
        </div>
      )}
    </>
  );
}
