/**
 * Share links in a real browser: a shared design opens in another browser with the same nodes in the
 * same places; a corrupted link shows its message and leaves the previous design as it was; a link
 * opened over the user's own work asks first and keeps that work in the Designs list.
 */
import { expect, test, type Page } from '@playwright/test';
import { sampleDesign } from '../src/model/sample';
import { Deflate } from 'fflate';
import { encodeShare } from '../src/share/share';
import { toBase64Url } from '../src/share/base64url';

const ART = 'e2e/artifacts';

async function nodePlaces(page: Page): Promise<Record<string, string>> {
  const nodes = page.locator('.react-flow__node');
  await expect(nodes.first()).toBeVisible();
  return nodes.evaluateAll((els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-id') ?? '', (el as HTMLElement).style.transform])),
  );
}

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this design' });
  await expect(dialog).toBeVisible();
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  await expect(dialog.getByText(`${link.length.toLocaleString('en')} characters`)).toBeVisible();
  return link;
}

test('a shared design opens in another browser with the same nodes in the same places', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add VNet' }).click();
  const before = await nodePlaces(page);
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(5);
  const link = await shareLink(page);
  expect(link).toMatch(/^http:\/\/localhost:\d+\/#d=2\.[A-Za-z0-9_-]+$/);
  await page.screenshot({ path: `${ART}/share-dialog.png` });

  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page2 = await other.newPage();
  await page2.goto(link);
  await expect(page2.getByTestId('rf__node-vnet-hub')).toBeVisible();
  expect(await nodePlaces(page2)).toEqual(before);
  // The fragment is consumed: a reload shows the autosaved copy instead of asking again.
  await expect(page2).toHaveURL(/\/$/);
  await page2.screenshot({ path: `${ART}/share-opened.png` });
  await other.close();
});

test('a corrupted link shows a clear message and keeps the previous design', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add VNet' }).click();
  const before = await nodePlaces(page);
  const link = await shareLink(page);
  await page.keyboard.press('Escape');
  const at = link.indexOf('.') + 40;
  const corrupted = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
  const page2 = await page.context().newPage();
  await page2.goto(corrupted);
  const dialog = page2.getByRole('dialog', { name: 'This link cannot be opened' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText(/damaged|cut off/);
  await page2.screenshot({ path: `${ART}/share-corrupted.png` });
  await dialog.getByRole('button', { name: 'Keep my design' }).click();
  expect(await nodePlaces(page2)).toEqual(before);
  await page2.goto('/#d=3.AAAA');
  await expect(page2.getByRole('dialog', { name: 'This link cannot be opened' })).toContainText('newer than this app understands');
});

test('opening a link over unsaved work asks, and the old design stays in the Designs list', async ({ page, browser }) => {
  const sender = await browser.newContext();
  const sp = await sender.newPage();
  await sp.goto('/');
  await sp.getByRole('button', { name: 'Add VNet' }).click();
  await sp.getByRole('button', { name: 'Add VNet' }).click();
  const link = await shareLink(sp);
  await sender.close();

  await page.goto('/');
  await page.getByRole('button', { name: 'Add on-premises' }).click();
  const mine = await nodePlaces(page);
  await page.goto(link);
  const ask = page.getByRole('dialog', { name: 'Open shared design' });
  await expect(ask).toBeVisible();
  await page.screenshot({ path: `${ART}/share-ask.png` });
  await ask.getByRole('button', { name: /Open as a separate design/ }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const list = page.getByRole('list', { name: 'Designs in this browser' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: `${ART}/files-library.png` });
  await list.getByRole('listitem').filter({ hasNotText: 'open now' }).getByRole('button', { name: /^Open / }).click();
  // the design is read from IndexedDB: wait for the switch
  await expect.poll(() => nodePlaces(page)).toEqual(mine);
});

test('names carrying HTML or script in a link are shown as text, never run', async ({ browser }) => {
  const evil = '<img src=x onerror="window.__pwned=1">';
  const design = sampleDesign();
  design.name = `<script>window.__pwned=2</script>`;
  design.vnets[0]!.name = evil;
  const context = await browser.newContext();
  const page = await context.newPage();
  const alerts: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/#${encodeShare(design)}`);
  await expect(page.getByTestId('rf__node-vnet-hub')).toContainText(evil);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(alerts).toEqual([]);
  await context.close();
});

test('Copy link puts the link on the clipboard', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/');
  const link = await shareLink(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await context.close();
});

test('a compression bomb link (60 MB of zeros) is refused with a message, the design kept', async ({ page }) => {
  const parts: Uint8Array[] = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const mb = new Uint8Array(1024 * 1024);
  for (let i = 0; i < 60; i++) deflater.push(mb, false);
  deflater.push(new Uint8Array(0), true);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((o, p) => (bytes.set(p, o), o + p.length), 0);
  await page.goto('/');
  await page.getByRole('button', { name: 'Add VNet' }).click();
  const count = await page.locator('.react-flow__node').count();
  await page.goto(`/#d=1.${toBase64Url(bytes)}`);
  const dialog = page.getByRole('dialog', { name: 'This link cannot be opened' });
  await expect(dialog.getByRole('alert')).toContainText('unpacks to more than 5 MB');
  await dialog.getByRole('button', { name: 'Keep my design' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});
