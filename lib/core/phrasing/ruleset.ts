import { type CompiledRules, compileRules, type KindMode } from './engine';
import { RULES } from './registry';
import type { AnalyzeOptions, Hint } from './types';

// Compiled rule sets are cached by (kind, disabled rules, custom phrases): options rarely change
// while someone types, so each keystroke reuses the same regex.
const cache = new Map<string, CompiledRules>();

/** The compiled rules for a kind and options, built once and reused. */
export function rulesFor(mode: KindMode, options: AnalyzeOptions = {}): CompiledRules {
  const disabled = Array.isArray(options.disabledRules) ? options.disabledRules : [];
  const custom = Array.isArray(options.customPhrases) ? options.customPhrases : [];
  const key = `${mode}|${disabled.join(',')}|${custom.map((p) => `${p?.phrase}\u0001${p?.suggestion ?? ''}`).join('\u0002')}`;
  let rules = cache.get(key);
  if (!rules) {
    if (cache.size > 32) cache.clear();
    rules = compileRules(
      RULES,
      mode,
      disabled,
      custom.filter((p) => typeof p?.phrase === 'string'),
    );
    cache.set(key, rules);
  }
  return rules;
}

/** Orders hints by start, then end, then rule id, so results are stable. */
export function byPosition(a: Hint, b: Hint): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Fewer words than this and the whole-text checks stay quiet (the user has barely started). */
export const MIN_DOCUMENT_WORDS = 5;
