import { headsText } from './heads';
import { LEXICONS } from './lexicons';
import { alternation } from './lexicons/types';
import MODELS from './model/weights.json';
import { PATTERNS } from './patterns';
import { RULES } from './registry';
import {
  categoryMessageName,
  headsMessageName,
  lexiconMessageName,
  type MessageLookup,
  messageName,
  modelMessageName,
  patternMessageName,
  uiMessageName,
} from './text-source';
import { CATEGORY_LABELS, HINT_UI_TEXTS, RULE_TEXTS } from './texts';
import type { RuleText } from './types';

/**
 * _locales/en/messages.json: every rule's words, every category label, the compose panel's fixed words, the lexicons and
 * the named patterns as browser i18n messages
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
  for (const [key, text] of Object.entries(ui)) put(uiMessageName(key), text);
  for (const [name, lexicon] of Object.entries(LEXICONS)) put(lexiconMessageName(name), alternation(lexicon));
  for (const [name, source] of Object.entries(PATTERNS)) put(patternMessageName(name), source);
  for (const [kind, source] of Object.entries(MODELS)) put(modelMessageName(kind), source);
  // Each span rule's first words, so the content script can skip the words no rule starts with (engine.ts).
  for (const rule of RULES) {
    if (rule.scope !== 'span') continue;
    const lexicon = rule.lexicon ? LEXICONS[rule.lexicon] : undefined;
    put(headsMessageName(rule.id), headsText(lexicon ? alternation(lexicon) : rule.pattern));
  }
  return messages;
}

/** A lookup into the generated catalog as browser.i18n.getMessage reads it ("$$" read as "$"), for Node. */
export function catalogLookup(messages = localeMessages()): MessageLookup {
  return (name) => messages[name]?.message.replace(/\$\$/g, '$') ?? '';
}
