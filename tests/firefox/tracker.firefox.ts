// The tracker in Firefox ESR, installed as a temporary add-on: the popup's first run and sample data, the options
// page's backup (exported, refused when bad, restored) and CSV import, and the toolbar badge.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readDatabase } from '../support/database';
import { type FirefoxExtension, launchFirefox, waitFor } from './harness';
import { click, exists, fill, setValue, upload, waitForText } from './ui';

let ext: FirefoxExtension;
const pageErrors: string[] = [];

beforeAll(async () => {
  ext = await launchFirefox({ install: 'temporary' });
});
afterAll(async () => {
  await ext?.close();
});
afterEach(() => {
  expect(ext.violations, 'no request may leave the browser').toEqual([]);
  expect(pageErrors, 'no errors on extension pages').toEqual([]);
});

async function open(path: 'popup.html' | 'options.html'): Promise<Page> {
  const page = await ext.openExtensionPage(path);
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${(error as Error).message}`));
  return page;
}

const database = (page: Page) => page.evaluate(readDatabase, null);
const badge = () => ext.api((api) => api.browserAction.getBadgeText({}));

/** A local calendar date `days` from today, as the date input wants it. */
function localDate(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('the popup in Firefox', () => {
  it('offers sample data on an empty tracker, shows it, and removes it in one click', async () => {
    const popup = await open('popup.html');
    await click(popup, { button: 'Look around with sample data' });
    await waitForText(popup, 'You are looking at sample data.');
    const withSample = await database(popup);
    expect(withSample.writers.length).toBeGreaterThan(0);
    expect(withSample.writers.every((w) => (w as { sample?: boolean }).sample)).toBe(true);
    await click(popup, { button: 'Remove sample data' });
    await waitForText(popup, 'Start in a minute');
    expect((await database(popup)).writers).toEqual([]);
    await popup.close();
  });

  it('first run: specialty and a first writer start the tracker with its next step', async () => {
    const popup = await open('popup.html');
    await fill(popup, { label: 'Specialty you are applying to' }, 'Internal Medicine');
    await fill(popup, { label: "First writer's name" }, 'Dr. Lee');
    await click(popup, { button: 'Start tracking' });
    await waitForText(popup, 'Ask Dr. Lee for mid-rotation feedback');
    const db = await database(popup);
    expect(db.writers).toEqual([expect.objectContaining({ name: 'Dr. Lee' })]);
    expect(db.letters).toHaveLength(1);
    const settings = await ext.api(async (api) => (await api.storage.local.get('settings')).settings, undefined, popup);
    expect(settings).toMatchObject({ specialty: 'Internal Medicine' });
    await popup.close();
  });
});

describe('the options page in Firefox', () => {
  let options: Page;
  let backupFile: string;

  it('exports a backup to a file', async () => {
    options = await open('options.html');
    await click(options, { button: 'Export backup (JSON)' });
    // Firefox creates the file first and fills it in after: wait until it parses.
    const readBackup = () => {
      const name = readdirSync(ext.downloads).find((file) => /^strongletter-backup-.*\.json$/.test(file));
      if (!name) return undefined;
      try {
        return { name, backup: JSON.parse(readFileSync(join(ext.downloads, name), 'utf8')) };
      } catch {
        return undefined;
      }
    };
    const { name, backup } = await waitFor(readBackup, { message: 'the backup download' });
    backupFile = name;
    expect(backup.format).toBe('strongletter-backup');
    expect(backup.data.writers).toEqual([expect.objectContaining({ name: 'Dr. Lee' })]);
  });

  it('refuses a bad backup, saying why, and changes nothing', async () => {
    const before = await database(options);
    const good = JSON.parse(readFileSync(join(ext.downloads, backupFile), 'utf8'));
    // A letter whose writer is not in the file, and a date that does not exist.
    good.data.letters[0].writerId = 'nobody';
    good.data.deadlines.push({ ...good.data.deadlines[0], id: 'bad-date', title: 'Bad date', dueDate: '2026-02-31' });
    const bad = join(ext.downloads, 'bad-backup.json');
    writeFileSync(bad, JSON.stringify(good));
    await upload(options, { label: 'Import backup' }, bad);
    const text = await waitForText(options, 'This backup cannot be used.');
    expect(text).toContain('Nothing was changed.');
    expect(await exists(options, { button: 'Restore backup' })).toBe(false);
    expect(await database(options)).toEqual(before);
  });

  it('restores the exported backup after everything was deleted', async () => {
    await click(options, { button: 'Delete all data…' });
    await click(options, { button: 'Delete everything' });
    await waitFor(async () => (await database(options)).writers?.length === 0, { message: 'the data to go' });
    await upload(options, { label: 'Import backup' }, join(ext.downloads, backupFile));
    await waitForText(options, 'This backup holds');
    await click(options, { button: 'Restore backup' });
    await waitForText(options, /Backup restored \(merge\)/);
    expect((await database(options)).writers).toEqual([expect.objectContaining({ name: 'Dr. Lee' })]);
  });

  it('imports deadlines from a CSV: bad rows are listed and nothing is written, good rows go in', async () => {
    const before = await database(options);
    const bad = join(ext.downloads, 'bad.csv');
    writeFileSync(bad, `Title,Due date\nFF good row,${localDate(5)}\nFF bad date,2026-02-31\n`);
    await upload(options, { label: 'Import CSV' }, bad);
    await waitForText(options, 'FF bad date');
    expect(
      await options.evaluate(() => document.querySelectorAll('[aria-label="Row errors"] li').length),
    ).toBeGreaterThanOrEqual(1);
    await click(options, { button: 'Cancel import' });
    expect(await database(options)).toEqual(before);

    const good = join(ext.downloads, 'good.csv');
    writeFileSync(
      good,
      `Title,Due date,Due time,Time zone\nFF submit packet,${localDate(20)},09:00,America/New_York\n`,
    );
    await upload(options, { label: 'Import CSV' }, good);
    await click(options, { button: 'Import these rows' });
    await waitForText(options, /Imported deadlines: 1 new/);
    const titles = (await database(options)).deadlines.map((d) => (d as unknown as { title: string }).title);
    expect(titles).toContain('FF submit packet');
  });

  it('counts a deadline due today on the toolbar badge', async () => {
    const before = Number((await badge()) || 0);
    const form = 'form[aria-label="Add a deadline"]';
    await fill(options, { within: form, label: 'What is due' }, 'FF upload today');
    await setValue(options, { within: form, label: 'Due date' }, localDate(0));
    await click(options, { within: form, button: 'Add deadline' });
    await waitForText(options, 'FF upload today');
    await waitFor(async () => Number((await badge()) || 0) === before + 1, {
      message: `the badge to reach ${before + 1}`,
    });
    const title = await ext.api((api) => api.browserAction.getTitle({}));
    expect(title).toContain('FF upload today');
    await options.close();
  });
});
