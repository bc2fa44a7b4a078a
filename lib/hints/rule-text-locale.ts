import { browser } from 'wxt/browser';
import { messageName } from '@/lib/phrasing/locale';
import type { RuleText } from '@/lib/phrasing/types';

/**
 * The content script's lib/phrasing/text-source: a rule's words come from the extension's locale catalog
 * (_locales/en/messages.json, generated from lib/phrasing/texts.ts at build time), so they are not carried in
 * the script's JavaScript. Swapped in by the content-script build in wxt.config.ts.
 */
export function ruleText(id: string): RuleText {
  // The catalog is generated at build time, so WXT's typed message names do not list these.
  const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (name: string) => string;
  const get = (field: keyof RuleText) => getMessage(messageName(id, field));
  return { title: get('title') || id, explanation: get('explanation'), suggestion: get('suggestion') };
}
