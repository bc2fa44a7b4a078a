/** Webmail sites the content script runs on out of the box (host permissions in the manifest). */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office365.com/*',
  'https://mail.yahoo.com/*',
] as const;

/** Match patterns for sites the user may enable later; requested as optional host permissions. */
export const OPTIONAL_HOST_MATCHES = ['https://*/*', 'http://*/*'] as const;
