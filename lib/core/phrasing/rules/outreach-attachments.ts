import { sentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

const DOCUMENT =
  /\b(?:cv|résumé|resume|transcripts?|certificates?|diplomas?|logbooks?|score reports?|step \d|usmle|ecfmg|passport|photographs?|photos?|mark ?sheets?|letters?|personal statement|publications?|vaccination|immuni[sz]ation|bls|acls|licen[cs]e|credentials|degrees?|abstracts?|case reports?|video(?: introduction)?)\b/g;

// Four kinds of document or more (not one file asked for), a count of files, or "all my documents".
function manyDocuments(sentence: string): boolean {
  return (
    ((sentence.match(DOCUMENT)?.length ?? 0) >= 4 &&
      !/\b(?:single|one) (?:pdf|file|document)|as requested\b/.test(sentence)) ||
    /\b(?:\d+|ten|twelve|fifteen|twenty|all (?:my|of my|the)) (?:[\w-]+ ){0,3}(?:files|documents|certificates|attachments|publications|pages)\b|\b(?:every|each) (?:year|semester|course|conference|exam|rotation)|\ball (?:\w+ )?(?:years|semesters)\b|from (?:first|1st) to (?:final|last)|since (?:high school|school|childhood|(?:19|20)\d\d)|(?:complete|entire|full) (?:academic )?record|\bzip|portfolio|all (?:my|of my) (?:documents|certificates|credentials)/.test(
      sentence,
    )
  );
}

/** A pile of attachments: a stranger will not open many files to learn who you are. */
export const rule: SpanRuleDef = {
  id: 'outreach-attachments',
  category: 'attachment-dump',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'attachmentDump',
  reject: (ctx) => !manyDocuments(sentence(ctx)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Please find attached my CV, USMLE score reports, 12 certificates, transcripts, passport copy and three recommendation letters.',
  ],
  pass: ['I have attached my CV in case it is useful.'],
};
