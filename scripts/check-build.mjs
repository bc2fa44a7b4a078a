// `npm run test:build`: builds the store zips for Chrome and Firefox, checks both manifests ask for no more
// than the features need, and runs Mozilla's add-on linter on the Firefox build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lintFirefox } from './firefox-lint.mjs';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const zip = spawnSync('npm', ['run', '--silent', 'zip'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (zip.status !== 0) process.exit(zip.status ?? 1);

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
for (const browser of ['chrome', 'firefox']) {
  const file = join(root, '.output', `${pkg.name}-${pkg.version}-${browser}.zip`);
  check(existsSync(file) && statSync(file).size > 10_000, `${browser} store zip exists (${file})`);
}

const webmail = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office365.com/*',
  'https://mail.yahoo.com/*',
];
const allowedApi = ['storage', 'unlimitedStorage', 'alarms', 'scripting'];
const chrome = JSON.parse(readFileSync(join(root, '.output/chrome-mv3/manifest.json'), 'utf8'));
check(chrome.manifest_version === 3 && chrome.name === 'StrongLetter', 'Chrome manifest is MV3 and named StrongLetter');
check(
  chrome.permissions.every((p) => allowedApi.includes(p)),
  `Chrome permissions are only ${allowedApi.join(', ')}`,
);
check(
  chrome.host_permissions.length === webmail.length && chrome.host_permissions.every((h) => webmail.includes(h)),
  'Chrome host access is only the webmail sites',
);
check(!JSON.stringify(chrome).includes('<all_urls>'), 'no <all_urls> anywhere');
const firefox = JSON.parse(readFileSync(join(root, '.output/firefox-mv2/manifest.json'), 'utf8'));
check(!!firefox.browser_specific_settings?.gecko?.id, 'Firefox manifest has a gecko id');
check(
  firefox.permissions.every((p) => allowedApi.includes(p) || webmail.includes(p)),
  'Firefox permissions are only the API permissions and the webmail sites',
);
check(!firefox.content_security_policy, 'no relaxed content security policy (no remote code)');
check(
  JSON.stringify(firefox.browser_specific_settings?.gecko?.data_collection_permissions) === '{"required":["none"]}',
  'Firefox manifest declares that no data is collected',
);

// The content script runs in every webmail tab: its JavaScript stays within 40 KB gzipped (analyzer included).
// The rules' words travel in the locale catalog instead, which both browsers load themselves.
for (const dir of ['chrome-mv3', 'firefox-mv2']) {
  const script = join(root, '.output', dir, 'content-scripts/webmail.js');
  const size = existsSync(script) ? gzipSync(readFileSync(script), { level: 9 }).length : Infinity;
  check(size <= 40 * 1024, `${dir} content script is ${(size / 1024).toFixed(1)} KB gzipped (budget 40 KB)`);
  // zod is set to jitless by the other entrypoints (lib/core/model/zod-jitless.ts); the content script has none.
  check(!readFileSync(script, 'utf8').includes('$ZodType'), `${dir} content script carries no zod`);
  const catalog = join(root, '.output', dir, '_locales/en/messages.json');
  const messages = existsSync(catalog) ? Object.keys(JSON.parse(readFileSync(catalog, 'utf8'))) : [];
  check(
    messages.some((name) => name.endsWith('_explanation')),
    `${dir} carries the rules' words in _locales/en/messages.json (${messages.length} messages)`,
  );
  const manifest = JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8'));
  check(manifest.default_locale === 'en', `${dir} manifest names its default locale`);
}

// addons.mozilla.org's linter: no error, and no warning but React's own innerHTML assignment.
const lint = await lintFirefox(join(root, '.output/firefox-mv2'));
for (const finding of lint.findings) console.log(`     ${finding}`);
check(
  lint.findings.length === 0,
  `web-ext lint on .output/firefox-mv2: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings, none but React's innerHTML`,
);

console.log(`${failures.length ? 0 : 1} passed, ${failures.length ? 1 : 0} failed`);
if (failures.length) process.exit(1);
