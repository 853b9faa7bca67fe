/**
 * `vnet-designer open <link or fragment> [-o design.json]`: decodes a share link (a full URL,
 * `#d=1.…` or `d=1.…`) into a design file, or prints it. Same decoder as the app: damaged or hostile
 * links are refused with the app's message and exit code 1.
 */
import { decodeShare } from '../../share/share';
import { nodeIo, type ShareCommand } from './shareIo';

const usage = 'usage: vnet-designer open <link or fragment> [-o design.json]';

export const openCommand: ShareCommand = {
  name: 'open',
  summary: 'decode a share link into a design file',
  usage,
  async run(args, io = nodeIo) {
    const outAt = args.findIndex((a) => a === '-o' || a === '--output');
    const outFile = outAt >= 0 ? args[outAt + 1] : undefined;
    const rest = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
    const link = rest[0];
    if (link === undefined || rest.length > 1 || (outAt >= 0 && outFile === undefined)) {
      io.err(`${usage}\n`);
      return 2;
    }
    const decoded = decodeShare(link);
    if (!decoded.ok) {
      io.err(`cannot open the link: ${decoded.errors.join('; ')}\n`);
      return 1;
    }
    const json = `${JSON.stringify(decoded.value, null, 2)}\n`;
    if (outFile === undefined) {
      io.out(json);
      return 0;
    }
    try {
      await io.writeText(outFile, json);
    } catch (e) {
      io.err(`cannot write ${outFile}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    io.err(`wrote ${outFile}: "${decoded.value.name}", ${decoded.value.vnets.length} VNets, ${decoded.value.peerings.length} peering links\n`);
    return 0;
  },
};

export default openCommand;
