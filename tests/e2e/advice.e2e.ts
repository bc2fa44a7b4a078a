import { describe, expect, it } from 'vitest';
import { waitFor, withExtension } from './harness';

// Issue 16 as a user meets it: a letter added with its rotation dates is timed from the rotation ("ask in the
// last week"), the request email opens while working together, and the verdict counts only secured letters.
const { ext } = withExtension();

/** A calendar date `days` from today on this machine's clock, YYYY-MM-DD. */
function isoIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('advice an IMG can trust', () => {
  it('a letter added with rotation dates: "ask in the last week", then the request email from Working together', async () => {
    const page = await ext.openPopup();
    await page.getByLabel('Specialty you are applying to').fill('Internal Medicine');
    await page.getByLabel("First writer's name").fill('Prof. Home');
    await page.getByLabel('How they know you').selectOption('home-country');
    await page.getByRole('button', { name: 'Start tracking' }).click();
    await page.getByRole('tab', { name: 'Letters' }).click();

    // Quick add with where and when: a four-week rotation that started a week ago.
    await page.getByLabel("Writer's name").fill('Dr. Rivera');
    await page.getByText('Where and when').click();
    await page.getByLabel('Institution').fill('Mercy Hospital');
    await page.getByLabel('Rotation start').fill(isoIn(-7));
    await page.getByLabel('Rotation end').fill(isoIn(20));
    await page.getByRole('button', { name: 'Add writer' }).click();
    await page.getByText('Added Dr. Rivera, working together now.').waitFor();
    await page.getByRole('heading', { name: 'Working together (1)' }).waitFor();

    await page.getByRole('tab', { name: 'Next' }).click();
    await page.getByText(/^Ask Dr\. Rivera for a strong letter in the last week of the rotation \(from /).waitFor();

    // The ask happens before "Asked": the kit is there while working together.
    await page.getByRole('tab', { name: 'Letters' }).click();
    await page.getByRole('button', { name: 'Kit for Dr. Rivera' }).click();
    const email = (await page.getByTestId('kit-text').textContent()) ?? '';
    expect(email).toContain('Dear Dr. Rivera,');
    expect(email).toMatch(/during my hands-on rotation in the US at Mercy Hospital \(\w+( \d{4})?(–\w+)? \d{4}\)/);
    expect(email).toMatch(/in the \d{4} Match/);
    expect(email).toContain('I will waive my right to see the letter.');
    expect(email).toContain('ERAS Letter Request Form');
    expect(email).toMatch(/uploaded by \w+day, \w+ \d+, \d{4}/);
    expect(email).not.toMatch(/residency residency|us hands-on/i);
    await page.close();
  });

  it('the verdict shows secured against planned, and an agreed letter moves from one to the other', async () => {
    const page = await ext.openPopup();
    const summary = page.getByTestId('strength-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe('secured 0 of 4 · planned 2');
    expect(await page.getByRole('list', { name: 'Planned letters' }).textContent()).toMatch(
      /Dr\. Rivera \(Working together\): would add a US clinical letter, in Internal Medicine once they agree\./,
    );

    await page.getByRole('tab', { name: 'Letters' }).click();
    await page.getByRole('button', { name: 'Edit Dr. Rivera' }).click();
    await page.getByLabel('Stage').selectOption('agreed');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Agreed (1)' }).waitFor();
    await page.getByRole('tab', { name: 'Next' }).click();
    await waitFor(async () => (await summary.textContent()) === 'secured 1 of 4 · planned 1', {
      message: 'the agreed letter to count as secured',
    });
    expect(await page.getByText('At risk').first().isVisible()).toBe(true);
    await page.close();
  });
});
