import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension, waitFor } from '@/tests/e2e/harness';

// `npm run bench:popup`: time to first content of the popup in real Chromium, empty and then seeded with
// 500 letters, 200 programs and 2,000 deadlines (restored from a backup through the options page).

const RUNS = 7;
let ext: Extension;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const day = (offset: number) => new Date(Date.UTC(2027, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

function seededBackup(): string {
  const stages = ['prospect', 'working-together', 'asked', 'agreed', 'packet-sent', 'letter-id-sent', 'uploaded'];
  const writers = Array.from({ length: 250 }, (_, i) => ({
    id: `w${i}`,
    name: `Dr. Writer ${i}`,
    role: 'attending',
    usBased: i % 3 !== 0,
    contactType: i % 2 ? 'us-hands-on' : 'observership',
    weeksTogether: 4,
  }));
  const letters = Array.from({ length: 500 }, (_, i) => ({
    id: `l${i}`,
    writerId: `w${i % 250}`,
    stage: stages[i % stages.length],
    stageDates: {},
    strongAgreed: i % 2 === 0,
    waiver: 'yes',
    service: 'ERAS',
    packet: { cv: true, personalStatement: false, cases: false, deadlineAndSteps: false },
  }));
  const programs = Array.from({ length: 200 }, (_, i) => ({
    id: `p${i}`,
    name: `Program ${i}`,
    service: 'ERAS',
    visa: 'unknown',
    lettersRequired: 3,
    specialtyLetterRequired: false,
    chairLetterRequired: false,
    status: 'researching',
  }));
  const deadlines = Array.from({ length: 2000 }, (_, i) => ({
    id: `d${i}`,
    title: `Deadline ${i}`,
    dueDate: day(i % 365),
    kind: 'personal',
    source: 'user',
    done: i % 4 === 0,
  }));
  const at = new Date().toISOString();
  const stamp = <T extends object>(records: T[]) => records.map((r) => ({ ...r, createdAt: at, updatedAt: at }));
  return JSON.stringify({
    format: 'strongletter-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    data: {
      writers: stamp(writers),
      letters: stamp(letters),
      programs: stamp(programs),
      assignments: [],
      deadlines: stamp(deadlines),
      outreach: [],
    },
  });
}

/** Median ms from navigation start until the popup shows its first real content. */
async function timeToFirstContent(selector: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page: Page = await ext.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`, { waitUntil: 'commit' });
    await page.waitForFunction((s) => !!document.querySelector(s), selector, { polling: 'raf' });
    samples.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(RUNS / 2)];
}

describe('popup speed', () => {
  it('shows first content about as fast seeded as empty (ratio <= 1.5)', async () => {
    const empty = await timeToFirstContent('section[aria-labelledby="start-heading"]');

    const options = await ext.openOptions();
    await options.getByLabel('Import backup').setInputFiles({
      name: 'seed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(seededBackup()),
    });
    const problem = options.getByText('This backup cannot be used');
    const ready = options.getByText('Replace: everything now stored is deleted first');
    await waitFor(async () => (await problem.count()) + (await ready.count()), { message: 'the backup to be read' });
    if (await problem.count()) throw new Error(await problem.innerText());
    await ready.click();
    await options.getByRole('button', { name: 'Restore backup' }).click();
    await waitFor(() => options.getByText(/restored|Restored/).count(), { timeout: 60_000, message: 'the restore' });
    await options.close();

    const seeded = await timeToFirstContent('[role="tabpanel"] > *');
    const ratio = seeded / empty;
    console.log(
      `BENCH popup first content: empty ${empty.toFixed(1)} ms, seeded (500 letters, 200 programs, 2,000 deadlines) ${seeded.toFixed(1)} ms; ratio ${ratio.toFixed(2)} (target <= 1.5)`,
    );
    expect(ratio).toBeLessThanOrEqual(1.5);
  });
});
