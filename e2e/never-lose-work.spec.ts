/**
 * Issue 12, "Never lose work": each loss scenario a new user hit, replayed in a real Chromium with the
 * browser's own IndexedDB and localStorage. Every test here failed on the code before the fix (see the
 * commit that added it). Screenshots of the new UI go to e2e/artifacts/loss-*.png.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sampleDesign } from '../src/model/sample';
import type { Design } from '../src/model/schema';
import { encodeShare } from '../src/share/share';

const ART = 'e2e/artifacts';

function nodes(page: Page) {
  return page.locator('.react-flow__node');
}

async function start(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Findings', exact: true })).toBeVisible();
  const gotIt = page.getByRole('button', { name: 'Got it' });
  if (await gotIt.isVisible()) await gotIt.click();
}

async function rename(page: Page, name: string): Promise<void> {
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name').fill(name);
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name').press('Enter');
}

/** Waits until the last change is stored (or storing it failed): the toolbar no longer says "Saving…". */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('toolbar', { name: 'Designer toolbar' }).getByText(/^Saving/)).toHaveCount(0);
}

async function openFiles(page: Page) {
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open and save' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * A browser whose storage is full: every write to IndexedDB and localStorage fails with the
 * QuotaExceededError a full storage gives. (Chromium's DevTools quota override, tried first, did not
 * make small IndexedDB writes fail, so the write methods are made to throw in the page.) `free()`
 * gives the room back.
 */
async function fillStorage(page: Page): Promise<{ free: () => Promise<void> }> {
  await page.evaluate(() => {
    const w = window as unknown as { storageIsFull?: boolean; realPut?: IDBObjectStore['put']; realSetItem?: Storage['setItem'] };
    w.storageIsFull = true;
    w.realPut = IDBObjectStore.prototype.put;
    w.realSetItem = Storage.prototype.setItem;
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (w.storageIsFull) throw full();
      return w.realPut!.apply(this, args);
    };
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if (w.storageIsFull) throw full();
      w.realSetItem!.call(this, key, value);
    };
  });
  return {
    free: async () => {
      await page.evaluate(() => {
        (window as unknown as { storageIsFull?: boolean }).storageIsFull = false;
      });
    },
  };
}

function linkTo(design: Design): string {
  return `/#${encodeShare(design)}`;
}

/** One VNet, nothing else: one node on the canvas. */
const other = (): Design => {
  const s = sampleDesign();
  const v = s.vnets[0]!;
  return { ...s, name: 'Shared by a colleague', vnets: [v], peerings: [], onPremises: [], routeTables: [], intents: [], layout: { positions: { [v.id]: { x: 0, y: 0 } } } };
};
/** The sample shows 3 VNets and an on-premises network. */
const SAMPLE_NODES = 4;

test('1. New design and Templates > Replace keep the old design recoverable after a reload', async ({ page }) => {
  await start(page);
  await rename(page, 'Mine');
  await page.getByRole('button', { name: 'Add VNet' }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 1);
  await settled(page);

  await page.getByRole('button', { name: 'New design' }).click();
  await expect(nodes(page)).toHaveCount(0);
  await settled(page);
  await page.reload();
  let files = await openFiles(page);
  await files.getByRole('button', { name: 'Open Mine' }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 1);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Mine');

  // Replace with a template: the old content stays recoverable from the design's history, after a reload too.
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  const templates = page.getByRole('dialog', { name: 'New from template' });
  await templates.getByLabel('Number of spokes').fill('2');
  await templates.getByRole('button', { name: 'Create design' }).click();
  await expect(nodes(page)).toHaveCount(3);
  await settled(page);
  await page.reload();
  await expect(nodes(page)).toHaveCount(3);
  files = await openFiles(page);
  await files.getByRole('button', { name: 'History…' }).click();
  const history = page.getByRole('dialog', { name: /^History of/ });
  const before = history.getByRole('listitem').filter({ hasText: 'Before Replace' });
  await expect(before).toHaveCount(1);
  await page.screenshot({ path: `${ART}/loss-history.png` });
  expect((await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await before.getByRole('button', { name: /^Restore/ }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 1);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Mine');
});

test('2. two tabs on one design: the stale tab is told and can reload or save its work as a copy', async ({ context }) => {
  const a = await context.newPage();
  await start(a);
  await rename(a, 'Shared design');
  await settled(a);
  // The second tab opens the design saved last: the same one.
  const b = await context.newPage();
  await start(b);
  await expect(b.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Shared design');
  await rename(a, 'Changed in tab A');
  await settled(a);

  const banner = b.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(banner).toBeVisible();
  await b.getByRole('button', { name: 'Add VNet' }).click();
  await expect(nodes(b)).toHaveCount(SAMPLE_NODES + 1);
  await b.screenshot({ path: `${ART}/loss-tab-conflict.png` });
  expect((await new AxeBuilder({ page: b }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Tab A's work was not overwritten by tab B's edit.
  await a.reload();
  await expect(a.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Changed in tab A');
  await expect(nodes(a)).toHaveCount(SAMPLE_NODES);

  // Tab B keeps its work as a separate design.
  await banner.getByRole('button', { name: 'Save mine as a copy' }).click();
  await expect(banner).toBeHidden();
  await expect(nodes(b)).toHaveCount(SAMPLE_NODES + 1);
  await settled(b);
  const files = await openFiles(b);
  await expect(files.getByRole('button', { name: 'Open Changed in tab A' })).toBeVisible();
  await expect(files.getByText(/^Shared design \(copy\)4 VNets/)).toBeVisible();
  await b.keyboard.press('Escape');

  // Tab B now edits its copy: tab A's next change concerns B no more.
  await rename(a, 'Changed again in A');
  await settled(a);
  await expect(b.getByRole('alert').filter({ hasText: 'changed in another tab' })).toHaveCount(0);

  // A stale tab can load the latest version instead.
  const c = await context.newPage();
  await c.goto('/');
  await expect(c.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Changed again in A');
  await rename(a, 'Third edit in A');
  await settled(a);
  const cBanner = c.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(cBanner).toBeVisible();
  await cBanner.getByRole('button', { name: 'Load the latest' }).click();
  await expect(c.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Third edit in A');
});

test('3 (migration). designs kept in localStorage by older versions are still there', async ({ page }) => {
  await page.addInitScript(([a, b]) => {
    if (localStorage.getItem('vnet-designer:library')) return;
    localStorage.setItem('vnet-designer:library', JSON.stringify([{ id: 'dold1', name: a.name, savedAt: 1000, vnets: a.vnets.length }]));
    localStorage.setItem('vnet-designer:library:dold1', JSON.stringify(a));
    localStorage.setItem('vnet-designer:library:current', 'dold2');
    localStorage.setItem('vnet-designer:design', JSON.stringify(b));
  }, [{ ...sampleDesign(), name: 'Old library design' }, { ...other(), name: 'Old autosave' }] as const);
  const fresh = page;
  await fresh.goto('/');
  await expect(fresh.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Old autosave');
  const files = await openFiles(fresh);
  await files.getByRole('button', { name: 'Open Old library design' }).click();
  await expect(nodes(fresh)).toHaveCount(SAMPLE_NODES);
});

test('3. storage full: the user is told, leaving the page asks first, and nothing is lost once there is room', async ({ page }) => {
  await start(page);
  const storage = await fillStorage(page);
  await page.getByRole('button', { name: 'Add VNet' }).click();
  await expect(page.getByRole('toolbar', { name: 'Designer toolbar' }).getByRole('status')).toHaveText(/^Autosave failed/);
  let asked = false;
  page.on('dialog', (d) => {
    asked = d.type() === 'beforeunload';
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
  expect(page.isClosed()).toBe(false);
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 1);

  // Room again: the next change stores everything, and a reload shows all of it.
  await storage.free();
  await page.getByRole('button', { name: 'Add VNet' }).click();
  await settled(page);
  await page.reload();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 2);
});

test('4. opening a link over unsaved work in the editor asks first', async ({ page }) => {
  await start(page);
  // Nothing the user does is stored: the editor alone holds the work.
  const storage = await fillStorage(page);
  await page.getByRole('button', { name: 'Add VNet' }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 1);
  const openLink = () => page.evaluate((hash) => (location.hash = hash), linkTo(other()).slice(2));
  await openLink();
  const prompt = page.getByRole('dialog', { name: 'Open shared design' });
  await expect(prompt).toBeVisible();
  await page.screenshot({ path: `${ART}/loss-link-prompt.png` });
  expect((await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 1);
  // Opening it as a separate design would leave the unstored work behind: refused, with the reason.
  await prompt.getByRole('button', { name: /^Open as a separate design/ }).click();
  const refused = page.getByRole('dialog', { name: 'The link was not opened' });
  await expect(refused).toContainText('are not stored');
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 1);
  await refused.getByRole('button', { name: 'OK' }).click();
  // With room again, the same link opens beside the (now stored) work.
  await storage.free();
  await openLink();
  await page.getByRole('dialog', { name: 'Open shared design' }).getByRole('button', { name: /^Open as a separate design/ }).click();
  await expect(nodes(page)).toHaveCount(1);
  const files = await openFiles(page);
  await expect(files.getByRole('button', { name: 'Open Sample hub and spoke' })).toBeVisible();
});

const badDesign = (): Design => {
  const s = sampleDesign();
  const v = { ...s.vnets[0]!, addressPrefixes: Array.from({ length: 500 }, () => '10.0.0.0/16'), subnets: [] };
  return { ...s, name: 'Repeated prefix', vnets: [v], peerings: [], routeTables: [], intents: [], onPremises: [], layout: { positions: { [v.id]: { x: 0, y: 0 } } } };
};

test('5. a design with a prefix repeated 500 times opens, and the other designs stay reachable', async ({ page }) => {
  await start(page);
  await rename(page, 'Keep me');
  await settled(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(linkTo(badDesign()));
  await page.getByRole('dialog', { name: 'Open shared design' }).getByRole('button', { name: /^Open as a separate design/ }).click();
  await expect(nodes(page)).toHaveCount(1);
  // 124,750 overlaps: the rule's report is capped, and says how many there were.
  await expect(page.getByRole('region', { name: 'Findings', exact: true })).toContainText('124,750');
  await page.reload();
  await expect(nodes(page)).toHaveCount(1);
  const files = await openFiles(page);
  await files.getByRole('button', { name: 'Open Keep me' }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES);
  expect(errors).toEqual([]);
});

test('6. each design keeps its versions (time and summary, restorable) and undo survives a reload', async ({ page }) => {
  await start(page);
  await rename(page, 'Versioned');
  await settled(page);
  await page.getByRole('button', { name: 'Add VNet' }).click();
  await settled(page);
  await page.getByRole('button', { name: 'Add VNet' }).click();
  await settled(page);
  await page.reload();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES);
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 2);
  await settled(page);

  const files = await openFiles(page);
  await files.getByRole('button', { name: 'History…' }).click();
  const history = page.getByRole('dialog', { name: /^History of/ });
  const items = history.getByRole('listitem');
  await expect(items.filter({ hasText: '+1 VNet' }).first()).toBeVisible();
  await expect(items.filter({ hasText: 'renamed' }).first()).toBeVisible();
  // The oldest version: the first save, the renamed sample.
  const oldest = items.last();
  await expect(oldest).toContainText('renamed');
  await oldest.getByRole('button', { name: /^Restore/ }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Versioned');
  // Restoring is one more undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES + 2);
});

/**
 * A design whose validation throws. Validation no longer throws on any design we know of, so the
 * failure is injected: in this page, sorting findings that name the VNet "crash-me" throws the
 * RangeError the 500-times prefix used to give.
 */
async function breakValidationFor(page: Page, marker: string): Promise<void> {
  await page.addInitScript((name) => {
    const sort = Array.prototype.sort;
    Array.prototype.sort = function sortOrThrow<T>(this: T[], compare?: (a: T, b: T) => number): T[] {
      const first: unknown = this[0];
      if (first && typeof first === 'object' && 'code' in first && 'severity' in first &&
        this.some((f) => typeof (f as { message?: unknown }).message === 'string' && (f as { message: string }).message.includes(name))) {
        throw new RangeError('Maximum call stack size exceeded');
      }
      return sort.call(this, compare) as T[];
    };
  }, marker);
}

test('5 (error boundary). a design that breaks the app: its other designs stay reachable, it can be saved as a file, and the user can start fresh', async ({ page }) => {
  await breakValidationFor(page, 'crash-me');
  await start(page);
  await rename(page, 'Keep me');
  await settled(page);
  const crashing: Design = { ...other(), name: 'Crash design', vnets: other().vnets.map((v) => ({ ...v, name: 'crash-me', addressPrefixes: ['10.0.0.0/22', '10.0.0.0/22'] })) };
  await page.goto(linkTo(crashing));
  await page.getByRole('dialog', { name: 'Open shared design' }).getByRole('button', { name: /^Open as a separate design/ }).click();
  const recovery = page.getByRole('main', { name: 'This design could not be shown' });
  await expect(recovery).toBeVisible();
  await expect(recovery).toContainText('Maximum call stack size exceeded');
  await page.screenshot({ path: `${ART}/loss-error-boundary.png` });
  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // It was stored before it broke: a reload comes back to the same screen, never to a blank page.
  await page.reload();
  await expect(recovery).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), recovery.getByRole('button', { name: /^Save this design to a file/ }).click()]);
  expect(download.suggestedFilename()).toBe('crash-design.json');

  await recovery.getByRole('button', { name: 'Start a new design' }).click();
  await expect(page.getByRole('region', { name: 'Findings', exact: true })).toBeVisible();
  await expect(nodes(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Findings', exact: true })).toBeVisible();

  const files = await openFiles(page);
  await files.getByRole('button', { name: 'Open Crash design' }).click();
  await expect(recovery).toBeVisible();
  await recovery.getByRole('button', { name: 'Open Keep me' }).click();
  await expect(nodes(page)).toHaveCount(SAMPLE_NODES);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name')).toHaveValue('Keep me');
});
