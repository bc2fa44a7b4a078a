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
    'not aware of (?:any|anything) ?(?:\\w+ )?(?:reasons?|concerns?|issues?|problems?|deficits?|weakness(?:es)?|complaints?|lapses?|incidents?)?',
    'at no (?:point|time) (?:did|was|were|has|have)',
    '(?:see|saw|know of|found) (?:nothing|no (?:reason|obstacle|barrier)) (?:that )?(?:would|should|could|will|to) (?:prevent|stop|keep|hinder|preclude|doubt)',
    'nothing (?:that )?(?:would|should|could|will) (?:prevent|stop|keep|hinder|preclude)',
    'free (?:from|of) (?:any )?(?:\\w+ )?(?:mistakes|errors|problems|issues|concerns|complaints|incidents)',
    'never (?:once )?(?:did i |i |have i |had i |have we |we )?(?:had|have|needed|need) to (?:correct|reprimand|remind|discipline|warn|speak to|talk to)',
    'nothing (?:about|in|of) (?:his|her|their) (?:\\w+ )?(?:gives?|gave|raised?|caused?)',
    '(?:reason|cause) (?:to|for) (?:doubt|concern|worry)',
    'not (?:one|a single) (?:\\w+ )?(?:ever )?(?:lodged|made|filed|raised|voiced|complained)',
    '(?:lodged|filed) (?:a|any) complaint',
    "(?:cannot|can[’']t|could not|do not|don[’']t) (?:think of|recall|remember) (?:a single|any|one) (?:instance|time|occasion|case|example) (?:in which|where|when)",
  ],
};
