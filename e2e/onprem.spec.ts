/**
 * On-premises connections in a real Chromium: add an on-premises network, connect it to the hub's VPN
 * gateway, give it the device's public IP and BGP, reload (the autosave keeps every value), then open
 * a share link of the design in another browser (format 2 carries them too). Screenshots go to
 * e2e/artifacts/onprem-*.png.
 */
import { expect, test, type Locator } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

test.describe.configure({ mode: 'serial' });

const HUB_GATEWAY = 'vnet-hub / vgw-hub (VPN VpnGw1AZ)';

/** Types into a connection field and commits it (these fields commit on Enter or when left). */
async function enter(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}

async function expectConnection(d: DesignerPage): Promise<void> {
  const insp = d.inspector;
  await expect(insp.getByRole('combobox', { name: 'Connected gateway' })).toHaveValue('gw-hub');
  await expect(insp.getByRole('combobox', { name: 'Connected gateway' }).locator('option:checked')).toHaveText(HUB_GATEWAY);
  await expect(insp.getByLabel('Device public IP', { exact: true })).toHaveValue('198.51.100.20');
  await expect(insp.getByRole('checkbox', { name: 'BGP with this device' })).toBeChecked();
  await expect(insp.getByLabel('Device BGP ASN', { exact: true })).toHaveValue('65010');
  await expect(insp.getByLabel('Device BGP peer address', { exact: true })).toHaveValue('192.168.255.254');
}

test('an on-premises network connected to the hub gateway with IP and BGP keeps them across a reload and a share link', async ({ page, browser }) => {
  const d = new DesignerPage(page);
  await d.open();
  await d.dismissHint();
  await d.button('Add on-premises').click();
  const id = await page.locator('.react-flow__node.selected').getAttribute('data-id');
  if (!id) throw new Error('no selected node after Add on-premises');
  const insp = d.inspector;
  await expect(insp.getByRole('heading', { name: 'onprem-1' })).toBeVisible();
  // The sample's own site holds 192.168.0.0/16: the new one starts in the next private block.
  const ranges = insp.getByLabel('Address ranges', { exact: true });
  await expect(ranges).toHaveValue('172.16.0.0/20');
  await expect(insp.getByRole('alert')).toHaveCount(0);
  await ranges.fill('172.20.0.0/16');

  await insp.getByRole('combobox', { name: 'Connected gateway' }).selectOption({ label: HUB_GATEWAY });
  // The canvas draws the connection to the hub.
  await expect(page.getByTestId(`rf__edge-conn-${id}`)).toBeAttached();

  // A bad address is explained and never stored; a good one is.
  const ip = insp.getByLabel('Device public IP', { exact: true });
  await ip.fill('198.51.100.300');
  await expect(insp.getByRole('alert')).toHaveText('Enter an IPv4 address like 203.0.113.10.');
  await enter(ip, '198.51.100.20');
  await expect(insp.getByRole('alert')).toHaveCount(0);

  await insp.getByRole('checkbox', { name: 'BGP with this device' }).check();
  const asn = insp.getByLabel('Device BGP ASN', { exact: true });
  await asn.fill('65515');
  await expect(insp.getByRole('alert')).toContainText('reserved by Azure');
  await enter(asn, '65010');
  await expect(insp.getByText('Saved once both the ASN and the peer address are set.')).toBeVisible();
  await enter(insp.getByLabel('Device BGP peer address', { exact: true }), '192.168.255.254');
  await expect(insp.getByText('Saved once both the ASN and the peer address are set.')).toHaveCount(0);
  await expectConnection(d);
  await d.shot('onprem-01-connection');
  await insp.getByText(/shared key is never stored/).scrollIntoViewIfNeeded();
  await d.shot('onprem-01b-connection-bottom');

  const saved = await d.savedDesign();
  expect(saved.onPremises.find((o) => o.id === id)).toMatchObject({
    gatewayId: 'gw-hub', gatewayIpAddress: '198.51.100.20', bgp: { asn: 65010, peeringAddress: '192.168.255.254' },
  });

  await page.reload();
  await expect(d.findings).toBeVisible();
  await d.node(id).locator('.vnet-node-head').click();
  await expect(insp.getByRole('heading', { name: 'onprem-1' })).toBeVisible();
  await expectConnection(d);
  await d.shot('onprem-02-after-reload');

  await d.button('Share').click();
  const dialog = page.getByRole('dialog', { name: 'Share this design' });
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/#d=2\./);
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const d2 = new DesignerPage(await other.newPage());
  await d2.page.goto(link);
  await expect(d2.node(id)).toBeVisible();
  await d2.node(id).locator('.vnet-node-head').click();
  await expectConnection(d2);
  await d2.shot('onprem-03-shared');
  await other.close();
});

test('the hub gateway editor: active-active and the zone note of its AZ SKU', async ({ page }) => {
  const d = new DesignerPage(page);
  await d.open();
  await d.dismissHint();
  await d.select('vnet-hub');
  const insp = d.inspector;
  await expect(insp.getByRole('combobox', { name: 'Gateway SKU' })).toHaveValue('VpnGw1AZ');
  await expect(insp.getByText(/Zone-redundant SKU: the export gives its Standard public IPs zones 1, 2 and 3/)).toBeVisible();
  await insp.getByRole('checkbox', { name: 'Active-active' }).check();
  await expect.poll(async () => (await d.savedDesign()).vnets[0]?.gateways[0]?.activeActive).toBe(true);
  await insp.getByRole('heading', { name: 'Gateway and services' }).scrollIntoViewIfNeeded();
  await d.shot('onprem-04-gateway');
  await d.button('Undo').click();
  await expect(insp.getByRole('checkbox', { name: 'Active-active' })).not.toBeChecked();

  // The sample's site asked to be an ExpressRoute connection on a VPN gateway: told why it cannot be.
  await d.node('onprem-hq').locator('.vnet-node-head').click();
  await insp.getByRole('combobox', { name: 'Connection type' }).selectOption('ExpressRoute');
  await expect(insp.getByRole('alert')).toHaveText('An ExpressRoute connection starts from an ExpressRoute gateway; vgw-hub is a VPN gateway.');
  await expect(insp.getByLabel('ExpressRoute circuit ID', { exact: true })).toBeVisible();
  await d.shot('onprem-05-expressroute-mismatch');
});
