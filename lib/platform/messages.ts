/**
 * The background's side of the protocol (protocol.ts): every message that enters it is parsed with zod, so a
 * malformed message is refused rather than half-handled. A new message is added to protocol.ts, here, and
 * given a handler in entrypoints/background.ts.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PURPOSES } from '@/lib/core/model/settings-values';
import type { BackgroundMessage, BackgroundReplies } from './protocol';

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('data-changed') }),
  z.object({ type: z.literal('disable-rule'), ruleId: z.string().min(1).max(100) }),
  z.object({
    type: z.literal('log-outreach'),
    recipientEmail: z.string().trim().min(3).max(320),
    recipientName: z.string().max(200).optional(),
    subject: z.string().max(500).optional(),
    institution: z.string().max(200).optional(),
    purpose: z.enum(PURPOSES).optional(),
  }),
]);

// The schema and the protocol's types must describe the same messages: this line stops compiling otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesProtocol: Same<z.infer<typeof messageSchema>, BackgroundMessage> = true;
void schemaMatchesProtocol;

export type Message = BackgroundMessage;
export type MessageType = Message['type'];
export type Replies = BackgroundReplies;
type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export type Handlers = { [T in MessageType]?: (message: MessageOf<T>) => Promise<Replies[T]> | Replies[T] };

/** Parses an incoming message; returns undefined for anything that is not one of ours. */
export function parseMessage(raw: unknown): Message | undefined {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? (parsed.data as Message) : undefined;
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
