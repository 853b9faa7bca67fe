/**
 * Share link size for the issue-5 target design (hub + 49 spokes, 4 subnets each, peered both ways):
 * `length` is the fragment as it goes after the page address (`#d=1.<payload>`), `ratio` compares the
 * payload with plain deflate (level 9) + base64url of the design's JSON. Targets: <= 2,000 and <= 0.6.
 */
import { deflateSync, strToU8 } from 'fflate';
import { hubAndSpokes } from '../../test/share-links/designs';
import { decodeShare, encodeShare } from '../../src/share/share';
import { toBase64Url } from '../../src/share/base64url';
import { medianMs, round, type BenchLine } from '../util';

export default async function shareBench(): Promise<BenchLine[]> {
  const design = hubAndSpokes(49);
  const fragment = `#${encodeShare(design)}`;
  const plain = toBase64Url(deflateSync(strToU8(JSON.stringify(design)), { level: 9 }));
  const roundTrip = decodeShare(fragment);
  if (!roundTrip.ok) throw new Error(`hub49 link does not decode: ${roundTrip.errors.join('; ')}`);
  return [
    {
      case: 'share:hub49',
      length: fragment.length,
      ratio: round(fragment.length / plain.length),
      plainLength: plain.length,
      encodeMs: medianMs(() => encodeShare(design)),
      decodeMs: medianMs(() => decodeShare(fragment)),
    },
  ];
}
