import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { detectKind } from '@/lib/core/phrasing/detect';
import { catalogLookup } from '@/lib/core/phrasing/locale';
import { setMessageLookup } from '@/lib/core/phrasing/text-source';
import { HINT_UI_TEXTS, RULE_TEXTS } from '@/lib/core/phrasing/texts';
import { ROOT, WEBMAIL_URLS, waitFor, withExtension } from './harness';
import { placements } from './hints-page';

// A draft whose kind the analyzer cannot tell: the compose panel lets the user say what it is, by keyboard,
// and the whole-text checks of that kind follow.
// detectKind reads its patterns from the catalog, as the extension does.
setMessageLookup(catalogLookup());

const { ext, pageErrors } = withExtension();

// A terse letter with no pronouns about the applicant and no ask: nothing marks it as a letter.
const DRAFT = [
  'To the selection committee,',
  'Ravi Menon: pleasant, polite and well liked by the nurses and residents on our medicine ward. Good knowledge for his level.',
  'Sincerely,',
];

async function openDraft(lines = DRAFT, quoteHtml = ''): Promise<Page> {
  await ext.serve(WEBMAIL_URLS.gmail, 'gmail-compose.html');
  const page = await ext.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(WEBMAIL_URLS.gmail);
  const body = page.locator('[g_editable="true"]');
  await body.waitFor();
  // The user pastes the draft over the demo text.
  await body.evaluate(
    (el, [lines, quote]) => {
      el.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
      if (quote) el.insertAdjacentHTML('beforeend', quote);
    },
    [lines, quoteHtml] as const,
  );
  return page;
}

/** Serious or critical axe-core violations inside the extension's overlay (the fixture page itself is not ours). */
async function overlayViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    type Rule = { id: string; impact: string; nodes: { target: unknown }[] };
    type Result = { violations: Rule[]; passes: Rule[] };
    const result = await (window as unknown as { axe: { run: () => Promise<Result> } }).axe.run();
    const ours = (v: Rule) => v.nodes.some((n) => JSON.stringify(n.target).includes('strongletter-overlay'));
    // axe must have looked inside the overlay's shadow root at all, or an empty list would prove nothing.
    if (!result.passes.some(ours)) return ['axe did not reach the overlay'];
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .filter(ours)
      .map((v) => `${v.id} (${v.impact})`);
  });
}

describe('saying what the email is', () => {
  it('offers letter, request or cold email for a draft of unknown kind; choosing letter brings the letter checks', async () => {
    expect(detectKind(DRAFT.join('\n'))).toBe('unknown');
    const page = await openDraft();
    const chip = page.locator('strongletter-overlay .chip');
    const panel = page.locator('strongletter-overlay .panel');
    await waitFor(async () => Number(await chip.getAttribute('data-count')) > 0, { message: 'the draft to be read' });
    await chip.focus();
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'visible' });
    await waitFor(async () => (await panel.textContent())?.includes('Reads as not sure yet'), {
      message: 'the panel to say the kind is unknown',
    });
    const choice = panel.getByRole('group', { name: HINT_UI_TEXTS.kind_choice_label });
    expect(await choice.getByRole('button').allTextContents()).toEqual([
      HINT_UI_TEXTS.kind_choice_letter,
      HINT_UI_TEXTS.kind_choice_request,
      HINT_UI_TEXTS.kind_choice_outreach,
    ]);
    expect(await panel.locator('[data-rule-id^="letter-no"]').count(), 'no letter checks yet').toBe(0);
    expect(await overlayViolations(page), 'the panel with the choice is axe-clean').toEqual([]);
    const before = Number(await chip.getAttribute('data-count'));

    // By keyboard: focus the "letter" button and press Enter.
    await choice.getByRole('button', { name: HINT_UI_TEXTS.kind_choice_letter }).focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await panel.textContent())?.includes('Reads as a letter'), {
      message: 'the draft to be read as a letter',
    });
    const whole = panel.getByRole('list', { name: 'The letter as a whole' });
    await waitFor(async () => (await whole.locator('[data-rule-id="letter-no-example"]').count()) === 1, {
      message: 'the letter checks to appear',
    });
    for (const id of ['letter-no-example', 'letter-no-comparison', 'letter-too-short']) {
      const item = whole.locator(`[data-rule-id="${id}"]`);
      expect(await item.textContent()).toContain(RULE_TEXTS[id].explanation);
      expect(await item.textContent()).toContain(RULE_TEXTS[id].suggestion);
    }
    expect(await choice.count(), 'the choice goes once made').toBe(0);
    expect(await panel.getByLabel('Kind of email').inputValue()).toBe('letter');
    const focused = await page.evaluate(
      () =>
        (document.querySelector('strongletter-overlay')!.shadowRoot!.activeElement as HTMLElement)?.dataset.focusKey,
    );
    expect(focused, 'the keyboard stays in the panel').toBe('kind');
    expect(Number(await chip.getAttribute('data-count'))).toBeGreaterThan(before);
  });

  it('a reply to the writer’s yes (quoted below in Gmail) is not asked for what a first request needs', async () => {
    const reply = [
      'Dear Dr. Patel,',
      'Here are my CV and personal statement, as promised. Would you write my letter of recommendation this month?',
      'Best regards,',
    ];
    const yes =
      '<div class="gmail_quote_container"><div class="gmail_attr">On Mon, Nov 2, 2026, Dr. Patel wrote:</div><blockquote class="gmail_quote">Yes, of course I will write you a letter. Send me your CV.</blockquote></div>';
    const misses = async (page: Page) => {
      const chip = page.locator('strongletter-overlay .chip');
      const panel = page.locator('strongletter-overlay .panel');
      await waitFor(async () => (await chip.getAttribute('data-count')) !== null, { message: 'the draft to be read' });
      await chip.click();
      await panel.waitFor({ state: 'visible' });
      await waitFor(async () => (await panel.textContent())?.includes('Reads as a letter request'), {
        message: 'the draft to be read as a request',
      });
      return panel
        .locator('.check[data-done="false"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-id')));
    };
    const first = await openDraft(reply);
    expect(await misses(first), 'a first request without a date is told so').toContain('request-no-deadline');
    await first.close();
    const answer = await openDraft(reply, yes);
    expect(await misses(answer), 'after the writer said yes').toEqual([]);
    await answer.close();
  });
});

describe('a weak sentence no rule’s words cover', () => {
  it('gets the sentence model’s hint over the whole sentence, its weights read from the extension’s catalog', async () => {
    const ask = 'I need this letter so badly, my visa depends on it.';
    const lines = [
      'Dear Dr. Lee,',
      `Thank you for supervising my internal medicine rotation in March. Would you write me a strong letter of recommendation for residency? ${ask}`,
      'Best,',
    ];
    const page = await openDraft(lines);
    const covered = async () =>
      (await placements(page))
        .filter((p) => p.ruleId === 'request-too-late')
        .map((p) => p.covered)
        .join(' ');
    await waitFor(async () => (await covered()).includes('depends'), { message: 'the sentence to be underlined' });
    // Underlined as one sentence, from its first word to its last, and nothing before it.
    const text = (await covered()).replace(/\s+/g, ' ');
    expect(text).toMatch(/^I need this letter/);
    expect(text).toMatch(/visa depends on it\W*$/);
    expect(text).not.toContain('residency');
    await page.close();
  });
});
