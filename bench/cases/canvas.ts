/**
 * Canvas drag on a large design, against a bare React Flow canvas measured in the same run: the app
 * and bench/bare.html are built once, served, and opened in Chromium (with vsync and the frame-rate
 * limit off, so a frame lasts as long as its work). One node is dragged for 120 frames, a synthetic
 * mousemove per requestAnimationFrame; frame time = the interval between animation frames.
 *
 * Design: 300 VNets and 600 VNet pairs (each pair peered both ways: 1,200 links, 600 canvas edges);
 * the bare canvas gets 300 default nodes and 600 default edges on the same grid. Target ratio <= 1.5.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium, INSTALL_HINT } from '../../e2e/browser';
import { makeLink, makeVnet } from '../../src/model/factories';
import type { Design, PeeringLink, VNet } from '../../src/model/schema';
import { round, type BenchLine } from '../util';

const VNETS = 300;
const PAIRS = 600;
const COLS = 20;
const FRAMES = 120;
const RUNS = 5;
const SUB = '00000000-0000-0000-0000-000000000001';

export function benchDesign(): Design {
  const vnets: VNet[] = [];
  const positions: Record<string, { x: number; y: number }> = {};
  for (let i = 0; i < VNETS; i++) {
    const id = `vnet-${i}`;
    vnets.push(makeVnet({
      id, name: id, subscriptionId: SUB, resourceGroup: 'rg-network', location: 'westeurope',
      addressPrefixes: [`10.${Math.floor(i / 256)}.${i % 256}.0/24`],
      subnets: [{ id: `${id}-app`, name: 'snet-app', addressPrefixes: [`10.${Math.floor(i / 256)}.${i % 256}.0/26`] }],
    }));
    positions[id] = { x: (i % COLS) * 280, y: Math.floor(i / COLS) * 180 };
  }
  const peerings: PeeringLink[] = [];
  const link = (a: number, b: number): PeeringLink =>
    makeLink({ id: `link-${a}-${b}`, name: `peer-vnet-${a}-to-vnet-${b}`, from: `vnet-${a}`, to: `vnet-${b}` });
  for (let k = 0; k < PAIRS; k++) {
    const a = k % VNETS;
    const b = (a + (k < VNETS ? 1 : 17)) % VNETS;
    peerings.push(link(a, b), link(b, a));
  }
  return {
    version: 1, name: 'Canvas bench', subscriptions: [{ id: SUB, name: 'Bench', tenantId: '', cloud: 'AzureCloud' }],
    resourceGroups: [], vnets, routeTables: [], onPremises: [], peerings, intents: [], layout: { positions },
  };
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

const DRAG_SOURCE = `(x, y, frames, dir) => new Promise((resolve) => {
  const out = [];
  let last = 0;
  let i = 0;
  const tick = (t) => {
    if (i > 0) out.push(t - last);
    last = t;
    if (i++ >= frames) return resolve(out);
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: x + dir * (6 + i * 2), clientY: y + 6 + (i % 30), bubbles: true, cancelable: true, view: window }));
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/** Drags the node for `frames` animation frames; returns the frame intervals in ms. */
async function dragFrames(page: Page, nodeSelector: string, frames: number, dir: 1 | -1): Promise<number[]> {
  const box = await page.locator(nodeSelector).boundingBox();
  if (!box) throw new Error(`${nodeSelector} not visible`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dir * 6, y + 6);
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  const times = (await page.evaluate(`(${DRAG_SOURCE})(${x}, ${y}, ${frames}, ${dir})`)) as number[];
  await page.mouse.up();
  const after = await page.locator(nodeSelector).boundingBox();
  // back and forth around its place, so auto-pan at the canvas edge never takes over the drag
  if (!after || Math.abs(after.x - box.x) < 20) throw new Error(`${nodeSelector} did not move: the drag was not measured`);
  return times;
}

async function open(page: Page, url: string, seed?: string): Promise<void> {
  if (seed !== undefined) {
    await page.goto(url);
    await page.evaluate((text) => localStorage.setItem('vnet-designer:design', text), seed);
  }
  await page.goto(url);
  await page.locator('.react-flow__node').nth(VNETS - 1).waitFor();
  await page.waitForTimeout(1500);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export default async function run(): Promise<BenchLine[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const outDir = mkdtempSync(path.join(tmpdir(), 'vnet-canvas-'));
  const root = process.cwd();
  await build({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input: { main: path.join(root, 'index.html'), bare: path.join(root, 'bench/bare.html') } } },
  });
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = await preview({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true } });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
  try {
    const base = `http://localhost:${port}/`;
    const bare = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const ours = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await open(bare, `${base}bench/bare.html?nodes=${VNETS}&edges=${PAIRS}`);
    await open(ours, base, JSON.stringify(benchDesign()));
    const sides = [
      { page: bare, node: '[data-id="n150"]', p95s: [] as number[] },
      { page: ours, node: '[data-id="vnet-150"]', p95s: [] as number[] },
    ];
    for (const side of sides) {
      await side.page.bringToFront();
      await dragFrames(side.page, side.node, 30, 1); // warm-up
      await dragFrames(side.page, side.node, 30, -1);
    }
    // Alternate the two canvases run by run, so load on the machine hits both alike; median of p95s.
    for (let r = 0; r < RUNS; r++) {
      for (const side of sides) {
        await side.page.bringToFront();
        side.p95s.push(p95(await dragFrames(side.page, side.node, FRAMES, r % 2 === 0 ? 1 : -1)));
      }
    }
    const bareP95 = median(sides[0]?.p95s ?? []);
    const oursP95 = median(sides[1]?.p95s ?? []);
    return [{ case: 'canvas:drag300', oursP95Ms: round(oursP95, 1), bareP95Ms: round(bareP95, 1), ratio: round(oursP95 / Math.max(bareP95, 0.01)) }];
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}
