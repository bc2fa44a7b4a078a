// Finds a Chromium or Chrome binary for the end-to-end tests and `npm start`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const INSTALL_HINT = [
  'No Chromium or Chrome was found. The end-to-end tests and `npm start` need one.',
  'Install one of:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  macOS:          brew install --cask chromium   (or install Google Chrome)',
  'or point CHROMIUM_PATH at an existing binary, e.g. CHROMIUM_PATH=/opt/google/chrome/chrome npm test',
].join('\n');

function which(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/** Returns the path of a usable Chromium, or null. Order: CHROMIUM_PATH, /usr/bin/chromium, chromium-browser, google-chrome. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = which(name);
    if (found) return found;
  }
  const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  return existsSync(mac) ? mac : null;
}

/** Flags that keep a test or demo browser quiet on a closed network. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--no-default-browser-check',
];
