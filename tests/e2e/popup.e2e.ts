import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension, ROOT, saveScreenshot, waitFor } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});
afterEach(() => {
  expect(ext.violations, 'no request may leave the browser').toEqual([]);
});

const badge = () => ext.inWorker(() => chrome.action.getBadgeText({}));

/** Runs axe-core in the page and returns the serious and critical violations. */
async function axeProblems(page: Page): Promise<string[]> {
  // The popup's CSP refuses inline scripts (addScriptTag), so axe is evaluated through the debugger protocol instead.
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact?: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  });
}

function isoIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('popup tracker in Chromium', () => {
  it('has no serious accessibility problems in the empty state', async () => {
    const page = await ext.openPopup();
    await page.getByRole('button', { name: 'Start tracking' }).waitFor();
    expect(await page.getByRole('heading', { name: 'StrongLetter' }).isVisible()).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });

  it('add a writer → advance stages → assign: next action and badge change; a 5th letter is refused', async () => {
    const page = await ext.openPopup();
    await page.getByLabel('Specialty you are applying to').fill('Internal Medicine');
    await page.getByLabel("First writer's name").fill('Dr. Lee');
    await page.getByRole('button', { name: 'Start tracking' }).click();
    await page.getByText('Ask Dr. Lee for mid-rotation feedback').waitFor();

    // An upload date 5 days away makes the letter's steps due: the badge shows them.
    await page.getByRole('tab', { name: 'Letters' }).click();
    await page.getByRole('button', { name: 'Edit Dr. Lee' }).click();
    await page.getByLabel('Upload by').fill(isoIn(5));
    await page.getByRole('button', { name: 'Save' }).click();
    const before = await waitFor(async () => (await badge()) || undefined, { message: 'a badge for the due steps' });

    // Keyboard: arrows move between tabs.
    await page.getByRole('tab', { name: 'Letters' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'Next' }).getAttribute('aria-selected')).toBe('true');

    const steps = [
      ['Mark working together', 'Ask Dr. Lee for a strong letter'],
      ['Mark asked', "Note Dr. Lee's answer to your request"],
      ['Mark agreed', 'Send the packet to Dr. Lee'],
      ['Mark packet sent', 'Send Dr. Lee the Letter ID'],
      ['Mark letter id sent', /Remind Dr. Lee: upload, due in 5 days/],
      ['Mark uploaded', "Assign Dr. Lee's letter to your programs"],
    ] as const;
    for (const [button, next] of steps) {
      await page.getByRole('button', { name: new RegExp(`^${button}`) }).click();
      await page.getByText(next).first().waitFor();
    }
    const after = await waitFor(
      async () => {
        const text = await badge();
        return text !== before ? { text } : undefined;
      },
      { message: 'the badge to change once the letter is uploaded' },
    );
    expect(after.text).not.toBe(before);

    // Four more writers, then one program: four letters go in, the fifth is refused.
    await page.getByRole('tab', { name: 'Letters' }).click();
    for (const name of ['Dr. A', 'Dr. B', 'Dr. C', 'Dr. D']) {
      await page.getByLabel("Writer's name").fill(name);
      await page.getByRole('button', { name: 'Add writer' }).click();
      await page.getByRole('button', { name: `Edit ${name}` }).waitFor();
    }
    await page.getByRole('tab', { name: 'Programs' }).click();
    await page.getByText('Add a program').click();
    await page.getByLabel('Program name').fill('Metro IM');
    await page.getByRole('button', { name: 'Add program' }).click();
    for (const name of ['Dr. Lee', 'Dr. A', 'Dr. B', 'Dr. C']) {
      const box = page.getByRole('checkbox', { name: `Send ${name}'s letter to Metro IM` });
      await box.click(); // controlled: it turns on once the write lands
      await waitFor(() => box.isChecked(), { message: `${name} assigned` });
    }
    await page.getByRole('checkbox', { name: "Send Dr. D's letter to Metro IM" }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('ERAS allows at most 4 letters per program');
    expect(await page.getByRole('checkbox', { name: "Send Dr. D's letter to Metro IM" }).isChecked()).toBe(false);

    // Assigned: Dr. Lee no longer has a next action.
    await page.getByRole('tab', { name: 'Next' }).click();
    await page.getByText('Ask Dr. A for mid-rotation feedback').waitFor();
    expect(await page.getByText("Assign Dr. Lee's letter to your programs").count()).toBe(0);

    expect(await axeProblems(page)).toEqual([]);
    for (const tab of ['Letters', 'Programs', 'Outreach']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await axeProblems(page), `${tab} tab`).toEqual([]);
    }
    await page.close();
  });

  it('sample data: looks right in light and dark, passes axe, and goes in one click', async () => {
    const page = await ext.openPopup();
    // The previous test left real data; sample data is only offered on an empty tracker.
    await ext.inWorker(async () => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('strongletter');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Look around with sample data' }).click();
    await page.getByText('You are looking at sample data.').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const tab of ['Next', 'Letters', 'Programs', 'Outreach']) {
        await page.getByRole('tab', { name: tab }).click();
        await saveScreenshot(page, `popup-${tab.toLowerCase()}-${scheme}`);
        expect(await axeProblems(page), `${tab} tab, ${scheme}`).toEqual([]);
      }
    }
    await page.getByRole('button', { name: 'Remove sample data' }).click();
    await page.getByRole('button', { name: 'Look around with sample data' }).waitFor();
    await page.close();
  });

  it('BENCH: time to first content, empty vs 500 letters, 200 programs and 2,000 deadlines (ratio <= 1.5)', async () => {
    await ext.inWorker(async () => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('strongletter');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      });
    });
    const page = await ext.openPopup();
    const firstContent = async () => {
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        await page.reload();
        const handle = await page.waitForFunction(
          () =>
            document.querySelector('[role="tabpanel"] li, form[novalidate] button[type="submit"]') && performance.now(),
          undefined,
          { polling: 'raf' },
        );
        times.push(Number(await handle.jsonValue()));
      }
      return times.sort((a, b) => a - b)[2];
    };
    const empty = await firstContent();
    await page.evaluate(seedLargeTracker);
    const seeded = await firstContent();
    console.log(
      `BENCH popup first content: empty ${empty.toFixed(0)} ms, seeded ${seeded.toFixed(0)} ms, ratio ${(seeded / empty).toFixed(2)} (target <= 1.5)`,
    );
    expect(seeded / empty).toBeLessThanOrEqual(1.5);
    await page.close();
  }, 60_000);
});

/** Writes 500 writers+letters, 200 programs and 2,000 deadlines straight into IndexedDB (runs in the popup page). */
async function seedLargeTracker(): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('strongletter');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stamp = new Date().toISOString();
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = ['prospect', 'working-together', 'asked', 'agreed', 'packet-sent', 'letter-id-sent', 'uploaded'];
  const tx = database.transaction(['writers', 'letters', 'programs', 'deadlines'], 'readwrite');
  for (let i = 0; i < 500; i++) {
    tx.objectStore('writers').put({
      id: `w${i}`,
      name: `Dr. Writer ${i}`,
      role: 'attending',
      usBased: i % 2 === 0,
      contactType: 'us-hands-on',
      weeksTogether: 4,
      createdAt: stamp,
      updatedAt: stamp,
    });
    tx.objectStore('letters').put({
      id: `l${i}`,
      writerId: `w${i}`,
      stage: stages[i % stages.length],
      stageDates: {},
      strongAgreed: i % 3 === 0,
      waiver: 'yes',
      service: 'ERAS',
      packet: { cv: false, personalStatement: false, cases: false, deadlineAndSteps: false },
      targetUploadDate: day(i % 60),
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  for (let i = 0; i < 200; i++) {
    tx.objectStore('programs').put({
      id: `p${i}`,
      name: `Program ${i}`,
      service: 'ERAS',
      visa: 'unknown',
      lettersRequired: 3,
      specialtyLetterRequired: false,
      chairLetterRequired: false,
      status: 'researching',
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  for (let i = 0; i < 2000; i++) {
    const dueDate = day((i % 120) - 20);
    tx.objectStore('deadlines').put({
      id: `d${i}`,
      title: `Deadline ${i}`,
      dueDate,
      kind: 'personal',
      source: 'user',
      done: false,
      dueAt: `${dueDate}T24:00`,
      pending: 1,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  database.close();
}
