import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './categories';
import { headsText } from './heads';
import { LEXICONS } from './lexicons';
import { alternation } from './lexicons/types';
import { localeMessages } from './locale';
import MODELS from './model/weights.json';
import { PATTERNS } from './patterns';
import { RULES } from './registry';
import { SIGNALS } from './signals';
import {
  categoryMessageName,
  headsMessageName,
  lexiconMessageName,
  messageName,
  modelMessageName,
  patternMessageName,
} from './text-source';
import { HINT_UI_TEXTS, RULE_TEXTS } from './texts';

describe('the rules’ words as a locale catalog', () => {
  it('holds every rule’s title, explanation and suggestion under a valid message name', () => {
    const messages = localeMessages();
    for (const rule of RULES) {
      for (const field of ['title', 'explanation', 'suggestion'] as const) {
        const name = messageName(rule.id, field);
        expect(name).toMatch(/^[a-zA-Z0-9_]+$/);
        expect(messages[name]?.message, `${rule.id} ${field}`).toBe(rule[field]);
        expect(rule[field].length, `${rule.id} ${field}`).toBeGreaterThan(3);
      }
    }
    for (const category of CATEGORIES) {
      expect(messages[categoryMessageName(category.id)]?.message).toBe(category.label);
      expect(category.label).not.toBe(category.id);
    }
    for (const [key, text] of Object.entries(HINT_UI_TEXTS)) expect(messages[`ui_${key}`]?.message).toBe(text);
    // Each lexicon's words, as the pattern its rules read; every lexicon a rule names exists.
    for (const [name, lexicon] of Object.entries(LEXICONS)) {
      expect(messages[lexiconMessageName(name)]?.message.replace(/\$\$/g, '$')).toBe(alternation(lexicon));
      for (const term of lexicon.terms) expect(() => new RegExp(term), term).not.toThrow();
      expect(lexicon.sources.length).toBeGreaterThan(0);
    }
    for (const rule of RULES) if (rule.scope === 'span' && rule.lexicon) expect(LEXICONS[rule.lexicon]).toBeDefined();
    // Each span rule's first words (the scan's index), read off the pattern the catalog gives it.
    for (const rule of RULES)
      if (rule.scope === 'span') expect(messages[headsMessageName(rule.id)]?.message).toBe(headsText(rule.pattern));
    // Each named pattern compiles, and every pattern a rule or a signal names exists.
    for (const [name, source] of Object.entries(PATTERNS)) {
      expect(messages[patternMessageName(name)]?.message.replace(/\$\$/g, '$')).toBe(source);
      expect(() => new RegExp(source, 'im'), name).not.toThrow();
    }
    for (const rule of RULES) {
      if (rule.scope !== 'document') continue;
      for (const name of [rule.requiresPattern, rule.readyWhen?.pattern])
        if (name) expect(PATTERNS[name]).toBeDefined();
    }
    for (const signal of SIGNALS)
      for (const name of [signal.pattern, signal.history]) if (name) expect(PATTERNS[name]).toBeDefined();
    // Each sentence model, as trained (model/weights.json), under its kind's name.
    for (const [kind, source] of Object.entries(MODELS)) expect(messages[modelMessageName(kind)]?.message).toBe(source);
    expect(Object.keys(messages)).toHaveLength(
      RULES.length * 3 +
        CATEGORIES.length +
        Object.keys(HINT_UI_TEXTS).length +
        Object.keys(LEXICONS).length +
        Object.keys(PATTERNS).length +
        Object.keys(MODELS).length +
        RULES.filter((r) => r.scope === 'span').length,
    );
    expect(Object.keys(RULE_TEXTS).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('doubles "$", which the catalog format reserves for placeholders', () => {
    const messages = localeMessages({ x: { title: 'Costs $5', explanation: 'e', suggestion: 's' } }, {}, {});
    expect(messages.rule_x_title.message).toBe('Costs $$5');
  });
});
