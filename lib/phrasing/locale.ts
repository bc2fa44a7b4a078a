import { RULE_TEXTS } from './texts';
import type { RuleText } from './types';

/** The locale-catalog message name of one of a rule's words, e.g. rule_thin_contact_explanation. */
export function messageName(id: string, field: keyof RuleText): string {
  return `rule_${id.replace(/[^a-zA-Z0-9]/g, '_')}_${field}`;
}

/** _locales/en/messages.json: every rule's words as browser i18n messages ("$" doubled, as the format asks). */
export function localeMessages(texts: Record<string, RuleText> = RULE_TEXTS): Record<string, { message: string }> {
  const messages: Record<string, { message: string }> = {};
  for (const [id, text] of Object.entries(texts)) {
    for (const field of ['title', 'explanation', 'suggestion'] as const) {
      messages[messageName(id, field)] = { message: text[field].replace(/\$/g, '$$$$') };
    }
  }
  return messages;
}
