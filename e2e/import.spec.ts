/**
 * Importing a pasted az CLI estate: the report shows what was assumed, the VNets are laid out with the
 * hub in the middle of its spokes, and the findings panel lists the design's findings.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ART = 'e2e/artifacts';
const AZ_CLI = readFileSync('test/fixtures/import/az-cli-hub-spoke.json', 'utf8');

test('a pasted az CLI estate is imported, laid out and checked', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an Azure estate or a design' });
  await dialog.getByRole('textbox', { name: 'JSON to import' }).fill(AZ_CLI);
  await page.screenshot({ path: `${ART}/import-paste.png` });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const done = page.getByRole('dialog', { name: 'Import finished' });
  await expect(done).toContainText('Imported 8 VNets and 11 peering links from Azure CLI output');
  await expect(done.getByRole('list', { name: 'Import notes' })).toContainText("VNet 'vnet-partner' is referenced by a peering");
  await expect(done.getByText('Nothing was skipped.')).toBeVisible();
  const counts = await done.getByLabel('Findings by severity').textContent();
  const [, errors, warnings] = /(\d+) errors(\d+) warnings/.exec(counts ?? '') ?? [];
  expect(Number(errors) + Number(warnings)).toBeGreaterThan(0);
  await page.screenshot({ path: `${ART}/import-report.png` });
  await done.getByRole('button', { name: 'Show the design' }).click();
  // The findings panel lists the same findings the report counted.
  const panel = page.getByRole('region', { name: /Findings/ });
  await expect(panel.getByLabel(`${errors} errors, ${warnings} warnings`, { exact: false })).toBeVisible();

  for (const id of ['vnet-hub', 'vnet-spoke1', 'vnet-spoke6', 'vnet-partner']) await expect(page.getByTestId(`rf__node-${id}`)).toBeVisible();
  await page.screenshot({ path: `${ART}/import-laid-out.png` });
  // Hub in the middle: its centre lies inside the box of its six spokes' centres.
  const centre = async (id: string) => {
    const b = await page.getByTestId(`rf__node-${id}`).boundingBox();
    if (!b) throw new Error(`${id} has no box`);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const hub = await centre('vnet-hub');
  const spokes = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => centre(`vnet-spoke${i}`)));
  expect(hub.x).toBeGreaterThan(Math.min(...spokes.map((s) => s.x)));
  expect(hub.x).toBeLessThan(Math.max(...spokes.map((s) => s.x)));
  expect(hub.y).toBeGreaterThan(Math.min(...spokes.map((s) => s.y)));
  expect(hub.y).toBeLessThan(Math.max(...spokes.map((s) => s.y)));
  await page.screenshot({ path: `${ART}/import-laid-out.png` });
});

test('an unrecognised paste is refused with a message and the design is unchanged', async ({ page }) => {
  await page.goto('/');
  // The designs open from IndexedDB after the first paint: count once the canvas shows them.
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const before = await page.locator('.react-flow__node').count();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an Azure estate or a design' });
  await dialog.getByRole('textbox', { name: 'JSON to import' }).fill('{"hello": "<b>world</b>"}');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('not a recognised format');
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node')).toHaveCount(before);
});
