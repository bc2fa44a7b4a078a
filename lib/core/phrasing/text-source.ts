import { CATEGORY_LABELS, HINT_UI_TEXTS, type HintUiKey, RULE_TEXTS } from './texts';
import type { CategoryId, RuleText } from './types';

/**
 * Where the registry takes a rule's words from. The content script's build swaps this module for
 * lib/hints/rule-text-locale.ts, which reads the same words from the extension's locale catalog.
 */
export function ruleText(id: string): RuleText {
  return RULE_TEXTS[id] ?? { title: id, explanation: '', suggestion: '' };
}

/** The label of a rule category. */
export function categoryLabel(id: CategoryId): string {
  return CATEGORY_LABELS[id] ?? id;
}

/** A fixed word of the compose panel. */
export function uiText(key: HintUiKey): string {
  return HINT_UI_TEXTS[key];
}
