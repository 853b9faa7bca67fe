/**
 * Auto layout from the toolbar on a large design seeded through a share link (hub + 49 spokes): no
 * two nodes overlap, the hub sits among its spokes, and one undo puts every node back.
 */
import { expect, test, type Page } from '@playwright/test';
import { hubAndSpokes } from '../test/share-links/designs';
import { encodeShare } from '../src/share/share';

async function boxes(page: Page) {
  return page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id') ?? '', x: r.x, y: r.y, w: r.width, h: r.height, t: (el as HTMLElement).style.transform };
    }),
  );
}

test('auto layout arranges 50 VNets without overlap, in one undo step', async ({ page }) => {
  const design = hubAndSpokes(49);
  // Start from a scrambled layout: everything on one diagonal line.
  design.layout.positions = Object.fromEntries(design.vnets.map((v, i) => [v.id, { x: i * 37, y: i * 23 }]));
  await page.goto(`/#${encodeShare(design)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(50);
  const before = await boxes(page);
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect.poll(async () => (await boxes(page)).map((b) => b.t)).not.toEqual(before.map((b) => b.t));
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'e2e/artifacts/share-layout-hub49.png' });
  const after = await boxes(page);
  const overlapping = after.flatMap((a, i) => after.slice(i + 1).filter((b) =>
    a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1).map((b) => `${a.id}/${b.id}`));
  expect(overlapping).toEqual([]);
  const hub = after.find((b) => b.id === 'vnet-hub');
  const spokes = after.filter((b) => b.id !== 'vnet-hub');
  expect(hub).toBeDefined();
  const cx = (b: { x: number; w: number }) => b.x + b.w / 2;
  expect(cx(hub!)).toBeGreaterThan(Math.min(...spokes.map(cx)));
  expect(cx(hub!)).toBeLessThan(Math.max(...spokes.map(cx)));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await boxes(page)).map((b) => b.t)).toEqual(before.map((b) => b.t));
});
