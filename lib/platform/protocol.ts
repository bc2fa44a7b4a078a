/**
 * The message protocol, both directions, typed in one place:
 * - to the background, from the content script, popup and options page (parsed with zod where it enters,
 *   in messages.ts);
 * - to a webmail tab's content script, from the popup (checked by hand there: the content script carries no zod).
 * This module has no zod, so the content script can use it.
 */
import { browser } from 'wxt/browser';
import type { OutreachPurpose } from '@/lib/core/model/settings-values';

/** Messages the background answers. */
export type BackgroundMessage =
  | { type: 'ping' }
  /** A page changed the database: recompute the badge and derived deadlines. */
  | { type: 'data-changed' }
  /** From a hint card: "Turn off this rule", saved by the background in turn with other settings saves. */
  | { type: 'disable-rule'; ruleId: string }
  /** From the compose chip: record a cold email as outreach (the body is never sent). */
  | {
      type: 'log-outreach';
      recipientEmail: string;
      recipientName?: string;
      subject?: string;
      institution?: string;
      purpose?: OutreachPurpose;
    };

/** What the background answers each message with. */
export interface BackgroundReplies {
  ping: { ok: true };
  'data-changed': { ok: true };
  'disable-rule': { ok: true } | { ok: false; error: string };
  /** Refused with 'sample-data' while sample data is loaded, or 'already-logged' (with the record's id) for an email already logged that day. */
  'log-outreach': { ok: true; id?: string | number } | { ok: false; error: string; id?: string };
}

/** Messages a webmail tab's content script answers. */
export type ContentMessage = { type: 'insert-text'; text: string };

/** The content script's answer to "insert-text". */
export type InsertReply = { ok: true; site: string } | { ok: false; reason: 'no-compose' | 'choose' | 'failed' };

/** What the content script answers each message with. */
export interface ContentReplies {
  'insert-text': InsertReply;
}

type Of<M extends { type: string }, T extends M['type']> = Extract<M, { type: T }>;

/** Sends a typed message to the background and returns its typed reply. */
export async function sendToBackground<T extends BackgroundMessage['type']>(
  message: Of<BackgroundMessage, T>,
): Promise<BackgroundReplies[T]> {
  return (await browser.runtime.sendMessage(message)) as BackgroundReplies[T];
}

/** Sends a typed message to one tab's content script; undefined when nothing there answers. */
export async function sendToTab<T extends ContentMessage['type']>(
  tabId: number,
  message: Of<ContentMessage, T>,
): Promise<ContentReplies[T] | undefined> {
  return (await browser.tabs.sendMessage(tabId, message)) as ContentReplies[T] | undefined;
}

/** Narrows what arrives at the content script to one of its messages (a hand check: no zod there). */
export function asContentMessage(raw: unknown): ContentMessage | undefined {
  const message = raw as { type?: unknown; text?: unknown } | null;
  return message?.type === 'insert-text' && typeof message.text === 'string'
    ? { type: 'insert-text', text: message.text }
    : undefined;
}

/** In the content script: answers the messages it knows until signal aborts; others are left to other listeners. */
export function answerContentMessages(
  handlers: { [T in ContentMessage['type']]: (message: Of<ContentMessage, T>) => ContentReplies[T] | undefined },
  signal: AbortSignal,
): void {
  const listener = (raw: unknown, _sender: unknown, reply: (answer: unknown) => void): true | undefined => {
    const message = asContentMessage(raw);
    const answer = message && handlers[message.type](message);
    if (answer === undefined) return undefined;
    reply(answer);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
