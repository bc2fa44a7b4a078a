import { before, matched, sentence, strongParagraph, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** An endorsement with no strength: the polite minimum. */
export const rule: SpanRuleDef = {
  id: 'letter-minimal-endorsement',
  category: 'weak-endorsement',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'minimalEndorsement',
  reject: (ctx) =>
    strongSentence(ctx) ||
    // "I am pleased to write ... I offer my unequivocal support": the opener of a paragraph that endorses strongly.
    strongParagraph(ctx) ||
    // Gladness softens "I recommend her", not "I trust she will be given a fair chance".
    (!/\b(?:chance|letter|behalf|reference)\b/.test(matched(ctx)) &&
      /\b(?:gladly|happily|with (?:great )?pleasure|delighted|honou?red|eagerly)\b/.test(sentence(ctx))) ||
    /\b(?:fully|wholeheartedly|enthusiastically|strongly|highly|unreservedly|warmly) (?:support|endorse|recommend)/.test(
      sentence(ctx),
    ) ||
    // "I am greatly pleased to write": an intensified opener is not the polite minimum.
    /\b(?:greatly|truly|most|extremely|exceptionally|especially|particularly|very|delighted and|highly|strongly|warmly|enthusiastically|wholeheartedly|unreservedly)\s*$/.test(
      before(ctx, 20),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['I am happy to provide this letter on her behalf.'],
  pass: ['I am happy to provide this letter: she is the best student I have supervised in ten years.'],
};
