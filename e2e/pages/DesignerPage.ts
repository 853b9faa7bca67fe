/**
 * Page object for the designer: canvas items by React Flow's test ids (`rf__node-<id>`,
 * `rf__edge-<id>`), everything else by role and accessible name.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { parseDesign } from '../../src/model/parse';
import type { Design } from '../../src/model/schema';

/** sessionStorage key naming the stored design this tab edits (src/store/session.ts) */
const TAB_KEY = 'vnet-designer:tab-design';
const ARTIFACTS = 'e2e/artifacts';

export class DesignerPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.findings).toBeVisible();
  }

  get findings(): Locator {
    return this.page.getByRole('region', { name: 'Findings', exact: true });
  }

  get inspector(): Locator {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  node(id: string): Locator {
    return this.page.getByTestId(`rf__node-${id}`);
  }

  edge(a: string, b: string): Locator {
    const [x, y] = a < b ? [a, b] : [b, a];
    return this.page.getByTestId(`rf__edge-peer-${x}--${y}`);
  }

  /** A finding in the panel by its code (the code is shown on each finding). */
  finding(code: string): Locator {
    return this.findings.getByRole('listitem').filter({ has: this.page.getByText(code, { exact: true }) });
  }

  async newDesign(): Promise<void> {
    await this.button('New design').click();
    await expect(this.page.locator('.react-flow__node')).toHaveCount(0);
  }

  /** Adds a VNet from the toolbar and names it in the inspector; returns its id. */
  async addVnet(name: string): Promise<string> {
    await this.button('Add VNet').click();
    const field = this.inspector.getByLabel('Name', { exact: true });
    await field.fill(name);
    await field.press('Enter');
    const id = await this.page.locator('.react-flow__node.selected').getAttribute('data-id');
    if (!id) throw new Error('no selected node after Add VNet');
    return id;
  }

  async select(id: string): Promise<void> {
    await this.node(id).locator('.vnet-node-head').click();
    await expect(this.node(id)).toHaveClass(/selected/);
  }

  async selectEdge(a: string, b: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    // The centre of a straight edge's bounding box lies on the edge (labels sit there only for "fwd").
    await this.edge(a, b).locator('.react-flow__edge-interaction').click({ force: true });
    await expect(this.edge(a, b)).toHaveClass(/selected/);
  }

  /** Drags a node by its header so its top-left lands near the given offset from the pane's top-left. */
  async dragNodeBy(id: string, dx: number, dy: number): Promise<void> {
    const box = await this.node(id).locator('.vnet-node-head').boundingBox();
    if (!box) throw new Error(`node ${id} not visible`);
    const x = box.x + 40;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Drags from a VNet's peering handle onto another VNet. */
  async peer(fromId: string, toId: string): Promise<void> {
    const handle = await this.node(fromId).locator('.handle-source').boundingBox();
    const target = await this.node(toId).boundingBox();
    if (!handle || !target) throw new Error('nodes not visible');
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await this.page.mouse.up();
    await expect(this.edge(fromId, toId)).toBeAttached();
  }

  /** The design as autosaved (IndexedDB, under the id this tab edits), through the one load path. */
  async savedDesign(): Promise<Design> {
    await expect(this.page.getByRole('toolbar', { name: 'Designer toolbar' }).getByText(/^Saving/)).toHaveCount(0);
    const stored = await this.page.evaluate(
      (tabKey) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('vnet-designer');
          open.onerror = () => reject(new Error('cannot open the database'));
          open.onsuccess = () => {
            const get = open.result.transaction('kv').objectStore('kv').get(`design:${sessionStorage.getItem(tabKey) ?? ''}`);
            get.onsuccess = () => resolve((get.result as { design?: unknown } | undefined)?.design ?? null);
            get.onerror = () => reject(new Error('cannot read the design'));
          };
        }),
      TAB_KEY,
    );
    const parsed = parseDesign(stored);
    if (!parsed.ok) throw new Error(`autosave does not parse: ${JSON.stringify(parsed.errors)}`);
    return parsed.value;
  }

  /** The empty area of the canvas (React Flow's pane). */
  get pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  /** Ids of the canvas nodes drawn as selected, sorted. */
  async selectedNodeIds(): Promise<string[]> {
    const ids = await this.page.locator('.react-flow__node.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    return ids.sort();
  }

  /** Waits until the canvas stops panning and zooming (Fit view and New design animate the viewport). */
  async viewportSettled(): Promise<void> {
    const transform = () => this.page.locator('.react-flow__viewport').evaluate((e) => getComputedStyle(e).transform);
    let last = await transform();
    for (let i = 0; i < 20; i++) {
      await this.page.waitForTimeout(150);
      const now = await transform();
      if (now === last) return;
      last = now;
    }
  }

  /** Clicks the empty pane's top-left corner: nothing selected, the inspector shows the design. */
  async clearSelection(): Promise<void> {
    await this.pane.click({ position: { x: 12, y: 12 } });
    await expect(this.page.locator('.react-flow__node.selected')).toHaveCount(0);
  }

  async dismissHint(): Promise<void> {
    const gotIt = this.page.getByRole('button', { name: 'Got it' });
    if (await gotIt.isVisible()) await gotIt.click();
  }

  /** Shift+drag a selection box between two page points (the start must be on the empty pane). */
  async boxSelect(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const { keyboard, mouse } = this.page;
    await keyboard.down('Shift');
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await mouse.move(to.x, to.y, { steps: 5 });
    await mouse.up();
    await keyboard.up('Shift');
  }

  /** HTML5 drag of a toolbar palette button (Add VNet, Add on-premises) onto the canvas at a page point. */
  async dropFromPalette(button: string, at: { x: number; y: number }): Promise<void> {
    const pane = await this.pane.boundingBox();
    if (!pane) throw new Error('canvas not visible');
    await this.button(button).dragTo(this.pane, { targetPosition: { x: at.x - pane.x, y: at.y - pane.y } });
  }

  /** Puts text on the system clipboard (the context needs the clipboard-write permission). */
  async writeClipboard(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  }

  async readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
  }
}
