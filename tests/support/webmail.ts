// What both browsers' end-to-end suites share about the webmail fixtures: where they are served, and how.
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES_DIR = resolve(ROOT, 'tests/fixtures');

/** Real webmail addresses the fixtures are served at; requests anywhere else are privacy violations. */
export const WEBMAIL_URLS = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
  outlook: 'https://outlook.office.com/mail/deeplink/compose',
  outlookLive: 'https://outlook.live.com/mail/0/deeplink/compose',
  outlook365: 'https://outlook.office365.com/mail/deeplink/compose',
  yahoo: 'https://mail.yahoo.com/d/compose/1234567890',
} as const;

/** Content types of the files fixtures are made of. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A webmail compose fixture: where it is served, its compose bodies, and the text in it that is not the user's. */
export interface ComposeFixture {
  name: string;
  url: string;
  file: string;
  /** Selector of the compose bodies. */
  body: string;
  bodies: number;
  /** Text that is not the user's: quotes, signatures, reply history, other fields. */
  notMine: string;
}

export const COMPOSE_FIXTURES: ComposeFixture[] = [
  {
    name: 'Gmail, new message and inline reply',
    url: WEBMAIL_URLS.gmail,
    file: 'gmail-two-compose.html',
    body: '[g_editable="true"]',
    bodies: 2,
    notMine: '.gmail_quote, .gmail_signature, .gmail_attr, .adn',
  },
  {
    name: 'Gmail, the demo draft',
    url: WEBMAIL_URLS.gmail,
    file: 'gmail-compose.html',
    body: '[g_editable="true"]',
    bodies: 1,
    notMine: '.gmail_quote, .gmail_signature',
  },
  {
    name: 'Gmail, a reply answered inline (older and newer quote markup)',
    url: WEBMAIL_URLS.gmail,
    file: 'gmail-inline-answers.html',
    body: '[g_editable="true"]',
    bodies: 2,
    notMine: 'blockquote, .gmail_attr',
  },
  {
    name: 'Outlook on the web (work)',
    url: WEBMAIL_URLS.outlook,
    file: 'outlook-compose.html',
    body: '[contenteditable][aria-label^="Message body,"]',
    bodies: 1,
    notMine: '#Signature, #divRplyFwdMsg, #divRplyFwdMsg ~ div, .readMessage, [aria-label="Cc"]',
  },
  {
    name: 'Outlook on the web (personal)',
    url: WEBMAIL_URLS.outlookLive,
    file: 'outlook-compose.html',
    body: '[contenteditable][aria-label^="Message body,"]',
    bodies: 1,
    notMine: '#Signature, #divRplyFwdMsg, #divRplyFwdMsg ~ div, .readMessage, [aria-label="Cc"]',
  },
  {
    name: 'Yahoo Mail',
    url: WEBMAIL_URLS.yahoo,
    file: 'yahoo-compose.html',
    body: '[data-test-id="rte"]',
    bodies: 1,
    notMine: '[class$="yahoo_quoted"]',
  },
];
