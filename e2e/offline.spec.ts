/**
 * The static site as users host it: built once (the same `vite build` the other specs use), served from a
 * sub-path by a plain static server, installable and working with the server gone, and a new deployment
 * announced by a prompt instead of a silent reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SUB_PATH = '/tools/vnet-designer/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

/** Serves `dir` under SUB_PATH only (anything else is a 404, so a root-relative asset URL would fail). */
function serve(dir: string, port = 0): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(SUB_PATH)) {
      res.writeHead(404).end('outside the sub-path');
      return;
    }
    const rel = decodeURIComponent(url.pathname.slice(SUB_PATH.length)) || 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const close = (s: Server) => new Promise<void>((resolve) => s.close(() => resolve()));

async function controlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

test.describe.configure({ mode: 'serial' });

test('served from a sub-path it works, then keeps working and editing with the server gone; a new build is offered, not forced', async ({ page, context }) => {
  const site = mkdtempSync(path.join(tmpdir(), 'vnet-site-'));
  cpSync('dist', site, { recursive: true });
  let server = await serve(site);
  const { port } = server.address() as AddressInfo;
  const home = `http://localhost:${port}${SUB_PATH}`;
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  try {
    await page.goto(home);
    const findings = page.getByRole('region', { name: 'Findings', exact: true });
    await expect(findings).toBeVisible();
    expect(failed).toEqual([]);
    // the service worker installs on the first visit and controls the page from the next load
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect(findings).toBeVisible();
    expect(await controlled(page)).toBe(true);

    // the server is gone: the app still loads and edits
    await close(server);
    await page.reload();
    await expect(findings).toBeVisible();
    const nodes = page.locator('.react-flow__node');
    const before = await nodes.count();
    await page.getByRole('button', { name: 'Add VNet', exact: true }).click();
    await expect(nodes).toHaveCount(before + 1);
    await page.screenshot({ path: 'e2e/artifacts/offline-editing.png' });

    // a new deployment (a changed service worker): the open page is told, and is not reloaded under the user
    writeFileSync(path.join(site, 'sw.js'), `${readFileSync(path.join(site, 'sw.js'), 'utf8')}\n// build 2\n`);
    server = await serve(site, port);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const prompt = page.getByRole('alertdialog');
    await expect(prompt).toContainText('A new version of VNet Peering Designer is available');
    await expect(nodes).toHaveCount(before + 1);
    await page.screenshot({ path: 'e2e/artifacts/update-prompt.png' });
    await prompt.getByRole('button', { name: 'Later' }).click();
    await expect(prompt).toHaveCount(0);
    await expect(nodes).toHaveCount(before + 1);
  } finally {
    if (server.listening) await close(server);
    await context.close();
    rmSync(site, { recursive: true, force: true });
  }
});
