/**
 * `share <file> [--url <page address>]`: prints the share link fragment (`#d=2.<payload>`) for a
 * design, or the whole link with --url. Accepts whatever `validate` accepts (an az CLI export is
 * imported first). Same encoder as the app's Share dialog.
 */
import { encodeShare, SHARE_LINK_WARN_LENGTH, shareUrl } from '../../share/share';
import { parseCommandArgs, requirePositionals } from '../args';
import type { Command } from '../command';
import { loadForCommand } from '../load';

const usage = 'share <file> [--url <page address>]';

const command: Command = {
  name: 'share',
  summary: 'print the share link (URL fragment) for a design or any importable file',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { url: { type: 'string', short: 'u' } }, usage);
    const [file = ''] = requirePositionals(positionals, ['<file>'], usage);
    const loaded = loadForCommand(file, io);
    if (!loaded) return 2;
    const link = values.url === undefined ? `#${encodeShare(loaded.design)}` : shareUrl(values.url, loaded.design);
    io.stdout.write(`${link}\n`);
    if (link.length > SHARE_LINK_WARN_LENGTH) {
      io.stderr.write(`note: the link is ${link.length} characters; some chat tools cut links past ${SHARE_LINK_WARN_LENGTH}: consider sharing the file\n`);
    }
    return 0;
  },
};

export default command;
