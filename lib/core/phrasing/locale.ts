import { CATEGORY_LABELS, HINT_UI_TEXTS, RULE_TEXTS } from './texts';
import type { RuleText } from './types';

/** The locale-catalog message name of one of a rule's words, e.g. rule_thin_contact_explanation. */
export function messageName(id: string, field: keyof RuleText): string {
  return `rule_${id.replace(/[^a-zA-Z0-9]/g, '_')}_${field}`;
}

/** The locale-catalog message name of a category label, e.g. category_faint_praise. */
export function categoryMessageName(id: string): string {
  return `category_${id.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

/**
 * _locales/en/messages.json: every rule's words, every category label and the compose panel's fixed words as browser i18n messages
 * ("$" doubled, as the format asks).
 */
export function localeMessages(
  texts: Record<string, RuleText> = RULE_TEXTS,
  labels: Record<string, string> = CATEGORY_LABELS,
  ui: Record<string, string> = HINT_UI_TEXTS,
): Record<string, { message: string }> {
  const messages: Record<string, { message: string }> = {};
  const put = (name: string, text: string) => {
    messages[name] = { message: text.replace(/\$/g, '$$$$') };
  };
  for (const [id, text] of Object.entries(texts)) {
    for (const field of ['title', 'explanation', 'suggestion'] as const) put(messageName(id, field), text[field]);
  }
  for (const [id, label] of Object.entries(labels)) put(categoryMessageName(id), label);
  for (const [key, text] of Object.entries(ui)) put(`ui_${key}`, text);
  return messages;
}
