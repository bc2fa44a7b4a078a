// Finds a Firefox binary for the Firefox end-to-end tests (Debian's firefox-esr is what CI installs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const FIREFOX_INSTALL_HINT = [
  'No Firefox was found. The Firefox end-to-end tests need Firefox ESR 140 or newer (an unbranded or ESR build:',
  'release Firefox ignores the setting that lets the tests install the unsigned build permanently).',
  'Install one of:',
  '  Debian/Ubuntu:  sudo apt-get install -y firefox-esr',
  '  macOS:          brew install --cask firefox@esr',
  'or point FIREFOX_PATH at an existing binary, e.g. FIREFOX_PATH=/opt/firefox-esr/firefox npm test',
].join('\n');

function which(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/** Returns the path of a usable Firefox, or null. Order: FIREFOX_PATH, /usr/bin/firefox-esr, firefox-esr, firefox. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  for (const name of ['firefox-esr', 'firefox']) {
    const found = which(name);
    if (found) return found;
  }
  const mac = '/Applications/Firefox.app/Contents/MacOS/firefox';
  return existsSync(mac) ? mac : null;
}
