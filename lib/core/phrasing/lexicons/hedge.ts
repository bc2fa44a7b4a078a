import { DOMAIN_001, type Lexicon, MADERA_2019, TRIX_PSENKA } from './types';

/** The writer hedging their own knowledge or their claim: doubt raisers (Madera et al. 2019). */
export const hedgedKnowledge: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA, DOMAIN_001],
  terms: [
    'i (?:suspect|imagine|assume|gather|presume|would guess|guess)\\b',
    'from what i (?:was able to|could|have been able to|got to|did) (?:see|tell|observe|gather|judge)',
    'as far as i (?:know|could tell|can tell|am aware|could see)',
    'to (?:the best of )?my knowledge',
    '(?:probably|presumably|possibly|perhaps)',
    "(?:it is|it[’']s|seems) (?:likely|possible|conceivable) that",
    'in due course',
    '(?:may|might|could) well (?:turn out|become|be|prove|develop)',
    "(?:it is |it[’']s )?(?:too early|hard|difficult) (?:for me )?to (?:say|tell|judge|predict)",
    'once (?:he|she|they) (?:is|are|becomes?|gets?|has|have|grows?|gains?|develops?|builds?|learns?|improves?|acquires?|finds?) (?:more |better |a bit more |some |a little more )?(?:familiar|comfortable|experienced|settled|used to|acclimated|adjusted|confidence|confident|experience|fluency|fluent|(?:his|her|their) (?:feet|footing|voice))',
    'i (?:expect|believe|think|hope|trust|feel) (?:that )?(?:he|she|they) (?:will|would|could|should|can|might|may) (?:eventually |probably |likely |one day |in time )?(?:function|manage|cope|do (?:well|fine|ok)|be able|become|improve|adapt|grow|develop|catch up|get there|turn out)',
    '(?:deserves?|earned) a chance',
    'given (?:time|the chance|the opportunity|more time)',
    'in time,? (?:he|she|they)',
    'insofar as i (?:can|could) (?:tell|see|judge)',
    'gives? the impression (?:of|that)',
    '(?:to me at least|at least to me|in my limited (?:view|experience|exposure))',
    'on the right track',
    "(?:though|although|but|if) i (?:cannot|can[’']t|could not|am not|was not) (?:be )?(?:entirely |completely |fully )?(?:certain|sure)",
    '(?:it is|it was) my (?:impression|sense|feeling) that',
    'as far as i (?:can|could) judge',
    'if i (?:had|have|were) to guess',
    "i[’']d (?:say|guess|imagine)",
  ],
};
