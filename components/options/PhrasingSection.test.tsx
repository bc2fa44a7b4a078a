import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/core/phrasing';
import { getSettings } from '@/lib/platform/settings';
import { PhrasingSection } from './PhrasingSection';

describe('phrasing section', () => {
  it('shows hints for pasted text, and a rule switched off stops flagging in the preview and in settings', async () => {
    const user = userEvent.setup();
    render(<PhrasingSection />);
    const rule = RULES.find((r) => r.id === 'faint-satisfactory');
    if (!rule) throw new Error('rule faint-satisfactory is missing');
    const sample = 'In my letter: Dr. Rao was a satisfactory student during her rotation. I recommend her.';
    await user.click(await screen.findByLabelText(/Try it/));
    await user.paste(sample);
    const hints = await screen.findByRole('list', { name: 'Hints' });
    expect(hints.querySelector(`[data-rule-id="${rule.id}"]`)).not.toBeNull();
    const toggle = document.querySelector(`input[data-rule-id="${rule.id}"]`) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await user.click(toggle);
    await waitFor(async () => expect((await getSettings()).disabledRules).toContain(rule.id));
    await waitFor(() => expect(document.querySelector(`li[data-rule-id="${rule.id}"]`)).toBeNull());
  });

  it('lists the checks of the text as a whole for the kind it reads as, and for the kind the user chooses', async () => {
    const user = userEvent.setup();
    render(<PhrasingSection />);
    const letter =
      'Dr. Maria Lopez rotated with our team last spring. She is a pleasant young doctor who attended rounds every day and was eager to learn. I recommend her.\n\nSincerely,\nDr. A. Brown';
    await user.click(await screen.findByLabelText(/Try it/));
    await user.paste(letter);
    expect((await screen.findByText(/Reads as:/)).textContent).toContain('Letter of recommendation');
    const whole = await screen.findByRole('list', { name: 'About the text as a whole' });
    const ids = () => [...whole.querySelectorAll('li')].map((li) => li.getAttribute('data-rule-id'));
    expect(ids()).toEqual(expect.arrayContaining(['letter-no-example', 'letter-too-short']));
    await user.selectOptions(screen.getByLabelText('Read it as'), 'request');
    await waitFor(() => {
      const list = screen.getByRole('list', { name: 'About the text as a whole' });
      const now = [...list.querySelectorAll('li')].map((li) => li.getAttribute('data-rule-id'));
      expect(now).toContain('request-no-deadline');
      expect(now).not.toContain('letter-no-example');
    });
  });

  it.each([
    ['', /phrase is empty/],
    ['x'.repeat(121), /under 120 characters/],
    ['Hard Worker', /already in your list/],
  ])('refuses the phrase %j with a message and keeps the list as it was', async (phrase, message) => {
    const user = userEvent.setup();
    render(<PhrasingSection />);
    const form = await screen.findByRole('form', { name: 'Add a phrase' });
    await user.type(within(form).getByLabelText('Phrase to flag'), 'hard worker');
    await user.type(within(form).getByLabelText('Suggest instead'), 'name what they did');
    await user.click(within(form).getByRole('button', { name: 'Add phrase' }));
    await waitFor(async () => expect((await getSettings()).customPhrases).toHaveLength(1));
    if (phrase) await user.type(within(form).getByLabelText('Phrase to flag'), phrase);
    await user.click(within(form).getByRole('button', { name: 'Add phrase' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect((await getSettings()).customPhrases).toEqual([{ phrase: 'hard worker', suggestion: 'name what they did' }]);
  });
});
