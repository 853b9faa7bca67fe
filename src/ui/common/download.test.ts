import { afterEach, describe, expect, it } from 'vitest';
import { downloadText, downloadUrl } from './download';

interface Clicked { href: string; download: string; isAttached: boolean }

/** Records the links clicked in the document (the click event bubbles from the attached link). */
function recordClicks(): { clicks: Clicked[]; stop: () => void } {
  const clicks: Clicked[] = [];
  const onClick = (e: Event) => {
    const a = e.target;
    if (!(a instanceof HTMLAnchorElement)) return;
    e.preventDefault(); // jsdom does not navigate
    clicks.push({ href: a.href, download: a.download, isAttached: a.isConnected });
  };
  document.addEventListener('click', onClick);
  return { clicks, stop: () => document.removeEventListener('click', onClick) };
}

describe('downloads', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('clicks an attached link with the file name, then removes it', () => {
    const rec = recordClicks();
    stop = rec.stop;
    downloadUrl('data:text/plain,hello', 'hello.txt');
    expect(rec.clicks).toEqual([{ href: 'data:text/plain,hello', download: 'hello.txt', isAttached: true }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });

  it('saves text through an object URL of the given type', async () => {
    const rec = recordClicks();
    stop = rec.stop;
    downloadText('a,b\n', 'plan.csv', 'text/csv');
    expect(rec.clicks).toHaveLength(1);
    expect(rec.clicks[0]?.download).toBe('plan.csv');
    expect(rec.clicks[0]?.href).toMatch(/^blob:/);
    const blob = await (await fetch(rec.clicks[0]?.href ?? '')).blob();
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });
});
