/**
 * Canvas view options in a real Chromium: grouping by region draws a box around each region's VNets,
 * and the box follows a VNet while it is being dragged (not only when it is dropped).
 */
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

test('group boxes follow a VNet while it is dragged', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('region');
  const box = page.locator('.group-box', { hasText: 'Region: westeurope' });
  await expect(box).toBeVisible();
  const before = await box.boundingBox();
  const head = await d.node('vnet-spoke-b').locator('.vnet-node-head').boundingBox();
  if (!before || !head) throw new Error('group box or node not visible');

  // Drag spoke-b down and right, and look at the box before letting go.
  const x = head.x + 40;
  const y = head.y + head.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 60, y + 80, { steps: 6 });
  await page.mouse.move(x + 120, y + 160, { steps: 6 });
  await expect.poll(async () => (await box.boundingBox())?.height ?? 0).toBeGreaterThan(before.height + 100);
  const during = await box.boundingBox();
  await d.shot('canvas-group-during-drag');
  await page.mouse.up();

  expect(during?.width ?? 0).toBeGreaterThan(before.width + 50);
  // dropped: the box keeps its new size, and the move is one undo step back to the old one
  await expect.poll(async () => (await box.boundingBox())?.height ?? 0).toBeGreaterThan(before.height + 100);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await box.boundingBox())?.height ?? 0)).toBe(Math.round(before.height));
});
