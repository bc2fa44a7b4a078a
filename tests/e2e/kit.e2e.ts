import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WEBMAIL_URLS, waitFor, withExtension } from './harness';

// The request kit's "Insert into email": from the popup into the Gmail draft the user is writing, at the caret,
// undoable there with Ctrl+Z; and a clear message when no compose window is open.
const { ext } = withExtension();

const body = (gmail: Page) => gmail.locator('div[g_editable="true"]');

/** A popup with one letter at the "asked" stage and its request kit open. */
async function popupWithKit(): Promise<Page> {
  const popup = await ext.openPopup();
  await popup.getByLabel('Specialty you are applying to').fill('Internal Medicine');
  await popup.getByLabel("First writer's name").fill('Dr. Kim');
  await popup.getByRole('button', { name: 'Start tracking' }).click();
  const steps = popup.getByRole('list', { name: 'Next steps' });
  await steps.getByRole('button', { name: /^Mark working together/ }).click();
  await steps.getByRole('button', { name: /^Mark asked/ }).click();
  await steps.getByText("Note Dr. Kim's answer to your request").waitFor();
  await popup.getByRole('tab', { name: 'Letters' }).click();
  await popup.getByRole('button', { name: 'Kit for Dr. Kim' }).click();
  return popup;
}

describe('request kit: insert into an open compose window', () => {
  it('puts the request email at the caret of the Gmail draft; Ctrl+Z there takes it out', async () => {
    const gmail = await ext.openFixture(WEBMAIL_URLS.gmail, 'gmail-compose.html');
    await waitFor(async () => (await gmail.locator('strongletter-overlay .chip').count()) === 1, { message: 'chip' });
    const original = await body(gmail).innerHTML();
    // The user was writing just before "Sincerely,".
    await gmail.getByText('Sincerely,').click();
    await gmail.keyboard.press('Home');

    const popup = await popupWithKit();
    await popup.getByRole('button', { name: 'Insert into email' }).click();
    const status = popup.getByRole('status').filter({ hasText: /Inserted|compose|Open Gmail/ });
    await status.waitFor();
    expect(await status.textContent()).toMatch(
      /Inserted into your Gmail draft.*Subject line to use: "Request for a strong letter/,
    );

    await gmail.bringToFront();
    const text = await body(gmail).innerText();
    expect(text).toContain('Dear Dr. Kim,');
    expect(text).toContain('Would you feel able to write me a strong letter of recommendation?');
    expect(text, 'the subject line stays out of the body').not.toContain('Subject:');
    // Inserted where the caret was: after the draft's last paragraph, before the sign-off, signature and quote.
    expect(text.indexOf('I recommend her for your program.')).toBeLessThan(text.indexOf('Dear Dr. Kim,'));
    expect(text.indexOf('Thank you for considering it.')).toBeLessThan(text.indexOf('Sincerely,'));
    expect(text.indexOf('Sincerely,')).toBeLessThan(text.indexOf('Michael Chen, MD'));

    await gmail.keyboard.press('Control+z');
    await waitFor(async () => (await body(gmail).innerHTML()) === original, {
      message: 'Ctrl+Z to restore the draft exactly',
    });
    await popup.close();
    await gmail.close();
  });

  it('with two composes open, goes into the one the user is in, and asks when it cannot tell', async () => {
    const gmail = await ext.openFixture(WEBMAIL_URLS.gmail, 'gmail-two-compose.html');
    await waitFor(async () => (await gmail.locator('strongletter-overlay .chip').count()) === 2, { message: 'chips' });
    const reply = gmail.locator('[id=":r7"]');
    const newMessage = gmail.locator('[id=":p9"]');
    const replyBefore = await reply.innerHTML();
    // Nothing focused yet: two visible composes, so the popup asks instead of guessing.
    const popup = await ext.openPopup();
    await popup.getByRole('tab', { name: 'Letters' }).click();
    await popup.getByRole('button', { name: 'Kit for Dr. Kim' }).click();
    const insert = popup.getByRole('button', { name: 'Insert into email' });
    const status = popup.getByRole('status').filter({ hasText: /Several|Inserted|compose|Open Gmail/ });
    await insert.click();
    await waitFor(async () => /^Several emails are open/.test((await status.textContent()) ?? ''), {
      message: 'the question which email',
    });
    expect(await reply.innerHTML()).toBe(replyBefore);

    // The user clicks into the new message (its subject field, then its body): the text goes there only.
    await gmail.locator('input[name="subjectbox"]').click();
    await insert.click();
    await waitFor(async () => /^Inserted into your Gmail draft/.test((await status.textContent()) ?? ''), {
      message: 'the insert',
    });
    expect(await newMessage.innerText()).toContain('Dear Dr. Kim,');
    expect(await reply.innerHTML()).toBe(replyBefore);
    await popup.close();
    await gmail.close();
  });

  it('says what to do when no compose window is open, and when no webmail tab is', async () => {
    const gmail = await ext.openFixture(WEBMAIL_URLS.gmail, 'gmail-compose.html');
    await waitFor(async () => (await gmail.locator('strongletter-overlay .chip').count()) === 1, { message: 'chip' });
    // The user closes the compose window.
    await gmail.evaluate(() => document.querySelector('[role="dialog"]')?.remove());
    await waitFor(async () => (await gmail.locator('strongletter-overlay .chip').count()) === 0, {
      message: 'the chip to go with the compose',
    });

    const popup = await ext.openPopup();
    await popup.getByRole('tab', { name: 'Letters' }).click();
    await popup.getByRole('button', { name: 'Kit for Dr. Kim' }).click();
    const insert = popup.getByRole('button', { name: 'Insert into email' });
    await insert.click();
    const status = popup.getByRole('status').filter({ hasText: /compose|Open Gmail|Inserted/ });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/No open compose window found/);

    await gmail.close();
    await insert.click();
    await waitFor(async () => /^Open Gmail, Outlook or Yahoo Mail/.test((await status.textContent()) ?? ''), {
      message: 'the message for no webmail tab',
    });
    await popup.close();
  });
});
