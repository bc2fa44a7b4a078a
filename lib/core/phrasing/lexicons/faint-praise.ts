import { DOMAIN_001, type Lexicon, SCHMADER, TRIX_PSENKA } from './types';

/** Lukewarm words for the applicant's skills or work: they certify a minimum, where programs rank from the top. */
export const faintPraise: Lexicon = {
  category: 'faint-praise',
  sources: [TRIX_PSENKA, SCHMADER, DOMAIN_001],
  terms: [
    'appropriate',
    'sufficient(?:ly)?',
    'reasonabl[ey]',
    'okay',
    'ok\\b',
    'fine',
    'decent',
    'serviceable',
    'passable',
    'acceptable',
    'adequate(?:ly)?',
    'solid',
    'fair(?:ly good)?',
    'unremarkable',
    'so-so',
    '(?:in )?the middle of (?:the|his|her|their) (?:pack|road|group|class|cohort|rotation group)',
    'not bad',
    'good enough',
    'mediocre',
    'well (?:accepted|tolerated|received) by',
    'up ?to the (?:mark|standard|expected level)',
    'upto (?:the mark|par|standard)',
    'more often than not',
  ],
};

/** Comparisons that place the applicant level with peers or below them. */
export const levelWithPeers: Lexicon = {
  category: 'faint-praise',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    '(?:about|roughly|approximately|around|at) (?:the |at the )?(?:level|standard) (?:(?:we|one|i|that) )?(?:would |might |could )?(?:expect|of)',
    '(?:roughly|about|approximately|more or less) (?:level|even|on par) with',

    'about (?:what (?:one|we|i) (?:would|might|could) expect|the average|average|on par with|the same as|the level of)',
    '(?:roughly|about|approximately|more or less|generally) (?:at )?(?:the level of|on par with|in line with|comparable to|similar to|equal to)',
    '(?:at|on) (?:the )?(?:level|par) (?:of|with) (?:his|her|their) (?:peers|classmates|cohort|colleagues|fellow)',
    'neither (?:ahead|above|better|stronger) (?:of )?(?:them|his|her|their|the)',
    '(?:in line|consistent|comparable) with (?:his|her|their|other|most) (?:peers|classmates|colleagues|cohort)',
    'if not (?:especially|particularly|terribly|exceptionally|very) (?:memorable|remarkable|impressive|outstanding|distinctive|insightful)',
    'got the (?:key|main|basic) points across',
    'closer to what (?:we|i) (?:expect|would expect|look for)',
    'what (?:we|one) (?:would )?expect (?:of|from) (?:a|an|any) (?:graduate|student|intern|trainee|applicant)',
    'nothing (?:out of the ordinary|extraordinary|exceptional)',
    '(?:roughly|about|approximately|more or less|essentially|basically|largely|pretty much) what (?:one|we|i) (?:would |might |could )?expect',
    '(?:squarely |right |somewhere |firmly )?in the middle of (?:the|his|her|their|our) (?:\\w+ )?(?:students|pack|group|class|cohort|residents|rotators|interns|peers|trainees)',
    'one of the (?:stronger|better|more (?:capable|competent|able|solid|reliable|promising)) (?:ones|students|residents|candidates|trainees|applicants|interns|members|observers|graduates)',
    'in keeping with what (?:we|one|i) (?:would )?expect',
    'nothing more(?:,)? (?:and|but) nothing less',
    '(?:sits|falls|is|was|ranks) (?:about |roughly )?where (?:one|we|i) would expect',
    'neither above nor below',
    'of an? (?:solid|reasonable|decent|acceptable|adequate|fair|satisfactory|sufficient) (?:standard|level|quality)',
    'middle[- ]of[- ]the[- ]road',
    '(?:would|will|should) (?:be able to )?survive',
  ],
};
