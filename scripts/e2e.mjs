// `npm run test:e2e`: builds the extension for Chromium (MV3) and Firefox (MV2) and runs each end-to-end suite in
// its real browser: tests/e2e in Chromium, tests/firefox in Firefox ESR. A missing browser fails the run, by name.
// E2E_INCLUDE='tests/e2e/popup.e2e.ts' (or a tests/firefox/*.firefox.ts file) runs one file in its browser.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './chromium.mjs';
import { FIREFOX_INSTALL_HINT, findFirefox } from './firefox.mjs';

const include = process.env.E2E_INCLUDE ?? '';
const wants = {
  chromium: !include.endsWith('.firefox.ts'),
  firefox: !include || include.endsWith('.firefox.ts'),
};

const browsers = {};
if (wants.chromium) {
  browsers.chromium = findChromium();
  if (!browsers.chromium) {
    if (process.env.CHROMIUM_PATH) console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
if (wants.firefox) {
  browsers.firefox = findFirefox();
  if (!browsers.firefox) {
    if (process.env.FIREFOX_PATH) console.error(`FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist.`);
    console.error(FIREFOX_INSTALL_HINT);
    process.exit(1);
  }
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const extra = process.argv.slice(2);
if (wants.chromium) {
  if (!process.env.E2E_SKIP_BUILD) run('npx', ['wxt', 'build']);
  run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...extra], { CHROMIUM_PATH: browsers.chromium });
}
if (wants.firefox) {
  if (!process.env.E2E_SKIP_BUILD) run('npx', ['wxt', 'build', '-b', 'firefox']);
  console.log(`\nFirefox end-to-end suite (${browsers.firefox})`);
  run('npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts', ...extra], { FIREFOX_PATH: browsers.firefox });
}
