/**
 * Planning aids in a real Chromium: each template created from the "New from template" dialog (with
 * screenshots to look at: hubs central, spokes around, regions apart), a template added to an existing
 * design, a pool too small, the address plan with its CSV download, and the peering cost estimate.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { validate } from '../src/engine/validate';
import type { Design } from '../src/model/schema';
import { DesignerPage } from './pages/DesignerPage';

test.describe.configure({ mode: 'serial' });

async function start(page: Page): Promise<DesignerPage> {
  const d = new DesignerPage(page);
  await d.open();
  const gotIt = page.getByRole('button', { name: 'Got it' });
  if (await gotIt.isVisible()) await gotIt.click();
  return d;
}

function templateDialog(page: Page) {
  return page.getByRole('dialog', { name: 'New from template' });
}

async function openTemplates(d: DesignerPage) {
  await d.button('Templates').click();
  await expect(templateDialog(d.page)).toBeVisible();
  return templateDialog(d.page);
}

/** Error and warning findings of the saved design, except the codes allowed. */
function problems(design: Design, allowed: string[] = []): string[] {
  return validate(design).filter((f) => f.severity !== 'info' && !allowed.includes(f.code)).map((f) => `${f.code}: ${f.message}`);
}

/** Each test starts from a fresh browser (the sample design): build a hub and spoke to work on. */
async function createHubAndSpoke(d: DesignerPage, spokes: number) {
  const dialog = await openTemplates(d);
  await dialog.getByLabel('Number of spokes').fill(String(spokes));
  await dialog.getByRole('button', { name: 'Create design' }).click();
  await expect(d.page.locator('.react-flow__node')).toHaveCount(spokes + 1);
}

async function settle(d: DesignerPage) {
  await d.button('Fit view').click();
  await d.page.waitForTimeout(400);
}

test('hub and spoke from the dialog: 6 spokes around a central hub, no findings', async ({ page }) => {
  const d = await start(page);
  const dialog = await openTemplates(d);
  await dialog.getByLabel('Number of spokes').fill('6');
  await expect(dialog.getByRole('status')).toHaveText('Creates 7 VNets, 12 peering links and 6 route tables.');
  await dialog.getByRole('button', { name: 'Create design' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await settle(d);
  await d.shot('plan-hub-and-spoke');
  const design = await d.savedDesign();
  expect(problems(design)).toEqual([]);
  await expect(d.findings.getByText('TRANSIT_GAP', { exact: true })).toHaveCount(0);
  // the hub sits in the middle of its spokes on screen
  const hub = await d.node(design.vnets[0]?.id ?? '').boundingBox();
  const spokes = await Promise.all(design.vnets.slice(1).map((v) => d.node(v.id).boundingBox()));
  const cx = spokes.reduce((s, b) => s + (b?.x ?? 0), 0) / spokes.length;
  expect(Math.abs(cx - (hub?.x ?? 0))).toBeLessThan(20);
});

test('mesh from the dialog: every VNet peered with every other', async ({ page }) => {
  const d = await start(page);
  const dialog = await openTemplates(d);
  await dialog.getByRole('radio', { name: /Mesh/ }).check();
  await dialog.getByLabel('Number of VNets').fill('5');
  await dialog.getByLabel('Regions').fill('westeurope, northeurope');
  await dialog.getByRole('radio', { name: /Replace it/ }).check();
  await dialog.getByRole('button', { name: 'Create design' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await settle(d);
  await d.shot('plan-mesh');
  const design = await d.savedDesign();
  expect(design.peerings).toHaveLength(20);
  expect(problems(design)).toEqual([]);
});

test('multi-region hub and spoke from the dialog: hubs meshed globally, regions apart', async ({ page }) => {
  const d = await start(page);
  const dialog = await openTemplates(d);
  await dialog.getByRole('radio', { name: /Multi-region/ }).check();
  await dialog.getByLabel('Spokes per hub').fill('4');
  await dialog.getByRole('radio', { name: /Replace it/ }).check();
  await dialog.getByRole('button', { name: 'Create design' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(15);
  await settle(d);
  await d.shot('plan-multi-region');
  const design = await d.savedDesign();
  expect(problems(design)).toEqual([]);
  expect(design.vnets.filter((v) => v.name.startsWith('vnet-hub-')).map((v) => v.location)).toEqual(['westeurope', 'northeurope', 'eastus']);
});

test('a template added to the current design avoids its prefixes; a pool too small is refused with a message', async ({ page }) => {
  const d = await start(page);
  await createHubAndSpoke(d, 2);
  const before = 3;
  const dialog = await openTemplates(d);
  await dialog.getByLabel('Number of spokes').fill('3');
  await dialog.getByRole('radio', { name: /Add the template to it/ }).check();
  await dialog.getByLabel('Address pool').fill('10.0.0.0/21');
  await expect(dialog.getByRole('alert')).toContainText('The pool 10.0.0.0/21 is too small: a /22 hub and 3 /24 spokes need 1,792 addresses, the pool has 512 free (1,536 of its 2,048 are already used).');
  await expect(dialog.getByRole('button', { name: 'Add to design' })).toBeDisabled();
  await dialog.getByLabel('Address pool').fill('10.0.0.0/12');
  await dialog.getByRole('button', { name: 'Add to design' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 4);
  await settle(d);
  await d.shot('plan-added-to-existing');
  const design = await d.savedDesign();
  expect(validate(design).filter((f) => ['ADDRESS_OVERLAP', 'PEER_ADDRESS_OVERLAP', 'NAME_DUPLICATE'].includes(f.code))).toEqual([]);
});

test('address plan: sort, filter, and download the CSV', async ({ page }) => {
  const d = await start(page);
  await createHubAndSpoke(d, 3);
  const design = await d.savedDesign();
  await d.button('Address plan').click();
  const dialog = page.getByRole('dialog', { name: 'Address plan' });
  const table = dialog.getByRole('table', { name: 'Address plan' });
  await expect(table).toBeVisible();
  const rows = design.vnets.reduce((n, v) => n + v.addressPrefixes.length + v.subnets.reduce((m, s) => m + s.addressPrefixes.length, 0), 0);
  await expect(table.locator('tbody tr')).toHaveCount(rows);
  await dialog.getByRole('button', { name: 'Usable' }).click();
  await dialog.getByRole('button', { name: /^Usable/ }).click();
  await expect(dialog.getByRole('columnheader', { name: /Usable/ })).toHaveAttribute('aria-sort', 'descending');
  await d.shot('plan-address-plan');
  await dialog.getByLabel('Filter').fill('AzureFirewallSubnet');
  await expect(table.locator('tbody tr')).toHaveCount(design.vnets.filter((v) => v.subnets.some((s) => s.name === 'AzureFirewallSubnet')).length);
  await dialog.getByLabel('Filter').fill('');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('address-plan.csv');
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('CIDR,Kind,VNet,Subnet,First address,Last address,Addresses,Usable,Region,Subscription');
  expect(lines).toHaveLength(rows + 2);
  const gw = lines.find((l) => l.includes(',GatewaySubnet,'));
  expect(gw).toMatch(/^10\.\d+\.\d+\.\d+\/27,Subnet,vnet-hub-westeurope,GatewaySubnet,[\d.]+,[\d.]+,32,27,westeurope,Connectivity$/);
});

test('peering cost: traffic per link, a dated price list, and a monthly total', async ({ page }) => {
  const d = await start(page);
  await createHubAndSpoke(d, 2);
  await d.button('Cost').click();
  const dialog = page.getByRole('dialog', { name: 'Peering cost estimate' });
  const inputs = dialog.getByRole('textbox', { name: /^GB per month from vnet-hub-westeurope to vnet-spoke-01/ });
  await inputs.fill('1000');
  // regional: 1,000 GB x ($0.01 out + $0.01 in); the reverse link exists, so traffic flows
  await expect(dialog.getByTestId('cost-total')).toHaveText('$20.00');
  await expect(dialog.getByText(/as of 2026-11-21/)).toBeVisible();
  await dialog.getByLabel('Regional peering, inbound').fill('0.02');
  await expect(dialog.getByTestId('cost-total')).toHaveText('$30.00');
  await d.shot('plan-cost');
  const design = await d.savedDesign();
  expect(design.planning?.prices?.['regional.ingress']).toBe(0.02);
});
