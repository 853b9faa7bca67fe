/**
 * Editing flows in a real Chromium: box selection with delete and undo, dragging a palette item onto
 * the canvas, the route-table editor (field message for a bad next hop, association with a subnet),
 * and copy/paste through the system clipboard between two tabs (and garbage pasted changing nothing).
 * Screenshots of the key steps go to e2e/artifacts/editing-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

test.describe.configure({ mode: 'serial' });

async function emptyDesigner(page: Page): Promise<DesignerPage> {
  const d = new DesignerPage(page);
  await d.open();
  await d.dismissHint();
  await d.newDesign();
  await d.viewportSettled();
  return d;
}

async function box(d: DesignerPage, id: string) {
  const b = await d.node(id).boundingBox();
  if (!b) throw new Error(`node ${id} not visible`);
  return b;
}

test('Shift+drag selects several VNets; Delete removes them; Ctrl+Z brings them back', async ({ page }) => {
  const d = await emptyDesigner(page);
  const ids = [await d.addVnet('vnet-a'), await d.addVnet('vnet-b'), await d.addVnet('vnet-c')];
  await d.clearSelection();
  await d.button('Fit view').click();
  await d.viewportSettled();

  // A box from the empty pane above-left of vnet-a to below-right of vnet-b: two of the three.
  const a = await box(d, ids[0] ?? '');
  const b = await box(d, ids[1] ?? '');
  await d.boxSelect({ x: a.x - 30, y: a.y - 30 }, { x: b.x + b.width + 20, y: b.y + b.height + 30 });
  expect(await d.selectedNodeIds()).toEqual([ids[0], ids[1]].sort());
  await expect(d.node(ids[0] ?? '').locator('.vnet-node')).toHaveClass(/is-selected/);
  await expect(d.node(ids[2] ?? '')).not.toHaveClass(/selected/);
  await d.shot('editing-01-box-selected');

  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  expect((await d.savedDesign()).vnets.map((v) => v.name)).toEqual(['vnet-c']);
  await d.shot('editing-02-box-deleted');

  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  expect((await d.savedDesign()).vnets.map((v) => v.name).sort()).toEqual(['vnet-a', 'vnet-b', 'vnet-c']);
  await d.shot('editing-03-box-undone');
});

test('dragging Add VNet and Add on-premises from the toolbar drops them where they land', async ({ page }) => {
  const d = await emptyDesigner(page);
  const pane = await d.pane.boundingBox();
  if (!pane) throw new Error('canvas not visible');
  const drops = [
    { button: 'Add VNet', at: { x: pane.x + pane.width * 0.35, y: pane.y + pane.height * 0.4 } },
    { button: 'Add on-premises', at: { x: pane.x + pane.width * 0.7, y: pane.y + pane.height * 0.65 } },
  ];
  for (const [i, drop] of drops.entries()) {
    await d.dropFromPalette(drop.button, drop.at);
    await expect(page.locator('.react-flow__node')).toHaveCount(i + 1);
    // The new node is selected and drawn around the drop point (its top-left is 110 x 40 flow units up-left).
    const node = page.locator('.react-flow__node.selected');
    const b = await node.boundingBox();
    if (!b) throw new Error('dropped node not visible');
    expect(drop.at.x).toBeGreaterThan(b.x);
    expect(drop.at.x).toBeLessThan(b.x + b.width);
    expect(drop.at.y).toBeGreaterThan(b.y);
    expect(drop.at.y).toBeLessThan(b.y + b.height);
  }
  const design = await d.savedDesign();
  expect(design.vnets.map((v) => v.name)).toEqual(['vnet-1']);
  expect(design.onPremises.map((o) => o.name)).toEqual(['onprem-1']);
  await d.shot('editing-04-palette-dropped');
});

test('route-table editor: a virtual-appliance route, its next-hop message, and the table on a subnet', async ({ page }) => {
  const d = await emptyDesigner(page);
  const vnet = await d.addVnet('vnet-app');
  await d.inspector.getByRole('button', { name: 'Add subnet /24' }).click();
  await expect(d.inspector.getByLabel('Subnet name')).toHaveValue('snet-1');

  // With nothing selected the inspector shows the design: add a route table and a route.
  await d.clearSelection();
  await d.inspector.getByRole('button', { name: 'Add route table' }).click();
  await d.inspector.getByRole('button', { name: 'Add route', exact: true }).click();
  const hop = d.inspector.getByLabel('Route 1 next hop', { exact: true });
  await hop.selectOption('Internet');
  await expect(d.inspector.getByLabel('Route 1 next hop IP')).toHaveCount(0);
  await hop.selectOption('VirtualAppliance');
  await d.inspector.getByLabel('Route 1 prefix').fill('0.0.0.0/0');

  const ip = d.inspector.getByLabel('Route 1 next hop IP');
  await ip.fill('10.0.1.999');
  await expect(ip).toHaveAttribute('aria-invalid', 'true');
  await expect(d.inspector.getByRole('alert').filter({ hasText: 'Enter an IP address like 10.0.1.4.' })).toBeVisible();
  expect((await d.savedDesign()).routeTables[0]?.routes[0]?.nextHopIpAddress).toBe('');
  await d.shot('editing-05-route-bad-ip');
  await ip.fill('10.0.1.4');
  await expect(ip).not.toHaveAttribute('aria-invalid', 'true');
  await expect(d.inspector.getByRole('alert')).toHaveCount(0);

  // Associate the table with the VNet's subnet.
  await d.select(vnet);
  await d.inspector.getByLabel('Route table of snet-1').selectOption({ label: 'rt-1' });
  await d.clearSelection();
  await expect(d.inspector.getByText('Used by: vnet-app/snet-1')).toBeVisible();
  await d.shot('editing-06-route-table-used');

  const design = await d.savedDesign();
  expect(design.routeTables).toHaveLength(1);
  const table = design.routeTables[0];
  expect(table?.routes).toEqual([{ name: 'route-1', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.1.4' }]);
  expect(design.vnets[0]?.subnets[0]?.routeTableId).toBe(table?.id);
});

test('copy in one tab, paste in another through the system clipboard; garbage pastes change nothing', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const first = new DesignerPage(await context.newPage());
  await first.open();
  await first.dismissHint();
  await first.select('vnet-hub');
  await first.node('vnet-spoke-a').locator('.vnet-node-head').click({ modifiers: ['Shift'] });
  expect(await first.selectedNodeIds()).toEqual(['vnet-hub', 'vnet-spoke-a']);
  await first.page.keyboard.press('Control+c');
  const copied = JSON.parse(await first.readClipboard()) as { vnetDesignerClipboard: number; vnets: { name: string }[]; peerings: unknown[] };
  expect(copied.vnetDesignerClipboard).toBe(1);
  expect(copied.vnets.map((v) => v.name)).toEqual(['vnet-hub', 'vnet-spoke-a']);
  expect(copied.peerings).toHaveLength(2);
  await first.shot('editing-07-copied');

  const second = new DesignerPage(await context.newPage());
  await second.open();
  await second.newDesign();
  await second.page.keyboard.press('Control+v');
  await expect(second.node('vnet-hub')).toBeVisible();
  await expect(second.node('vnet-spoke-a')).toBeVisible();
  await expect(second.edge('vnet-hub', 'vnet-spoke-a')).toBeAttached();
  expect(await second.selectedNodeIds()).toEqual(['vnet-hub', 'vnet-spoke-a']);
  let design = await second.savedDesign();
  expect(design.vnets.map((v) => v.name)).toEqual(['vnet-hub', 'vnet-spoke-a']);
  expect(design.peerings).toHaveLength(2);
  await second.button('Fit view').click();
  await second.viewportSettled();
  await second.shot('editing-08-pasted-in-second-tab');

  // One undo step takes the whole paste back; pasting again renames on conflict.
  await second.page.keyboard.press('Control+z');
  await expect(second.page.locator('.react-flow__node')).toHaveCount(0);
  await second.page.keyboard.press('Control+v');
  await second.page.keyboard.press('Control+v');
  await expect(second.page.locator('.react-flow__node')).toHaveCount(4);
  await expect(second.node('vnet-hub-copy')).toBeVisible();

  // Garbage on the clipboard: nothing changes, no message.
  const before = JSON.stringify(await second.savedDesign());
  await second.writeClipboard('garbage {not: json');
  await second.page.keyboard.press('Escape');
  await second.page.keyboard.press('Control+v');
  await second.page.waitForTimeout(200);
  await expect(second.page.locator('.react-flow__node')).toHaveCount(4);
  await expect(second.page.getByRole('dialog')).toHaveCount(0);
  expect(JSON.stringify(await second.savedDesign())).toBe(before);

  // Our marker around a broken document: refused with a message, nothing changed.
  await second.writeClipboard('{"vnetDesignerClipboard":1,"vnets":[{"id":"x","name":"evil","__proto__":{"admin":true}}]}');
  await second.page.keyboard.press('Control+v');
  const message = second.page.getByRole('dialog', { name: 'These copied items cannot be pasted' });
  await expect(message).toBeVisible();
  await expect(message).toContainText('"__proto__" is not allowed');
  await expect(message).toContainText('Nothing was changed.');
  await second.shot('editing-09-bad-paste-refused');
  await message.getByRole('button', { name: 'OK' }).click();
  expect(JSON.stringify(await second.savedDesign())).toBe(before);

  // A paste into a text field stays an ordinary paste.
  await second.writeClipboard('Pasted name');
  const nameField = second.inspector.getByLabel('Design name');
  await nameField.click();
  await nameField.press('Control+a');
  await nameField.press('Control+v');
  await expect(nameField).toHaveValue('Pasted name');
  await expect(second.page.locator('.react-flow__node')).toHaveCount(4);
  design = await second.savedDesign();
  expect(design.name).toBe('Pasted name');

  // The first tab: the text copied since its own copy wins, so its Ctrl+V pastes nothing.
  await first.page.bringToFront();
  await first.page.keyboard.press('Escape');
  await first.page.keyboard.press('Control+v');
  await first.page.waitForTimeout(200);
  await expect(first.page.locator('.react-flow__node')).toHaveCount(4);
  await context.close();
});
