import type { HintUiKey } from './texts';
import type { CategoryId, RuleText } from './types';

/**
 * Where the rules' words come from. Every context reads them the same way: by message name from the extension's
 * locale catalog (_locales/en/messages.json, generated from texts.ts at build time), through a lookup each
 * entrypoint installs (lib/platform/i18n-texts.ts: browser.i18n.getMessage). The words are therefore not carried
 * in the content script's JavaScript. Node tests and benchmarks install a lookup into the same generated catalog.
 */
export type MessageLookup = (name: string) => string;

let lookup: MessageLookup = () => '';
// Each rule's words, read once per lookup: a hint reads them every time it is made.
const words = new Map<string, RuleText>();

/** Installs the lookup the rules' words are read through (once per context, before the first hint is shown). */
export function setMessageLookup(next: MessageLookup): void {
  lookup = next;
  words.clear();
  version++;
}

/** The locale-catalog message name of one of a rule's words, e.g. rule_thin_contact_explanation. */
export function messageName(id: string, field: keyof RuleText): string {
  return `rule_${id.replace(/[^a-zA-Z0-9]/g, '_')}_${field}`;
}

/** The locale-catalog message name of a category label, e.g. category_faint_praise. */
export function categoryMessageName(id: string): string {
  return `category_${id.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

/** The locale-catalog message name of a fixed word of the compose panel. */
export function uiMessageName(key: string): string {
  return `ui_${key}`;
}

/** A rule's words; the title falls back to the rule's id when no catalog is installed. */
export function ruleText(id: string): RuleText {
  let text = words.get(id);
  if (!text) {
    const get = (field: keyof RuleText) => lookup(messageName(id, field));
    text = { title: get('title') || id, explanation: get('explanation'), suggestion: get('suggestion') };
    if (text.explanation) words.set(id, text);
  }
  return text;
}

/** The label of a rule category. */
export function categoryLabel(id: CategoryId): string {
  return lookup(categoryMessageName(id)) || id;
}

/** A fixed word of the compose panel. */
export function uiText(key: HintUiKey): string {
  return lookup(uiMessageName(key));
}

/** The locale-catalog message name of a lexicon's pattern, e.g. lexicon_faintPraise. */
export function lexiconMessageName(name: string): string {
  return `lexicon_${name}`;
}

/** A category lexicon's words as one regex alternation (empty until a catalog is installed). */
export function lexiconPattern(name: string): string {
  return lookup(lexiconMessageName(name));
}

/** The locale-catalog message name of a regex pattern (patterns.ts), e.g. pattern_ranking. */
export function patternMessageName(name: string): string {
  return `pattern_${name}`;
}

/** A named regex source from the catalog (empty until a catalog is installed). */
export function patternSource(name: string): string {
  return lookup(patternMessageName(name));
}

// Bumped with each new lookup, so patterns compiled from the catalog are compiled again.
let version = 0;

/** A named catalog pattern as a regex, compiled on first use after each lookup; it matches nothing while the catalog lacks it. */
export function catalogPattern(name: string): () => RegExp {
  let re = /(?!)/;
  let at = -1;
  return () => {
    if (at !== version) {
      re = new RegExp(patternSource(name) || '(?!)');
      at = version;
    }
    return re;
  };
}

/** The locale-catalog message name of a kind's sentence model, e.g. model_request. */
export function modelMessageName(kind: string): string {
  return `model_${kind}`;
}

/** A kind's sentence model as its catalog string (empty until a catalog is installed). */
export function modelSource(kind: string): string {
  return lookup(modelMessageName(kind));
}

/** The locale-catalog message name of a span rule's first words (heads.ts), e.g. heads_thin_contact. */
export function headsMessageName(id: string): string {
  return `heads_${id.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

/** A span rule's first words as the catalog lists them (empty until a catalog is installed). */
export function ruleHeads(id: string): string {
  return lookup(headsMessageName(id));
}
