// Finding and using controls the way a user names them (label, button text, tab), for the Firefox suite. Extension
// pages refuse puppeteer's own locators (they compile code in the page), so controls are found with a plain
// evaluate and then clicked and typed into with real input events over WebDriver BiDi.
import type { ElementHandle, Page } from 'puppeteer-core';

export interface Target {
  /** A form control by its label text or aria-label. */
  label?: string;
  /** A button (or role=button/tab/checkbox) by its text or aria-label. */
  button?: string;
  tab?: string;
  /** Only inside the first element matching this selector. */
  within?: string;
}

/** Runs in the page: the element a user would call `target`, or null. */
function findInPage(target: Target): Element | null {
  const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const scope = target.within ? document.querySelector(target.within) : document;
  if (!scope) return null;
  const named = (el: Element, name: string) =>
    norm(el.getAttribute('aria-label')) === name || norm(el.textContent) === name;
  if (target.button !== undefined) {
    const name = target.button;
    return [...scope.querySelectorAll('button, [role=button]')].find((el) => named(el, name)) ?? null;
  }
  if (target.tab !== undefined) {
    const name = target.tab;
    return [...scope.querySelectorAll('[role=tab]')].find((el) => named(el, name)) ?? null;
  }
  if (target.label !== undefined) {
    const name = target.label;
    const controls = [...scope.querySelectorAll('input, select, textarea')];
    const byAria = controls.find((el) => norm(el.getAttribute('aria-label')) === name);
    if (byAria) return byAria;
    for (const label of scope.querySelectorAll('label')) {
      const copy = label.cloneNode(true) as HTMLElement;
      for (const inner of copy.querySelectorAll('input, select, textarea, option')) inner.remove();
      if (norm(copy.textContent) === name) return label.control;
    }
  }
  return null;
}

/** Waits for the control and returns a handle to it. */
export async function find(page: Page, target: Target): Promise<ElementHandle<Element>> {
  const start = Date.now();
  while (Date.now() - start < 15_000) {
    const handle = await page.evaluateHandle(findInPage, target).catch(() => undefined);
    const element = handle?.asElement();
    if (element) return element as ElementHandle<Element>;
    await handle?.dispose();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No control ${JSON.stringify(target)} on ${page.url()}`);
}

/** Clicks the control with the mouse (a real user action, which permissions.request needs in Firefox). */
export async function click(page: Page, target: Target): Promise<void> {
  const element = await find(page, target);
  await element.click();
  await element.dispose();
}

/** Replaces the control's text by typing, as a user would. */
export async function fill(page: Page, target: Target, text: string): Promise<void> {
  const element = await find(page, target);
  await element.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  await element.dispose();
}

/**
 * Sets a value the keyboard cannot type portably (date and time inputs, which Firefox edits field by field)
 * through the native setter and an input event, which is what React listens to.
 */
export async function setValue(page: Page, target: Target, value: string): Promise<void> {
  const element = await find(page, target);
  await element.evaluate((el, v) => {
    const input = el as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
  await element.dispose();
}

/** Chooses a file for a file input, as the file picker would. */
export async function upload(page: Page, target: Target, path: string): Promise<void> {
  const element = (await find(page, target)) as ElementHandle<HTMLInputElement>;
  await element.uploadFile(path);
  await element.dispose();
}

/** Waits until the page's visible text contains `text` (a string or a pattern). */
export function waitForText(page: Page, text: string | RegExp, timeout?: number): Promise<string> {
  const pattern = typeof text === 'string' ? { source: text, literal: true } : { source: text.source, literal: false };
  const start = Date.now();
  const poll = async (): Promise<string> => {
    const body = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    const found = pattern.literal ? body.includes(pattern.source) : new RegExp(pattern.source).test(body);
    if (found) return body;
    if (Date.now() - start > (timeout ?? 15_000)) throw new Error(`No text ${text} on ${page.url()}:\n${body}`);
    await new Promise((r) => setTimeout(r, 100));
    return poll();
  };
  return poll();
}

/** Whether the control exists now (no waiting). */
export async function exists(page: Page, target: Target): Promise<boolean> {
  const handle = await page.evaluateHandle(findInPage, target);
  const found = !!handle.asElement();
  await handle.dispose();
  return found;
}
