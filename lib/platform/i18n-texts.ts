import { browser } from 'wxt/browser';
import { categoryMessageName, messageName } from '@/lib/core/phrasing/locale';
import type { HintUiKey } from '@/lib/core/phrasing/texts';
import type { CategoryId, RuleText } from '@/lib/core/phrasing/types';

// The content script's lib/phrasing/text-source: the rules' words and the category labels come from the
// extension's locale catalog (_locales/en/messages.json, generated from lib/phrasing/texts.ts at build time),
// so they are not carried in the script's JavaScript. Swapped in by the content-script build in wxt.config.ts.

// The catalog is generated at build time, so WXT's typed message names do not list these.
const getMessage = (name: string): string => (browser.i18n.getMessage as (name: string) => string)(name);

/** A rule's words from the locale catalog. */
export function ruleText(id: string): RuleText {
  const get = (field: keyof RuleText) => getMessage(messageName(id, field));
  return { title: get('title') || id, explanation: get('explanation'), suggestion: get('suggestion') };
}

/** A category's label from the locale catalog. */
export function categoryLabel(id: CategoryId): string {
  return getMessage(categoryMessageName(id)) || id;
}

/** A fixed word of the compose panel from the locale catalog. */
export function uiText(key: HintUiKey): string {
  return getMessage(`ui_${key}`);
}
