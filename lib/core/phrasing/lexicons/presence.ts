import { DOMAIN_001, type Lexicon, TRIX_PSENKA } from './types';

/** Being there rather than doing: watching, following, sitting in. Observerships are read this way (article 001). */
export const presence: Lexicon = {
  category: 'presence-only',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    "(?:did not|didn[’']t|never) (?:miss|missed|skip|skipped) (?:a|any|an) ?(?:single )?(?:day|shift|session|lecture|conference|class|rounds|clinic|meeting)",

    'observ(?:ed|ing) (?:in|at|during|on|our|my|the|numerous|many|several|a (?:wide|broad|variety))',
    'followed (?:our|the|my|his|her|a) (?:\\w+ )?(?:team|service|residents?|attendings?|fellows?|surgeons?|physicians?|rounds)',
    'sat in (?:on|with)',
    'had the (?:opportunity|chance|privilege) to (?:see|observe|witness|watch|shadow|be exposed|learn about|attend|join)',
    '(?:mostly|mainly|largely|primarily|often|usually) (?:watching|observing|listening)',
    '(?:spent|spending) (?:most|much|the majority|a lot) of (?:the|his|her|their) (?:\\w+ )?(?:watching|observing|listening)',
    'watching (?:our|the|my) (?:residents|team|attendings|fellows|surgeons)',
    '(?:allowed|enabled) (?:him|her|them) to (?:witness|see|observe|watch|experience)',
    'witness(?:ed|ing)?',
    '(?:was|were) (?:with us|present|there) (?:in|at|for|during) (?:the|our|my)',
    'joined (?:us|our team|the team|me) (?:at|for|on|in) (?:\\w+ )?(?:rounds|board|conference|clinic|meetings?|journal club)',
    '(?:a )?regular (?:fixture|presence|attendee|participant|face|visitor)',
    'listened (?:attentively|carefully|intently|closely)',
    'took part in (?:our|an|the|a) (?:\\w+ )?(?:course|lecture|webinar|series|sessions?)',
    '(?:was|were|got|getting) exposed to',
    'exposure to',
    'shadow(?:ed|ing)',
    'tag(?:ged|s)? along',
    'was (?:in|on) the (?:operating room|or|labou?r (?:and|&) delivery unit|ward|floor|unit) (?:daily|every day|each day|for)',
    '(?:was|were) (?:\\w+ly )?present (?:in|at|for|during|on)',
    'accompan(?:ied|ying|y) (?:the|our|my|us|me)\\b',
    '(?:was|were) (?:a )?part of (?:the|our|my) (?:\\w+ )?(?:team|service|group) (?:that|which|who) (?:rounded|saw|met|covered|visited)',
    'rounded with (?:us|the team|our team|me)',
    '(?:time|weeks?|days?|months?) (?:with us |here )?(?:went into|was spent|were spent|consisted (?:mainly |mostly )?of) (?:\\w+ )?(?:watching|observing|listening|shadowing)',
    'watch(?:ed|ing) (?:how|as) (?:our|the|my|we|i)\\b',
    '(?:permitted|allowed|invited|welcomed) to (?:join|follow|observe|watch|attend|sit in|shadow)',
    'follow(?:ed)? the (?:daily )?care of',
  ],
};
