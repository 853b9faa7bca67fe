/**
 * Share: the whole design in the link's fragment (never sent to a server), its length, a copy button,
 * and past 2,000 characters a warning (some chat tools cut longer links) with the design file as the
 * alternative.
 */
import { useMemo, useState } from 'react';
import { shareUrl, SHARE_LINK_WARN_LENGTH } from '../../share/share';
import { Dialog } from '../common/Dialog';
import { Icon } from '../common/Icon';
import type { DialogProps } from '../dialogs/registry';
import { designFileName, downloadDesign } from '../files/download';
import { useDesigner } from '../StoreProvider';
import './share.css';

export default function ShareDialog({ onClose }: DialogProps) {
  const design = useDesigner((s) => s.design);
  const link = useMemo(() => shareUrl(window.location.href, design), [design]);
  const [status, setStatus] = useState('');
  const isLong = link.length > SHARE_LINK_WARN_LENGTH;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied to the clipboard');
    } catch {
      setStatus('The browser refused the clipboard: select the link and copy it');
    }
  };
  return (
    <Dialog title="Share this design" onClose={onClose} footer={
      <>
        <span className="muted" role="status">{status}</span>
        <button type="button" onClick={() => downloadDesign(design)}><Icon name="download" /> Download {designFileName(design)}</button>
        <button type="button" className="primary" onClick={() => void copy()}><Icon name="copy" /> Copy link</button>
      </>
    }>
      <p className="share-intro">
        The link holds the whole design, positions included. It stays in the part after <code>#</code>, which browsers never send to a
        server: whoever opens it sees the same design in their own browser.
      </p>
      <label className="share-field">
        <span>Link</span>
        <textarea readOnly value={link} rows={4} spellCheck={false} onFocus={(e) => e.currentTarget.select()} aria-describedby="share-length" />
      </label>
      <p id="share-length" className={isLong ? 'share-length is-long' : 'share-length'}>
        {link.length.toLocaleString('en')} characters
        {isLong ? '' : ` (fits the ${SHARE_LINK_WARN_LENGTH.toLocaleString('en')} most chat tools accept)`}
      </p>
      {isLong && (
        <div className="share-warning" role="alert">
          <Icon name="warning" />
          <span>
            This link is longer than {SHARE_LINK_WARN_LENGTH.toLocaleString('en')} characters: some chat tools and e-mail clients cut
            such links. Consider sending the design file instead ({designFileName(design)}), which opens with <b>Open</b>.
          </span>
        </div>
      )}
    </Dialog>
  );
}
