/**
 * The reminder side of the background service worker: keeps built-in and derived deadlines in step,
 * computes the toolbar badge from IndexedDB, shows optional notifications once, and schedules the alarms
 * that make "due today" roll over at the user's midnight. The entrypoint only calls `startReminders()`.
 */
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { CALENDAR_VERSION } from '@/lib/core/calendar/cycles';
import { weekday } from '@/lib/core/calendar/dates';
import { quietUntil, todayType } from '@/lib/core/calendar/week';
import { systemTimeZone, wallClock } from '@/lib/core/calendar/zone';
import {
  type BadgeState,
  badgeState,
  describeDue,
  dueInfo,
  itemsToNotify,
  nextLocalMidnight,
  nextStateChange,
  snoozeEnd,
} from '@/lib/core/due';
import { db } from '@/lib/data/database';
import { syncBuiltInMilestones, syncDerivedDeadlines } from '@/lib/data/deadline-sync';
import { dueWithin, getDeadline, markNotified, snoozeDeadline } from '@/lib/data/deadlines';
import { getSettings, type Settings, watchSettings } from '@/lib/platform/settings';

export const ALARM_HOURLY = 'reminders-hourly';
export const ALARM_MIDNIGHT = 'reminders-midnight';
/** One-shot alarm at the next due time or snooze end, so the badge flips on the minute, not at the next hour. */
export const ALARM_NEXT = 'reminders-next';
/** storage.local key: the time zone whose midnight the midnight alarm was set for. */
export const MIDNIGHT_ZONE_KEY = 'remindersMidnightZone';
export const NOTIFICATION_PREFIX = 'deadline:';
/** storage.local key: the CALENDAR_VERSION the stored built-in milestones were last synced from. */
export const CALENDAR_VERSION_KEY = 'calendarVersion';

/** How far ahead the badge query reads: the widest of the badge and reminder windows. */
export function badgeWindowDays(settings: Pick<Settings, 'badgeThresholdDays' | 'reminderLeadDays'>): number {
  return Math.max(settings.badgeThresholdDays, settings.reminderLeadDays);
}

// One at a time, so an alarm and a message arriving together cannot notify the same deadline twice.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function createHourlyAlarm(): Promise<void> {
  await browser.alarms.create(ALARM_HOURLY, { periodInMinutes: 60, delayInMinutes: 60 });
}

/** Sets the midnight alarm for `timeZone` and remembers the zone, so a later zone change is noticed. */
async function scheduleMidnightAlarm(now: Date, timeZone: string): Promise<void> {
  await browser.alarms.create(ALARM_MIDNIGHT, { when: nextLocalMidnight(now, timeZone).getTime() });
  await browser.storage.local.set({ [MIDNIGHT_ZONE_KEY]: timeZone });
}

async function midnightZone(): Promise<string | undefined> {
  const stored = await browser.storage.local.get(MIDNIGHT_ZONE_KEY);
  const zone = stored[MIDNIGHT_ZONE_KEY];
  return typeof zone === 'string' ? zone : undefined;
}

/** Registers the hourly alarm and the one just after the user's next local midnight. */
export async function scheduleReminderAlarms(now = new Date(), timeZone = systemTimeZone()): Promise<void> {
  await createHourlyAlarm();
  await scheduleMidnightAlarm(now, timeZone);
}

/**
 * Run on every start of the service worker: creates the hourly or midnight alarm if it is missing (and moves
 * the midnight one if the user's zone changed); alarms already in place are left alone. Returns what it set.
 */
export async function ensureReminderAlarms(now = new Date(), timeZone = systemTimeZone()): Promise<string[]> {
  const [hourly, midnight, zone] = await Promise.all([
    browser.alarms.get(ALARM_HOURLY),
    browser.alarms.get(ALARM_MIDNIGHT),
    midnightZone(),
  ]);
  const set: string[] = [];
  if (!hourly) {
    await createHourlyAlarm();
    set.push(ALARM_HOURLY);
  }
  if (!midnight || zone !== timeZone) {
    await scheduleMidnightAlarm(now, timeZone);
    set.push(ALARM_MIDNIGHT);
  }
  return set;
}

/** Sets the one-shot alarm for the next state change, or clears it when nothing will change before midnight. */
async function scheduleNextChange(at: Date | undefined): Promise<void> {
  if (!at) {
    await browser.alarms.clear(ALARM_NEXT);
    return;
  }
  const current = await browser.alarms.get(ALARM_NEXT);
  if (current?.scheduledTime !== at.getTime()) await browser.alarms.create(ALARM_NEXT, { when: at.getTime() });
}

export interface Recomputed extends BadgeState {
  /** When a counted deadline next changes on its own: a due time passes or a snooze ends. */
  nextChange?: Date;
}

/** Reads the due deadlines (one indexed range query) and sets the badge text, colour and tooltip. */
export async function recomputeBadge(now = new Date(), timeZone = systemTimeZone()): Promise<Recomputed> {
  const settings = await getSettings();
  const window = badgeWindowDays(settings);
  const due = await dueWithin(now, window, timeZone);
  // A deadline's own lead time counts up to the query window, which bounds what is read.
  const capped = due.map((d) => (d.leadDays !== undefined && d.leadDays > window ? { ...d, leadDays: window } : d));
  const restDay = todayType(now, timeZone, settings.weekPlan) === 'rest';
  const state = badgeState(capped, now, { timeZone, defaultLeadDays: settings.badgeThresholdDays, restDay });
  // Firefox builds default to Manifest V2, where the toolbar button is `browserAction`.
  const button = browser.action ?? browser.browserAction;
  await button.setBadgeText({ text: state.text });
  if (state.color) await button.setBadgeBackgroundColor({ color: state.color });
  await button.setTitle({ title: state.title });
  // The end of a rest day's quiet is a change too: notifications held back go out then.
  const changes = [nextStateChange(capped, now, { timeZone }), quietUntil(now, timeZone, settings.weekPlan)];
  const nextChange = changes.filter((at): at is Date => !!at).sort((a, b) => a.getTime() - b.getTime())[0];
  return { ...state, nextChange };
}

/**
 * Recomputes the badge, then keeps the alarms in step with it: a one-shot alarm at the next due time or
 * snooze end, and the midnight alarm moved if the user's time zone is no longer the one it was set for.
 */
export async function recomputeAndSchedule(now = new Date(), timeZone = systemTimeZone()): Promise<Recomputed> {
  const state = await recomputeBadge(now, timeZone);
  await scheduleNextChange(state.nextChange);
  if ((await midnightZone()) !== timeZone) await scheduleMidnightAlarm(now, timeZone);
  return state;
}

/** True when the user turned notifications on and the browser granted the optional permission. */
export async function notificationsAllowed(settings: Settings): Promise<boolean> {
  if (!settings.notifications || !browser.notifications) return false;
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

async function showNotification(id: string, title: string, message: string): Promise<void> {
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  };
  const buttons = [{ title: 'Snooze 1 hour' }, { title: 'Snooze until tomorrow 9:00' }];
  try {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${id}`, { ...options, buttons } as never);
  } catch {
    // Firefox refuses buttons; the notification still goes out without them.
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${id}`, options);
  }
}

/** Shows one notification per deadline that has just become due (never twice), if allowed; returns their ids. */
export async function notifyDueDeadlines(now = new Date(), timeZone = systemTimeZone()): Promise<string[]> {
  const settings = await getSettings();
  if (!(await notificationsAllowed(settings))) return [];
  // On a rest day and until the next morning, notifications wait; the badge still shows what is due.
  if (quietUntil(now, timeZone, settings.weekPlan)) return [];
  const due = await dueWithin(now, badgeWindowDays(settings), timeZone);
  const options = { timeZone, defaultLeadDays: settings.reminderLeadDays };
  const fresh = itemsToNotify(due, now, options);
  for (const deadline of fresh) {
    const line = describeDue(dueInfo(deadline, now, options));
    await showNotification(deadline.id, 'StrongLetter reminder', line);
    await markNotified(deadline.id, now);
  }
  return fresh.map((d) => d.id);
}

/** storage.local key: the date the check-in reminder was last shown, so it shows once that day. */
export const CHECK_IN_SHOWN_KEY = 'checkInReminderShown';
/** The check-in reminder goes out from this hour of the check-in day (user's clock). */
const CHECK_IN_HOUR = 9;

/**
 * On the user's check-in day, from 9:00 and once that day, a notification naming the group (if notifications
 * are on and the day is not a rest day). Returns true when it was shown.
 */
export async function notifyCheckIn(now = new Date(), timeZone = systemTimeZone()): Promise<boolean> {
  const settings = await getSettings();
  const clock = wallClock(now, timeZone);
  if (!checkInDue(settings, clock.date, clock.hour) || quietUntil(now, timeZone, settings.weekPlan)) return false;
  const shown = (await browser.storage.local.get(CHECK_IN_SHOWN_KEY))[CHECK_IN_SHOWN_KEY];
  if (shown === clock.date || !(await notificationsAllowed(settings))) return false;
  await browser.notifications.create('check-in', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'StrongLetter: check-in day',
    message: `Check in with ${settings.checkInGroup.join(', ')}.`,
  });
  await browser.storage.local.set({ [CHECK_IN_SHOWN_KEY]: clock.date });
  return true;
}

/** True on the check-in day from 9:00 when a group is listed. */
export function checkInDue(
  settings: Pick<Settings, 'checkInDay' | 'checkInGroup'>,
  date: string,
  hour: number,
): boolean {
  return settings.checkInDay === weekday(date) && settings.checkInGroup.length > 0 && hour >= CHECK_IN_HOUR;
}

/** Re-derives letter steps and follow-ups, then refreshes badge and notifications. */
export function onDataChanged(now = new Date(), timeZone = systemTimeZone()): Promise<Recomputed> {
  return serially(async () => {
    await syncDerivedDeadlines(await getSettings());
    const state = await recomputeAndSchedule(now, timeZone);
    await notifyDueDeadlines(now, timeZone);
    return state;
  });
}

/** Full refresh: built-in milestones for the user's cycle, derived deadlines, badge, notifications. */
export function refreshAll(now = new Date(), timeZone = systemTimeZone()): Promise<Recomputed> {
  return serially(async () => {
    const settings = await getSettings();
    await syncBuiltInMilestones(settings);
    await browser.storage.local.set({ [CALENDAR_VERSION_KEY]: CALENDAR_VERSION });
    await syncDerivedDeadlines(settings);
    const state = await recomputeAndSchedule(now, timeZone);
    await notifyDueDeadlines(now, timeZone);
    await notifyCheckIn(now, timeZone);
    return state;
  });
}

/**
 * Refreshes everything when the stored milestones come from an older built-in calendar (an update whose
 * install event was missed, or data restored from before it); returns whether it did.
 */
export async function refreshIfCalendarChanged(now = new Date(), timeZone = systemTimeZone()): Promise<boolean> {
  const stored = (await browser.storage.local.get(CALENDAR_VERSION_KEY))[CALENDAR_VERSION_KEY];
  if (stored === CALENDAR_VERSION) return false;
  await refreshAll(now, timeZone);
  return true;
}

/** Handles one of our alarms (hourly, midnight, next state change): recompute, and after midnight set the next one. */
export function onReminderAlarm(name: string, now = new Date(), timeZone = systemTimeZone()): Promise<void> {
  if (name !== ALARM_HOURLY && name !== ALARM_MIDNIGHT && name !== ALARM_NEXT) return Promise.resolve();
  return serially(async () => {
    if (name === ALARM_MIDNIGHT) await scheduleMidnightAlarm(now, timeZone);
    await syncDerivedDeadlines(await getSettings());
    await recomputeAndSchedule(now, timeZone);
    await notifyDueDeadlines(now, timeZone);
    await notifyCheckIn(now, timeZone);
  });
}

/** Snoozes the deadline behind a notification (button 0: an hour; 1: tomorrow 9:00) and clears it. */
export async function onNotificationButton(notificationId: string, button: number, now = new Date()): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const id = notificationId.slice(NOTIFICATION_PREFIX.length);
  if (await getDeadline(id)) {
    await snoozeDeadline(id, snoozeEnd(now, button === 0 ? 1 : 'tomorrow'));
    // The badge count is unchanged, but the one-shot alarm should now also wake for the snooze's end.
    await serially(() => recomputeAndSchedule(now));
  }
  await browser.notifications.clear(notificationId);
}

/** Opens the deadline behind a notification in the options page. */
export async function onNotificationClicked(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const id = notificationId.slice(NOTIFICATION_PREFIX.length);
  const url = `${browser.runtime.getURL('/options.html')}#deadline=${encodeURIComponent(id)}`;
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
}

function debounced(task: () => Promise<unknown>, ms = 100): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void task().catch((error) => console.error('StrongLetter reminders:', error)), ms);
  };
}

/** Watches the database for changes made anywhere in the extension (Dexie liveQuery); returns a stop function. */
export function watchDatabase(): () => void {
  const rederive = debounced(() => onDataChanged());
  const recompute = debounced(() => serially(() => recomputeAndSchedule()));
  const skipFirst = (react: () => void) => {
    let first = true;
    return () => {
      if (!first) react();
      first = false;
    };
  };
  const sources = liveQuery(() => Promise.all([db.letters.toArray(), db.writers.toArray(), db.outreach.toArray()]));
  const deadlines = liveQuery(() => db.deadlines.where('[pending+dueAt]').between([1, ''], [1, '\uffff']).count());
  const subscriptions = [
    sources.subscribe({ next: skipFirst(rederive), error: () => undefined }),
    deadlines.subscribe({ next: skipFirst(recompute), error: () => undefined }),
  ];
  return () => {
    for (const subscription of subscriptions) subscription.unsubscribe();
  };
}

/** Runs an optional API call; some browsers (and test fakes) lack it. */
function tryTo(call: () => void): void {
  try {
    call();
  } catch {
    // not available here: notifications listeners are then registered on the next start
  }
}

/** Wires every reminder listener in the background; call once from the entrypoint. Returns a stop function. */
export function startReminders(options: { watchDatabase?: boolean } = {}): () => void {
  const log = (error: unknown) => console.error('StrongLetter reminders:', error);
  const onSetup = () => {
    scheduleReminderAlarms().catch(log);
    refreshAll().catch(log);
  };
  browser.runtime.onInstalled.addListener(onSetup);
  browser.runtime.onStartup.addListener(onSetup);
  // The worker also wakes for alarms and messages; alarms lost meanwhile (or never set) are put back.
  ensureReminderAlarms().catch(log);
  refreshIfCalendarChanged().catch(log);
  const onAlarm = (alarm: { name: string }) => void onReminderAlarm(alarm.name).catch(log);
  browser.alarms.onAlarm.addListener(onAlarm);
  const onClicked = (id: string) => void onNotificationClicked(id).catch(log);
  const onButton = (id: string, button: number) => void onNotificationButton(id, button).catch(log);
  const listenToNotifications = () => {
    // Chrome only exposes the API once the optional permission is granted.
    if (!browser.notifications || browser.notifications.onClicked.hasListener(onClicked)) return;
    browser.notifications.onClicked.addListener(onClicked);
    browser.notifications.onButtonClicked?.addListener(onButton);
  };
  listenToNotifications();
  tryTo(() => browser.permissions.onAdded.addListener(listenToNotifications));
  const stopSettings = watchSettings(() => void refreshAll().catch(log));
  const stopDatabase = options.watchDatabase ? watchDatabase() : () => undefined;
  return () => {
    browser.runtime.onInstalled.removeListener(onSetup);
    browser.runtime.onStartup.removeListener(onSetup);
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.notifications?.onClicked.removeListener(onClicked);
    browser.notifications?.onButtonClicked?.removeListener(onButton);
    tryTo(() => browser.permissions.onAdded.removeListener(listenToNotifications));
    stopSettings();
    stopDatabase();
  };
}
