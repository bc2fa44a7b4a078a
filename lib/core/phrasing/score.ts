import { analyze } from './index';
import type { Kind } from './types';

/** A labelled sentence: 'weak' if a program director or busy writer would read it as weak, 'ok' if not. */
export interface LabelledSentence {
  text: string;
  label: 'weak' | 'ok';
  kind: Kind;
}

/** Recall and false flags of one slice of a labelled set. */
export interface SliceScore {
  weak: number;
  caught: number;
  ok: number;
  flaggedOk: number;
  recall: number;
  falseFlagRate: number;
}

/** A set's score overall and per kind, with the sentences it got wrong. */
export interface SetScore {
  overall: SliceScore;
  byKind: Record<Kind, SliceScore>;
  missed: LabelledSentence[];
  falseFlags: (LabelledSentence & { rules: string[] })[];
}

/** The span hints (warning or error) that would underline a sentence: what the sets are scored on. */
export function flaggingRules(text: string, kind: Kind): string[] {
  return analyze(text, { kind })
    .filter((h) => h.scope === 'span' && h.severity !== 'info')
    .map((h) => h.ruleId);
}

function slice(items: { label: string; flagged: boolean }[]): SliceScore {
  const weak = items.filter((i) => i.label === 'weak');
  const ok = items.filter((i) => i.label === 'ok');
  const caught = weak.filter((i) => i.flagged).length;
  const flaggedOk = ok.filter((i) => i.flagged).length;
  return {
    weak: weak.length,
    caught,
    ok: ok.length,
    flaggedOk,
    recall: weak.length ? caught / weak.length : 1,
    falseFlagRate: ok.length ? flaggedOk / ok.length : 0,
  };
}

/** Scores the analyzer on a labelled set: a sentence is flagged when it gets a warning or error span hint. */
export function scoreSet(set: readonly LabelledSentence[]): SetScore {
  const judged = set.map((s) => ({ ...s, rules: flaggingRules(s.text, s.kind) }));
  const items = judged.map((s) => ({ ...s, flagged: s.rules.length > 0 }));
  const kinds: Kind[] = ['letter', 'request', 'outreach'];
  return {
    overall: slice(items),
    byKind: Object.fromEntries(kinds.map((k) => [k, slice(items.filter((i) => i.kind === k))])) as Record<
      Kind,
      SliceScore
    >,
    missed: items.filter((i) => i.label === 'weak' && !i.flagged),
    falseFlags: items.filter((i) => i.label === 'ok' && i.flagged),
  };
}

/** A score as a few readable lines: overall and per kind. */
export function formatScore(score: SetScore): string {
  const line = (name: string, s: SliceScore) =>
    `${name.padEnd(9)} recall ${s.recall.toFixed(3)} (${s.caught}/${s.weak})  false flags ${s.falseFlagRate.toFixed(3)} (${s.flaggedOk}/${s.ok})`;
  return [line('all', score.overall), ...Object.entries(score.byKind).map(([kind, s]) => line(kind, s))].join('\n');
}
