// Runs the Playwright browser tests, or says exactly what to install when no Chromium can be found.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
function findChromium() {
  for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (c && existsSync(c)) return c;
  try {
    const own = require('@playwright/test').chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* none */
  }
  return undefined;
}
if (!findChromium()) {
  console.error(
    'No Chromium found for the browser tests. Install one of: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      '`npx playwright install chromium` (other systems), or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  );
  process.exit(1);
}
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
