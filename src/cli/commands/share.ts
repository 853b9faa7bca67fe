/**
 * `vnet-designer share <design.json> [--url <page address>]`: prints the share link fragment for a
 * design (`#d=1.<payload>`), or the whole link with --url. Same encoder as the app's Share dialog.
 */
import { formatSchemaErrors, parseDesignText } from '../../model/parse';
import { encodeShare, SHARE_LINK_WARN_LENGTH, shareUrl } from '../../share/share';
import { nodeIo, type ShareCommand } from './shareIo';

const usage = 'usage: vnet-designer share <design.json> [--url <page address>]';

export const shareCommand: ShareCommand = {
  name: 'share',
  summary: 'print the share link (URL fragment) for a design file',
  usage,
  async run(args, io = nodeIo) {
    const urlAt = args.indexOf('--url');
    const base = urlAt >= 0 ? args[urlAt + 1] : undefined;
    const files = args.filter((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
    const file = files[0];
    if (file === undefined || files.length > 1 || (urlAt >= 0 && base === undefined)) {
      io.err(`${usage}\n`);
      return 2;
    }
    let text: string;
    try {
      text = await io.readText(file);
    } catch (e) {
      io.err(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    const parsed = parseDesignText(text);
    if (!parsed.ok) {
      io.err(`${file} is not a valid design: ${formatSchemaErrors(parsed.errors)}\n`);
      return 1;
    }
    const link = base === undefined ? `#${encodeShare(parsed.value)}` : shareUrl(base, parsed.value);
    io.out(`${link}\n`);
    if (link.length > SHARE_LINK_WARN_LENGTH) {
      io.err(`note: the link is ${link.length} characters; some chat tools cut links past ${SHARE_LINK_WARN_LENGTH}: share the file instead\n`);
    }
    return 0;
  },
};

export default shareCommand;
