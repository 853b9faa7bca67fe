/**
 * Page object for the designer: canvas items by React Flow's test ids (`rf__node-<id>`,
 * `rf__edge-<id>`), everything else by role and accessible name.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { parseDesign } from '../../src/model/parse';
import type { Design } from '../../src/model/schema';

export const AUTOSAVE_KEY = 'vnet-designer:design';
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

  /** The design as autosaved, through the one load path. */
  async savedDesign(): Promise<Design> {
    const text = await this.page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
    const parsed = parseDesign(JSON.parse(text ?? 'null'));
    if (!parsed.ok) throw new Error(`autosave does not parse: ${JSON.stringify(parsed.errors)}`);
    return parsed.value;
  }

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
  }
}
