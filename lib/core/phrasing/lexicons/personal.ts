import { type Lexicon, MADERA_2009, TRIX_PSENKA } from './types';

/** Life outside work, looks and pleasantries: irrelevant to a program, and doubt-raising in a letter. */
export const personal: Lexicon = {
  category: 'personal',
  sources: [TRIX_PSENKA, MADERA_2009],
  terms: [
    '(?:his|her|their) (?:accent|looks|appearance|weight|age|smile)',
    'good luck (?:to (?:him|her|them)|in|with)',
    'wherever (?:he|she|they) (?:ends? up|goes|lands?|matches)',

    'outside (?:of )?(?:the hospital|work|medicine|the clinic|the wards?|of work|the lab)',
    'in (?:his|her|their) (?:free|spare|leisure|off) time',
    '(?:enjoys?|loves?|likes?) (?:playing |to play |to cook |cooking |hiking |dancing |singing |painting |reading |running )?(?:cricket|chess|football|soccer|tennis|hiking|cooking|dancing|music|singing|painting|travel(?:ling|ing)?|poetry|baking|gardening|photography|yoga|running|swimming)',
    'hobb(?:y|ies)',
    '(?:charming|lovely|pretty|beautiful|attractive|sweet|delightful) (?:young )?(?:lady|woman|girl|man|gentleman|person)',
    '(?:warm|lovely|beautiful|bright) smile',
    'sense of humou?r',
    '(?:keeps?|kept) (?:the (?:whole )?team|everyone|us) (?:laughing|smiling|entertained)',
    '(?:classical |talented |accomplished |keen )?(?:dancer|singer|musician|pianist|painter|athlete|chef)',
    '(?:marathon|avid|keen|fellow) (?:runner|reader|traveller|traveler|cyclist|hiker)',
    '(?:wonderful|great|excellent|amazing) (?:cook|baker|host)',
    '(?:his|her|their) family (?:has been|is|was|are|were) (?:very |so |extremely )?(?:supportive|proud)',
    'dressed (?:professionally|well|neatly|smartly|appropriately|impeccably)',
    'carried (?:himself|herself|themselves) with (?:grace|poise|dignity)',
    '(?:a |such a |real |great |true |an absolute )?(?:pleasure|delight|joy) to (?:have|work with|teach|be around|know)',
    'wish(?:es)? (?:him|her|them) (?:the (?:very )?best|well|luck|every success|success|all the best)',
    'future endeavou?rs',
    '(?:his|her|their) (?:jokes|humou?r|sweets|baking|cooking|cakes|snacks|dishes)',
    'brought (?:in )?(?:\\w+ )?(?:food|sweets|snacks|cakes|treats|cookies|pastries)',
    '(?:his|her|their) (?:father|mother|parents|family|uncle|aunt|husband|wife) (?:is|was|are|were) (?:a |an )?(?:dear |close |old |good )?(?:friend|colleague|physician|doctor|surgeon)',
    'hails? from',
    '(?:respected|well-known|renowned|good|distinguished|prominent) family',
    'well[- ](?:turned[- ]out|groomed|dressed|mannered)',
    'carr(?:y|ies|ied) (?:himself|herself|themselves) with',
    'elegan(?:ce|t|tly)',
  ],
};
