/** The picks the user set aside with "Not today": kept in extension storage for the day they were set aside. */
import { browser } from 'wxt/browser';

export const NOT_TODAY_KEY = 'notToday';

interface Stored {
  date: string;
  keys: string[];
}

/** The keys set aside on `today`; an older day's list counts as empty. */
export async function notTodayKeys(today: string): Promise<string[]> {
  const stored = (await browser.storage.local.get(NOT_TODAY_KEY))[NOT_TODAY_KEY] as Stored | undefined;
  return stored?.date === today && Array.isArray(stored.keys) ? stored.keys.filter((k) => typeof k === 'string') : [];
}

/** Sets a pick aside for `today`; returns the day's list. */
export async function setAsideToday(today: string, key: string): Promise<string[]> {
  const keys = [...new Set([...(await notTodayKeys(today)), key])];
  await browser.storage.local.set({ [NOT_TODAY_KEY]: { date: today, keys } });
  return keys;
}

/** Brings every pick back for `today`. */
export async function clearNotToday(): Promise<void> {
  await browser.storage.local.remove(NOT_TODAY_KEY);
}
