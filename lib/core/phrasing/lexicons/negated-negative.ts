import { DOMAIN_001, type Lexicon, TRIX_PSENKA } from './types';

/** Praise by the absence of problems (Trix & Psenka's "minimal assurance"): nothing went wrong is the best said. */
export const negatedNegative: Lexicon = {
  category: 'negated-negative',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    '(?:never|not once) (?:gave|caused|raised|presented) (?:me |us |anyone )?(?:any )?(?:cause|reason|trouble|problems?|concerns?|issues?)',
    '(?:would|could) (?:lead|cause) (?:me|us|anyone) to (?:doubt|question|worry)',

    'no reason to (?:think|believe|doubt|expect|suspect|worry)',
    'no (?:disciplinary|professionalism|behaviou?ral|conduct|attendance|integrity|significant|major|serious|red) (?:concerns?|issues?|problems?|actions?|flags?|lapses?|incidents?)',
    'no unexplained gaps?',
    "(?:did not|didn[’']t|never) (?:make|commit) (?:any )?(?:significant |major |serious |obvious |dangerous )?(?:errors?|mistakes?)",
    '(?:nothing|no aspect) (?:about|in|of) (?:his|her|their) (?:performance|conduct|work|behaviou?r) (?:raised|gave|caused)',
    'raised (?:a|any) (?:red flag|concern|alarm)',
    'cannot (?:think of|recall|identify|name) (?:any|a single|a) (?:weakness|reason|concern|problem|issue|deficit)',
    'not aware of (?:anything|any (?:reason|concern|issue|problem|deficit|weakness))',
    'at no point did (?:i|we)',
    'i have no reservations about',
    'no (?:concerns|issues|problems|complaints) (?:were|have been) (?:raised|reported|noted)',
    'never (?:had to|needed to) (?:correct|reprimand|remind|discipline|warn)',
    'nothing (?:negative|concerning|worrying|of concern) (?:to report|to say|came up)',
    'not (?:once|one time) (?:did|was|were)',
  ],
};
