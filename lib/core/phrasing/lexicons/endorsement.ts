import { DOMAIN_001, type Lexicon, TRIX_PSENKA } from './types';

/** An endorsement that carries no strength: the polite minimum (Trix & Psenka's minimal assurance). */
export const minimalEndorsement: Lexicon = {
  category: 'weak-endorsement',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    '(?:happy|glad|pleased|willing) to (?:provide|write|offer|submit) (?:this|a|my) (?:letter|reference)',
    '(?:would|will|should|could) (?:be|make) a (?:good|fine|reasonable|nice|decent|suitable|welcome) (?:addition|fit|choice|candidate|resident)',
    'recommend (?:him|her|them|dr\\.? \\w+) for (?:your )?consideration',
    'for (?:your )?consideration (?:for|to) (?:a|your) (?:position|residency|program)',
    'a (?:suitable|reasonable|fair) candidate',
    'worth (?:considering|a look|an interview)',
    '(?:put|putting|puts|submit|submitting|present|presenting|offer|offering|forward|forwarding|recommend|recommending)(?:s|ed)? (?:him|her|them|dr\\.? \\w+|\\w+)(?: forward)? (?:to you )?for (?:your )?(?:kind )?consideration',
    'whatever consideration',
    'consideration (?:you (?:feel|think|believe) )?(?:it|he|she|they) (?:deserves?|merits?)',
    '(?:extend|extending|extends|offer|offering|lend|lending) my support',
    'consider (?:his|her|their) (?:application|candidacy) (?:favou?rably|positively|kindly)',
    'give (?:his|her|their) (?:application|candidacy) (?:due|favou?rable|kind|fair) consideration',
    '(?:has|have) my (?:recommendation|support|endorsement)\\b',
    'give (?:his|her|their) (?:application|candidacy) (?:your )?(?:due |favou?rable |kind |fair |full )?consideration',
    '(?:kindly|please) consider (?:him|her|them|dr\\.? \\w+|\\w+) for (?:a|any|the) (?:position|place|spot|seat|post)',
    'should be given (?:an interview|a chance|an opportunity|consideration)',
    'if your program has (?:availability|space|room|a spot|an opening|a position)',
    'recommended[.!]?(?=\\s*(?:$|\\n))',
    'at the request of (?:the )?(?:candidate|applicant|student)',
    'should be considered for',
    '(?:is|are) qualified to (?:enter|start|begin|join|undertake|pursue)',
    '(?:have|has) (?:him|her|them) considered',
    'considered for an interview',
    'any (?:assistance|help|consideration|favou?r) (?:rendered|given|extended|offered|shown)',
    '(?:feel|am|are) (?:quite |reasonably |fairly )?comfortable (?:recommending|supporting|endorsing)',
  ],
};
