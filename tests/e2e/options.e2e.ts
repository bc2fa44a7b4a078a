// The options page in real Chromium: profile, CSV import (bad then good, with the badge), ICS export, a calendar
// import with an unreadable event (cancel, then confirm), a custom site added from the page, a rule switched off
// live in an open Gmail compose, and axe-core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RULE_TEXTS } from '@/lib/core/phrasing/texts';
import {
  dateFromToday,
  everyDayAnApplicationDay,
  ROOT,
  saveScreenshot,
  WEBMAIL_URLS,
  waitFor,
  withExtension,
} from './harness';
import { underlines } from './hints-page';

const FORUM = 'https://forum.example.org/messages/new';
let options: Page;
// The host permission for the forum is already granted, so permissions.request answers yes without a prompt
// (a headless browser cannot click the prompt); the page still asks, registers and saves as it would.
const { ext, pageErrors } = withExtension({
  grantedHosts: ['https://forum.example.org/*'],
  setup: async (ext) => {
    await everyDayAnApplicationDay(ext);
    options = await ext.openOptions();
    options.on('pageerror', (error) => pageErrors.push(error.message));
  },
});

const settings = () =>
  ext.inWorker(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
const deadlineTitles = () =>
  options.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('strongletter');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('deadlines').objectStore('deadlines').getAll();
          request.onsuccess = () => resolve(request.result.map((d: { title: string }) => d.title));
          request.onerror = () => reject(request.error);
        };
      }),
  );
const badge = () => ext.inWorker(() => chrome.action.getBadgeText({}));

describe('options page', () => {
  it('saves the profile', async () => {
    const profile = options.getByRole('region', { name: 'Profile' });
    await profile.getByLabel('Specialty').fill('Internal Medicine');
    await profile.getByLabel('Visa need').selectOption({ label: 'J-1' });
    await profile.getByLabel('Application service').selectOption('ERAS');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await profile.getByText('Profile saved.').waitFor();
    expect(await settings()).toMatchObject({ specialty: 'Internal Medicine', visaNeed: 'j1', service: 'ERAS' });
  });

  it('lists the bad rows of a CSV and writes nothing; a good CSV is written and the badge changes', async () => {
    const before = await deadlineTitles();
    const input = options.getByLabel('Import CSV');
    const bad = `Title,Due date,Due time,Time zone\nE2E good row,${dateFromToday(2)},,\nE2E bad date,2026-02-31,,\n,${dateFromToday(3)},,\nE2E bad zone,${dateFromToday(3)},09:00,Mars/Base\n`;
    await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const errors = options.getByRole('list', { name: 'Row errors' });
    await errors.waitFor();
    expect(await errors.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    expect(await options.getByRole('button', { name: 'Import these rows' }).isDisabled()).toBe(true);
    await options.getByRole('button', { name: 'Cancel import' }).click();
    expect(await deadlineTitles()).toEqual(before);

    const badgeBefore = await badge();
    const good = `Title,Due date,Due time,Time zone\nE2E submit packet,${dateFromToday(1)},09:00,America/New_York\nE2E send Letter ID,${dateFromToday(2)},,\n`;
    await input.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await options.getByRole('button', { name: 'Import these rows' }).click();
    await options.getByText(/Imported deadlines: 2 new/).waitFor();
    expect(await deadlineTitles()).toEqual(expect.arrayContaining(['E2E submit packet', 'E2E send Letter ID']));
    const expected = String(Number(badgeBefore || '0') + 2);
    await waitFor(async () => (await badge()) === expected, { message: `badge ${badgeBefore} → ${expected}` });
  });

  it('exports an ICS whose timed Eastern deadline is in UTC and whose all-day one is a DATE', async () => {
    const form = options.getByRole('form', { name: 'Add a deadline' });
    await form.getByLabel('What is due').fill('E2E ERAS opens');
    await form.getByLabel('Due date').fill('2027-09-24');
    await form.getByLabel('Time (optional)').fill('09:00');
    await form.getByLabel('Time zone (optional)').fill('America/New_York');
    await form.getByRole('button', { name: 'Add deadline' }).click();
    await options.getByRole('cell', { name: 'E2E ERAS opens', exact: true }).waitFor();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export deadlines to calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^strongletter-deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    const event = (title: string) =>
      ics.split('BEGIN:VEVENT').find((block) => block.includes(`SUMMARY:${title}`)) ?? '';
    expect(event('E2E ERAS opens')).toContain('DTSTART:20270924T130000Z'); // 09:00 EDT
    expect(event('E2E send Letter ID')).toContain(`DTSTART;VALUE=DATE:${dateFromToday(2).replaceAll('-', '')}`);
  });

  it('lists the calendar events it cannot read, writes nothing on cancel, and the rest after confirming', async () => {
    const day = dateFromToday(4).replaceAll('-', '');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:e2e-good@example.org',
      'SUMMARY:E2E calendar interview',
      `DTSTART;TZID=America/New_York:${day}T100000`,
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:e2e-bad@example.org',
      'SUMMARY:E2E broken event',
      'DTSTART:20260230',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const before = await deadlineTitles();
    const input = options.getByLabel('Import calendar (.ics)');
    const file = { name: 'partial.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) };
    await input.setInputFiles(file);
    const bad = options.getByRole('list', { name: 'Events that cannot be read' });
    await bad.waitFor();
    expect(await bad.getByRole('listitem').allTextContents()).toEqual([
      'Line 8, "E2E broken event": 2026-02-30 is not a real date',
    ]);
    await options.getByRole('button', { name: 'Cancel calendar import' }).click();
    await options.getByText('Calendar import cancelled. Nothing was changed.').waitFor();
    expect(await deadlineTitles()).toEqual(before);

    await input.setInputFiles(file);
    await options.getByRole('button', { name: 'Leave those out and import the rest' }).click();
    await options
      .getByText(/Imported from the calendar: 1 new, 0 updated\. 1 event that cannot be read was left out\./)
      .waitFor();
    const after = await deadlineTitles();
    expect(after).toContain('E2E calendar interview');
    expect(after).not.toContain('E2E broken event');
    expect(after).toHaveLength(before.length + 1);
  });

  it('adds a custom site from the page, hints appear on a page served there, and removing it unregisters the script', async () => {
    const sites = options.getByRole('region', { name: 'Sites' });
    await sites.getByLabel('Site address').fill('forum.example.org');
    await sites.getByRole('button', { name: 'Add site' }).click();
    await sites.getByText(/Site added/).waitFor();
    expect((await settings()).customSites).toEqual(['https://forum.example.org']);
    const forum = await ext.openFixture(FORUM, 'generic-compose.html');
    await waitFor(async () => (await underlines(forum)).length > 0, { message: 'underlines on the custom site' });
    await forum.close();
    expect(
      await ext.inWorker(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches)),
    ).toEqual([['https://forum.example.org/*']]);
    await sites.getByRole('button', { name: 'Remove https://forum.example.org' }).click();
    await sites.getByText(/removed/).waitFor();
    expect(await ext.inWorker(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    expect((await settings()).customSites).toEqual([]);
  });

  it('turning a rule off removes its underlines from an open Gmail compose', async () => {
    const gmail = await ext.openFixture(WEBMAIL_URLS.gmail, 'gmail-compose.html');
    await waitFor(async () => (await underlines(gmail)).some((u) => u.ruleId === 'faint-satisfactory'), {
      message: 'the satisfactory underline',
    });
    await options.bringToFront();
    await options.locator('details:has(input[data-rule-id="faint-satisfactory"]) summary').click();
    await options.locator('input[data-rule-id="faint-satisfactory"]').uncheck();
    await waitFor(async () => !(await underlines(gmail)).some((u) => u.ruleId === 'faint-satisfactory'), {
      message: 'the underline to go',
    });
    expect((await underlines(gmail)).length).toBeGreaterThan(0); // other rules still draw
    await gmail.close();
  });

  it('the preview lists the checks of the whole text, with the rules’ words from the catalog, for the kind chosen', async () => {
    const phrasing = options.getByRole('region', { name: 'Phrasing' });
    const letter =
      'Dr. Maria Lopez rotated with our team last spring. She is a pleasant young doctor who attended rounds every day and was eager to learn. I recommend her.\n\nSincerely,\nDr. A. Brown';
    await phrasing.getByLabel(/Try it/).fill(letter);
    await phrasing.getByText(/Reads as: Letter of recommendation/).waitFor();
    const whole = phrasing.getByRole('list', { name: 'About the text as a whole' });
    const ids = () => whole.locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-id')));
    expect(await ids()).toEqual(expect.arrayContaining(['letter-no-example', 'letter-too-short']));
    // The rule's title and explanation are the catalog's words, not its id.
    const example = whole.locator('li[data-rule-id="letter-no-example"]');
    expect(await example.textContent()).toContain(RULE_TEXTS['letter-no-example'].title);
    await phrasing.getByLabel('Read it as').selectOption('request');
    await waitFor(async () => (await ids()).includes('request-no-deadline'), { message: 'the request checks' });
    expect(await ids()).not.toContain('letter-no-example');
    await phrasing.getByLabel(/Try it/).fill('');
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe-core violations in the %s theme',
    async (scheme) => {
      await options.emulateMedia({ colorScheme: scheme });
      await options.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(options, `options-${scheme}`);
      // Runs the library through CDP: the extension page's CSP refuses an inline <script> tag.
      await options.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
      await options
        .locator('details')
        .first()
        .evaluate((el) => el.setAttribute('open', ''));
      const violations = await options.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
        ).axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      });
      expect(violations.map((v) => `${v.id} (${v.impact})`)).toEqual([]);
    },
  );

  it('has no serious or critical axe-core violations with its panels open (CSV and calendar previews, deadline edit, delete confirmation)', async () => {
    await options.emulateMedia({ colorScheme: 'light' });
    await options.reload();
    const bad = `Title,Due date\nE2E axe row,2026-02-31\n`;
    await options
      .getByLabel('Import CSV')
      .setInputFiles({ name: 'axe.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await options.getByRole('list', { name: 'Row errors' }).waitFor();
    const calendar = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:e2e-axe-weekly@example.org',
      'SUMMARY:E2E axe weekly call',
      `DTSTART;VALUE=DATE:${dateFromToday(1).replaceAll('-', '')}`,
      'RRULE:FREQ=WEEKLY;COUNT=4',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:E2E axe broken',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await options
      .getByLabel('Import calendar (.ics)')
      .setInputFiles({ name: 'axe.ics', mimeType: 'text/calendar', buffer: Buffer.from(calendar) });
    await options.getByRole('list', { name: 'Events that cannot be read' }).waitFor();
    await options
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('alertdialog').waitFor();
    await options.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await options.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await options.keyboard.press('Escape');
    await options.getByRole('button', { name: 'Cancel import' }).click();
    await options.getByRole('button', { name: 'Cancel calendar import' }).click();
  });

  it('is usable from the keyboard: Enter in a profile field saves, Tab moves to the next control', async () => {
    await options.reload();
    const specialty = options.getByRole('region', { name: 'Profile' }).getByLabel('Specialty');
    await specialty.focus();
    await options.keyboard.press('Control+a');
    await options.keyboard.type('Pediatrics');
    await options.keyboard.press('Enter');
    await options.getByText('Profile saved.').waitFor();
    expect((await settings()).specialty).toBe('Pediatrics');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
  });
});
