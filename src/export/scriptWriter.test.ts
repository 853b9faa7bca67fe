/**
 * The link pieces the two script exports share: a link comment pieced from per-VNet halves reads exactly
 * as the comment of the whole line (so the halves can be built once per VNet), and the per-flags table
 * hands every link the text of its own four flags.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commentText } from './escape';
import { byLinkFlags, linkCommentParts } from './scriptWriter';
import type { PlannedLink, VNetRef } from './plan';

const ref = (name: string, isPlaceholder = false): VNetRef => ({
  name,
  isPlaceholder,
  vnetId: 'v',
  resourceGroup: 'rg',
  sub: { id: 's', name: '', param: 'subscriptionId' },
});

/** Names with what commentText changes: control characters, line separators and lone or paired surrogates. */
const name = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .array(fc.constantFrom('\ud83d', '\ude00', '\udc00', '\ud800', '\u0000', '\n', '\u0085', '\u2028', '\u009f', 'a', ' ', '>', "'"), { maxLength: 8 })
    .map((xs) => xs.join('')),
);

describe('script writer link pieces', () => {
  it('a link comment pieced from its two VNets reads as the comment of the whole line', () => {
    fc.assert(
      fc.property(name, name, fc.boolean(), (local, remote, placeholder) => {
        const whole = `# ${commentText(`Link ${local} -> ${remote}${placeholder ? ' (existing VNet, not created here)' : ''}`)}\n`;
        expect(linkCommentParts(ref(local)).from + linkCommentParts(ref(remote, placeholder)).to).toBe(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('hands every link the text of its own four flags', () => {
    const flagsOf = byLinkFlags((access, forwarded, transit, remoteGateways) => [access, forwarded, transit, remoteGateways]);
    for (const access of [false, true])
      for (const forwarded of [false, true])
        for (const transit of [false, true])
          for (const remoteGateways of [false, true]) {
            const l = { allowVirtualNetworkAccess: access, allowForwardedTraffic: forwarded, allowGatewayTransit: transit, useRemoteGateways: remoteGateways } as PlannedLink;
            expect(flagsOf(l)).toEqual([access, forwarded, transit, remoteGateways]);
          }
  });
});
