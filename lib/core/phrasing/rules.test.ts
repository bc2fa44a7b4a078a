import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from './examples';
import { analyze, CATEGORIES, RULES } from './index';
import type { Rule } from './types';

// Convention: one rule per file under rules/, named after its id, registered in registry.ts,
// documented, and proven by the sentences it must flag and the look-alikes it must leave alone.

const ruleFiles = readdirSync(join(__dirname, 'rules'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

const firedBy = (rule: Rule, sentence: string) =>
  analyze(sentence, { kind: rule.kinds[0] }).filter((h) => h.ruleId === rule.id);

describe('rule registry', () => {
  it('registers every rule file exactly once, under the file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(ruleFiles.sort());
    expect(Object.keys(EXAMPLES).sort()).toEqual(ruleFiles.sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is documented and has examples', (_id, rule) => {
    expect(CATEGORIES.map((c) => c.id)).toContain(rule.category);
    expect(rule.title.length).toBeGreaterThan(3);
    expect(rule.explanation.length).toBeGreaterThan(40);
    expect(rule.suggestion.length).toBeGreaterThan(20);
    expect(rule.kinds.length).toBeGreaterThan(0);
    expect(EXAMPLES[rule.id]?.flag.length).toBeGreaterThan(0);
    expect(EXAMPLES[rule.id]?.pass.length).toBeGreaterThan(0);
  });

  it.each(RULES.filter((r) => r.scope === 'span').map((r) => [r.id, r] as const))(
    '%s pattern compiles and has no capturing groups',
    (_id, rule) => {
      if (rule.scope !== 'span') return;
      const groups = new RegExp(`${rule.pattern}|`).exec('');
      expect(groups).toHaveLength(1);
    },
  );
});

const flagCases = RULES.flatMap((r) => EXAMPLES[r.id].flag.map((s) => [r.id, s, r] as const));
const passCases = RULES.flatMap((r) => EXAMPLES[r.id].pass.map((s) => [r.id, s, r] as const));

describe('rule examples', () => {
  it.each(flagCases)('%s flags: %s', (_id, sentence, rule) => {
    const hints = firedBy(rule, sentence);
    expect(hints.length).toBeGreaterThan(0);
    expect(hints[0]).toMatchObject({ scope: rule.scope, severity: rule.severity, category: rule.category });
  });

  it.each(passCases)('%s leaves alone: %s', (_id, sentence, rule) => {
    expect(firedBy(rule, sentence)).toEqual([]);
  });
});
