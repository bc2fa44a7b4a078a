// `npm run test:e2e`: builds the Chrome MV3 extension and runs the end-to-end suite in real Chromium.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  if (process.env.CHROMIUM_PATH) console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  console.error(INSTALL_HINT);
  process.exit(1);
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.env.E2E_SKIP_BUILD) run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  CHROMIUM_PATH: chromium,
});
