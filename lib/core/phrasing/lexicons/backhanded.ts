import { type Lexicon, MADERA_2019, TRIX_PSENKA } from './types';

/** Praise that arrives through a concession: "not the strongest, but...". Readers keep the concession. */
export const backhanded: Lexicon = {
  category: 'backhanded',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: [
    'for an? (?:international|foreign|img|non-native|older|female|male|young) (?:medical )?(?:graduate|student|applicant|speaker|doctor|physician|woman|man)',
    'surprisingly (?:good|well|organi[sz]ed|strong|fluent|clear|competent|capable|articulate|sharp)',
    '(?:while|although|though|if|albeit) (?:(?:he|she|they) (?:was|were|is|are|may not be|might not be) )?not (?:the|a|an|always|particularly|especially|exactly) ',
    '(?:may|might|will|would) not be the (?:most|best|strongest|brightest|quickest|fastest|smartest|sharpest)',
    '(?:is|was|were|are) not the (?:most|best|strongest|brightest|quickest|fastest|smartest|sharpest) ',
    'not (?:a|an|the) (?:natural|star|standout|born)',
    'what (?:he|she|they) lacks? in',
    'makes? up for (?:it|this|that|any|what|his|her|their)',
    'made up for (?:it|this|that|any|what|his|her|their)',
    'compensate[sd]? for (?:his|her|their|a|any|this)',
    'is no (?:star|genius|superstar)',
    'lack(?:s|ed)? (?:the |a )?(?:polish|brilliance|flair|spark|confidence|natural)',
    '(?:despite|after|following) (?:a |an |her |his |their )?(?:slow|rocky|difficult|shaky|hesitant|weak|poor|uncertain) (?:start|beginning|first week)',
    'slow (?:start|to start|to warm up)',
    'eventually (?:got used to|adjusted|adapted|caught up|reached|settled|came up to|found (?:his|her|their) (?:feet|footing)|became)',
    'held (?:his|her|their) own',
    '(?:may|might|did) not (?:have been|be|been) (?:a|an|the) (?:natural|star|standout|strongest|best|brightest|quickest|fastest|most|top)',
    'hard to (?:follow|understand) at first',
    '(?:at first|initially|early on) (?:hard|difficult|challenging) to (?:follow|understand)',
    'compensat(?:ed|es|ing) (?:for it |for that )?(?:with|through|by)',
    '(?:surprisingly|disappointingly|unexpectedly|relatively) (?:low|poor|weak|modest|mediocre)',
  ],
};
