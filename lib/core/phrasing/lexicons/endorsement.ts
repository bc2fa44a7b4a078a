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
  ],
};
