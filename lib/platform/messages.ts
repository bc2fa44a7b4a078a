import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * Every message that crosses between the content script, popup, options page and background.
 * Parsed with zod where it enters, so a malformed message is refused rather than half-handled.
 * Later features add their message here and a handler where it is received.
 */
export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('data-changed') }),
  // From a hint card: "Turn off this rule", saved by the background in turn with other settings saves.
  z.object({ type: z.literal('disable-rule'), ruleId: z.string().min(1).max(100) }),
  // From the compose chip: record a cold email as outreach (the body is never sent).
  z.object({
    type: z.literal('log-outreach'),
    recipientEmail: z.string().trim().min(3).max(320),
    recipientName: z.string().max(200).optional(),
    subject: z.string().max(500).optional(),
    institution: z.string().max(200).optional(),
    purpose: z.enum(['observership', 'externship', 'research', 'other']).optional(),
  }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What each message is answered with. */
export interface Replies {
  ping: { ok: true };
  'data-changed': { ok: true };
  'disable-rule': { ok: true } | { ok: false; error: string };
  /** Refused with 'sample-data' while sample data is loaded, or 'already-logged' (with the record's id) for an email already logged that day. */
  'log-outreach': { ok: true; id?: string | number } | { ok: false; error: string; id?: string };
}

export type Handlers = { [T in MessageType]?: (message: MessageOf<T>) => Promise<Replies[T]> | Replies[T] };

/** Parses an incoming message; returns undefined for anything that is not one of ours. */
export function parseMessage(raw: unknown): Message | undefined {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Registers handlers for our messages; anything unparsable or unhandled is left to other listeners. */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    const message = parseMessage(raw);
    const handler = message && (handlers[message.type] as ((m: Message) => unknown) | undefined);
    if (!message || !handler) return undefined;
    Promise.resolve()
      .then(() => handler(message))
      .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true; // keeps the channel open for the async reply (Chrome and Firefox alike)
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** Sends a typed message to the background and returns its typed reply. */
export async function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<Replies[T]> {
  return (await browser.runtime.sendMessage(message)) as Replies[T];
}
