/**
 * The flows an architect does in the designer, in a real Chromium: build a hub and two spokes from an
 * empty canvas, peer them, break and fix address overlap (with undo/redo), gateway transit wrong and
 * right, a transit gap fixed through the hub firewall, reload, export. Screenshots of every step go to
 * e2e/artifacts/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { toBicep, toBicepFiles } from '../src/export/bicep';
import { DesignerPage } from './pages/DesignerPage';

test.describe.configure({ mode: 'serial' });

test('first start shows the sample with its transit gap and a hint; no serious axe violations', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  await expect(page.getByRole('note', { name: 'Getting started' })).toBeVisible();
  await expect(d.node('vnet-hub')).toBeVisible();
  await expect(d.finding('TRANSIT_GAP')).toBeVisible();
  await d.shot('01-first-start');
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // `?` lists the shortcuts; Escape closes the list.
  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await d.shot('01b-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Dark theme (system -> light -> dark), with the sample's hub selected; still no serious axe violation.
  await page.getByRole('button', { name: 'Theme: system' }).click();
  await page.getByRole('button', { name: 'Theme: light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await d.select('vnet-hub');
  await d.shot('01c-dark');
  const dark = await new AxeBuilder({ page }).analyze();
  expect(dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('hub and two spokes from an empty canvas, through overlap, gateway transit, transit gap, reload and export', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  await page.getByRole('button', { name: 'Got it' }).click();
  await d.newDesign();

  // Build: hub and two spokes, arranged hub above the spokes.
  const hub = await d.addVnet('vnet-hub');
  const s1 = await d.addVnet('vnet-spoke-1');
  const s2 = await d.addVnet('vnet-spoke-2');
  // New VNets land side by side; nudge the hub above the spokes with Shift+arrows (50px each, one undo step).
  await d.select(hub);
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowUp');
  // ...and drag spoke-2 a little further right with the mouse.
  await d.dragNodeBy(s2, 60, 0);
  await d.button('Fit view').click();
  await page.waitForTimeout(300);
  await d.shot('02-three-vnets');

  // Peer: drag from the hub's handle to each spoke.
  await d.peer(hub, s1);
  await d.peer(hub, s2);
  let design = await d.savedDesign();
  expect(design.peerings.map((l) => l.name).sort()).toEqual([
    'peer-vnet-hub-to-vnet-spoke-1', 'peer-vnet-hub-to-vnet-spoke-2', 'peer-vnet-spoke-1-to-vnet-hub', 'peer-vnet-spoke-2-to-vnet-hub',
  ]);
  await expect(d.finding('TRANSIT_GAP')).toBeVisible();
  await d.shot('03-peered');

  // Overlap: give spoke-1 the hub's address space.
  const hubPrefix = design.vnets.find((v) => v.id === hub)?.addressPrefixes[0] ?? '';
  await d.select(s1);
  await d.inspector.getByLabel('Address prefix 1').fill(hubPrefix);
  const overlap = d.finding('PEER_ADDRESS_OVERLAP');
  await expect(overlap).toBeVisible();
  await expect(d.node(hub).locator('.badge-error')).toBeVisible();
  await expect(d.node(s1).locator('.badge-error')).toBeVisible();
  await overlap.getByRole('button').first().click();
  await expect(d.node(hub)).toHaveClass(/selected/);
  await d.shot('04-overlap');
  await overlap.getByRole('button', { name: /^Move 'vnet-spoke-1'/ }).click();
  await expect(d.finding('PEER_ADDRESS_OVERLAP')).toHaveCount(0);
  await d.shot('05-overlap-fixed');
  await d.button('Undo').click();
  await expect(d.finding('PEER_ADDRESS_OVERLAP')).toBeVisible();
  await d.button('Redo').click();
  await expect(d.finding('PEER_ADDRESS_OVERLAP')).toHaveCount(0);

  // Gateway transit, wrong: the spoke uses remote gateways but the hub has no gateway...
  await d.selectEdge(hub, s1);
  const spokeSide = d.inspector.getByRole('group', { name: 'vnet-spoke-1 → vnet-hub' });
  await spokeSide.getByLabel('Use remote gateways').check();
  await expect(d.finding('GW_REMOTE_NO_GATEWAY')).toBeVisible();
  await expect(d.inspector.getByText(/vnet-hub does not allow gateway transit/)).toBeVisible();
  await d.shot('06-transit-wrong');

  // ... still wrong with a VPN gateway (in a GatewaySubnet) on the hub: the hub's side allows no transit ...
  await d.select(hub);
  await d.inspector.getByLabel('Virtual network gateway').selectOption('Vpn');
  await d.inspector.getByLabel('Add special subnet').selectOption('GatewaySubnet');
  await expect(d.finding('GW_REMOTE_NO_GATEWAY')).toHaveCount(0);
  await expect(d.finding('GW_REMOTE_TRANSIT_NOT_ALLOWED')).toBeVisible();

  // ... and right: allow gateway transit on the hub's side of the peering.
  await d.selectEdge(hub, s1);
  await d.inspector.getByRole('group', { name: 'vnet-hub → vnet-spoke-1' }).getByLabel('Allow gateway transit').check();
  await expect(d.finding('GW_REMOTE_TRANSIT_NOT_ALLOWED')).toHaveCount(0);
  await expect(d.finding('GW_REMOTE_NO_GATEWAY')).toHaveCount(0);
  await expect(d.finding('GW_SUBNET_MISSING')).toHaveCount(0);
  await expect(d.inspector.getByText(/vnet-hub is the hub/)).toBeVisible();
  await expect(d.edge(hub, s1).locator('.edge-transit')).toHaveCount(1);
  await d.shot('07-transit-right');

  // Transit gap: the spokes cannot reach each other; route them through a firewall in the hub.
  await d.select(hub);
  await d.inspector.getByLabel('Add special subnet').selectOption('AzureFirewallSubnet');
  await d.button('Add Azure Firewall').click();
  // Routes go on workload subnets: give each spoke one.
  for (const spoke of [s1, s2]) {
    await d.select(spoke);
    await d.button('Add subnet /24').click();
  }
  const gap = d.finding('TRANSIT_GAP');
  await expect(gap).toBeVisible();
  await d.shot('08-transit-gap');
  await gap.getByRole('button', { name: /^Route the pair through/ }).click();
  await expect(d.finding('TRANSIT_GAP')).toHaveCount(0);
  await expect(d.findings.locator('.count-error')).toHaveText('0');
  await d.shot('09-transit-gap-fixed');

  // Reachability view: the spokes now reach each other through the firewall.
  await page.getByRole('button', { name: 'Reachability' }).click();
  const reach = page.getByRole('dialog', { name: 'Reachability' });
  await reach.getByRole('button', { name: 'vnet-spoke-1 reaches vnet-spoke-2' }).click();
  await expect(reach.getByText(/afw-vnet-hub/).first()).toBeVisible();
  await d.shot('10-reachability');
  await reach.getByRole('button', { name: 'Close' }).click();

  // Reload: the design comes back from the autosave.
  design = await d.savedDesign();
  await page.reload();
  await expect(d.node(hub)).toBeVisible();
  await expect(d.node(hub).getByText('vnet-hub')).toBeVisible();
  await expect(d.node(s2).getByText('vnet-spoke-2')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  expect(await d.savedDesign()).toEqual(design);
  await d.shot('11-reloaded');

  // Export Bicep: the preview is exactly the exporter's output for the saved design.
  await d.button('Export').click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Bicep' }).check();
  const preview = dialog.getByLabel('Bicep preview');
  await expect(preview.locator('.token').first()).toBeAttached();
  expect(await preview.textContent()).toBe(toBicep(design));
  await d.shot('12-export-bicep');

  // Bicep is several files (main + modules): the download is a zip of exactly the exporter's files.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download .zip' }).click()]);
  expect(download.suggestedFilename()).toBe('bicep.zip');
  const zipped = unzipSync(readFileSync(await download.path()));
  const files = toBicepFiles(design).files;
  expect(Object.keys(zipped).sort()).toEqual(Object.keys(files).sort());
  for (const [name, body] of Object.entries(files)) expect(strFromU8(zipped[name] ?? new Uint8Array())).toBe(body);
});

test('keyboard: duplicate, delete, undo, select all, nudge; intents between two VNets', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  await page.getByRole('button', { name: 'Got it' }).click();
  await d.select('vnet-spoke-a');
  await page.keyboard.press('Control+d');
  const copy = page.getByTestId(/^rf__node-vnet-spoke-a-copy/);
  await expect(copy).toHaveCount(1);
  await expect(copy).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(copy).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(copy).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(copy).toHaveCount(0);

  const before = (await d.savedDesign()).layout.positions['vnet-spoke-b'];
  await d.select('vnet-spoke-b');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const after = (await d.savedDesign()).layout.positions['vnet-spoke-b'];
  expect(after).toEqual({ x: (before?.x ?? 0) + 10, y: (before?.y ?? 0) + 10 });

  // Two VNets selected (shift-click): the pair view; "must reach" across the transit gap is a broken intent.
  await d.node('vnet-spoke-a').locator('.vnet-node-head').click({ modifiers: ['Shift'] });
  await expect(d.inspector.getByRole('heading', { name: 'vnet-spoke-b and vnet-spoke-a' })).toBeVisible();
  await d.inspector.getByLabel('vnet-spoke-a → vnet-spoke-b').selectOption('reach');
  await expect(d.finding('INTENT_UNREACHABLE')).toBeVisible();
  await d.shot('13-intent');

  await page.keyboard.press('Control+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(4);
});
