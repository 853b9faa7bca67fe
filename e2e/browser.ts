/**
 * Which Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download. Shared by playwright.config.ts, scripts/run-e2e.mjs and the canvas bench.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed
  }
  return undefined;
}

export const INSTALL_HINT =
  'No Chromium found for the browser tests. Install one of: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  '`npx playwright install chromium` (other systems), or set CHROMIUM_PATH to a Chromium/Chrome binary.';
