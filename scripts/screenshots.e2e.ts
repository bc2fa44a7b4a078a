import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { distinctColours, type Extension, launchExtension, ROOT, WEBMAIL_URLS, waitFor } from '../tests/e2e/harness';
import { underlines } from '../tests/e2e/hints-page';

// `npm run screenshots`: refreshes the README's pictures from the built extension in Chromium.
let ext: Extension;
const out = join(ROOT, 'docs/screenshots');
beforeAll(async () => {
  ext = await launchExtension();
  mkdirSync(out, { recursive: true });
});
afterAll(async () => {
  await ext?.close();
});

it('takes the README screenshots', async () => {
  const popup = await ext.openPopup();
  await popup.getByRole('button', { name: 'Look around with sample data' }).click();
  await popup.getByRole('tabpanel').waitFor();
  const popupPng = await popup.screenshot();
  expect(await distinctColours(popup, popupPng)).toBeGreaterThan(8);
  writeFileSync(join(out, 'popup.png'), popupPng);

  const options = await ext.openOptions();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.getByRole('heading', { level: 1 }).waitFor();
  writeFileSync(join(out, 'options.png'), await options.screenshot());

  const gmail = await ext.openFixture(WEBMAIL_URLS.gmail, 'gmail-compose.html');
  const drawn = await waitFor(async () => {
    const found = await underlines(gmail);
    return found.length ? found : undefined;
  });
  const target = drawn.find((u) => u.ruleId === 'faint-satisfactory') ?? drawn[0];
  await gmail.mouse.move(target.centres[0][0], target.centres[0][1]);
  await gmail.locator('strongletter-overlay .card').waitFor();
  writeFileSync(join(out, 'hints.png'), await gmail.screenshot());
});
