import type { WebmailSiteId } from '@/lib/core/sites';

/** Which editor family an adapter reads: a built-in webmail site's, or any text box on a site the user added. */
export type SiteId = WebmailSiteId | 'generic';

/** What the compose window says about the email, for "Log as outreach". */
export interface ComposeDetails {
  recipientEmail?: string;
  recipientName?: string;
  subject?: string;
}

/** How one webmail editor is found and read: its compose bodies and the parts that are not the user's text. */
export interface SiteAdapter {
  id: SiteId;
  /** Compose bodies (contenteditable elements or textareas) under root. */
  findBodies(root: ParentNode): HTMLElement[];
  /** True for an element whose whole subtree is quoted text or a signature. */
  isSkipped(el: Element): boolean;
  /** True for the element where the reply history starts: it and everything after it are skipped. */
  isHistoryStart(el: Element): boolean;
  /** True for a text node that is not the user's although its element is (a bare "On … wrote:" line). */
  isSkippedText?(node: Text): boolean;
  /** Recipient and subject read from the compose window around body, where the page shows them. */
  readCompose(body: HTMLElement): ComposeDetails;
}

const SIGNATURE_TOKEN = /(?:^|[_-])signature$/i;

/** True when an element's id or a class names it a signature (gmail_signature, Signature, x_signature...). */
export function looksLikeSignature(el: Element): boolean {
  if (el.id && SIGNATURE_TOKEN.test(el.id)) return true;
  const list = el.classList;
  for (let i = 0; i < list.length; i++) if (SIGNATURE_TOKEN.test(list[i])) return true;
  return false;
}

/** True for an element the user can type into: a writable textarea or a contenteditable root. */
export function isWritable(el: Element): el is HTMLElement {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  const value = el.getAttribute('contenteditable');
  if (value === null || value.toLowerCase() === 'false') return false;
  return (el as HTMLElement).isContentEditable !== false;
}

/** Keeps writable elements that are not inside another one of the list (the outer editor wins). */
export function outermostWritable(candidates: Iterable<Element>): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of candidates) {
    if (!isWritable(el)) continue;
    const parent = el.parentElement?.closest('[contenteditable]');
    if (parent && isWritable(parent)) continue;
    found.push(el);
  }
  return found;
}

/** Reads "Name <email>" style recipients from elements carrying an email attribute or mailto link. */
export function firstRecipient(root: ParentNode | null): Pick<ComposeDetails, 'recipientEmail' | 'recipientName'> {
  if (!root) return {};
  const withEmail = root.querySelector('[email], [data-hovercard-id*="@"]');
  if (withEmail) {
    const email = withEmail.getAttribute('email') ?? withEmail.getAttribute('data-hovercard-id') ?? undefined;
    const name = withEmail.getAttribute('name') ?? withEmail.textContent?.trim();
    return { recipientEmail: email, recipientName: name && name !== email ? name : undefined };
  }
  return {};
}

/** Finds an email address in a piece of text, e.g. "Dr. Chen <chen@x.edu>". */
export function emailIn(text: string | null | undefined): string | undefined {
  return text?.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
}
