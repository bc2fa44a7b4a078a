import { DOMAIN_000, type Lexicon } from './types';

/** Asking for any position at all: the reader cannot tell what to offer (article 000). */
export const anyPosition: Lexicon = {
  category: 'any-position',
  sources: [DOMAIN_000],
  terms: [
    '(?:any|whatever) (?:kind of |type of |sort of )?(?:position|opportunit(?:y|ies)|opening|role|post|vacancy|work|placement|capacity)(?: (?:at all|available|you (?:may|might|can|could) (?:have|offer)))?',
    'anything (?:at all|available|you (?:can|could|may|might) offer)',
    'even (?:as )?(?:an? )?(?:volunteer|volunteering|unpaid|without pay|for free)',
    'paid or unpaid',
    'something i (?:can|could) do',
    'in any (?:capacity|role|way)',
    'i (?:will|would) (?:accept|take|do) anything',
    'or even (?:\\w+ )?(?:administrative|clerical|volunteer|unpaid|basic|non-clinical|office)',
    'open to (?:any|anything|all)',
    '(?:openings?|positions?|opportunit(?:y|ies)|roles?) of any (?:kind|sort|type)',
    'flexible (?:on|about|regarding|with|in) (?:the )?(?:specialty|setting|department|role|position|field)',
    '(?:any|whichever|whatever) specialty',
    '(?:whatever|any) opportunity (?:exists|there is|is available|you have)',
    '(?:any|whatever) (?:sort of |kind of |type of )?(?:research|clinical|medical|paid|unpaid|part-time|volunteer) (?:position|opportunit(?:y|ies)|opening|role|job|work|post)s?',
    'any (?:sort|kind|type) of (?:thing|job|work|role|position)',
    '(?:work|working|serve|volunteer) without (?:pay|payment|salary|a stipend)',
    'anything (?:that|which) (?:\\w+ )?(?:gets|gives|helps|brings|provides)',
  ],
};

/** Signs of a mass mailing: it reads as sent to everyone, so it is answered by no one (article 000). */
export const massMailing: Lexicon = {
  category: 'mass-mailing',
  sources: [DOMAIN_000],
  terms: [
    '(?:(?:writing|sending (?:this|emails?|this email)?|reaching out|applying|writing emails|emailing) to|contacting|emailing|approaching) (?:many|several|multiple|various|numerous|a number of|all the|different|lots of|hundreds of|dozens of) (?:\\w+ )?(?:hospitals|departments|programs|institutions|doctors|physicians|universities|centres|centers|clinics|faculty)',
    'greetings of the day',
    '(?:your )?(?:esteemed|reputed|prestigious|renowned|respected|great) (?:institution|organi[sz]ation|hospital|university|department|institute|establishment|centre|center)',
    'kindly revert',
    '(?:dear|respected) (?:sir(?: or madam|/madam)?|madam|hiring manager|concerned|team|doctor|professor)\\b(?! \\w)',
    'to whom it may concern',
    '(?:do )?the needful',
  ],
};

/** A reply deadline set for a stranger who owes the applicant nothing. */
export const replyDeadline: Lexicon = {
  category: 'reply-deadline',
  sources: [DOMAIN_000],
  terms: [
    'need (?:an|your|a) (?:answer|reply|response|decision|confirmation) (?:before|by|within|today)',
    '(?:quick|prompt|urgent|immediate|early) (?:response|reply|answer|decision) (?:is )?(?:necessary|needed|required|essential|expected)',

    '(?:respond|reply|revert|answer|confirm|decide|decision|let me know|get back to me|hear (?:back )?from you|response|reply|a reply|an answer)\\b[^.?!;]{0,50}?\\b(?:within (?:\\d+|one|two|three|a few|24|48|72) (?:hours?|days?)|by (?:the )?(?:end of (?:the |this )?(?:day|week)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|\\d{1,2}(?:st|nd|rd|th)?\\b)|before (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend)|today\\b)',
    "if i (?:do not|don[’']t) hear (?:back )?[^.]{0,30}\\bby",
    'i will assume (?:the answer is|that you|you)',
    'need your (?:decision|answer|reply|response|confirmation) (?:before|by|within|today)',
    'need to know (?:by|before|within|today|tomorrow)',
    '(?:reply|answer|response|decision|know|hear|confirm\\w*)[^.?!]{0,40}at the latest',
    'need (?:an|your|a) (?:answer|reply|response|decision|confirmation) from you',
    '(?:respond|reply|revert|answer|confirm|let me know)[^.?!;]{0,30}\\b(?:by|before) (?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: of)? ?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    '(?:answer|reply|response|decision|confirmation|know)[^.?!]{0,30}no later than',
    'need (?:your|an|a) (?:\\w+ )?(?:answer|reply|response|decision|confirmation|acceptance|letter) (?:from you )?(?:before|by|within|today|no later)',
  ],
};

/** Begging and pleading: it pressures a stranger and reads as desperation, not fit. */
export const begging: Lexicon = {
  category: 'begging',
  sources: [DOMAIN_000],
  terms: [
    'beg(?:ging)?\\b',
    'i (?:humbly )?pray',
    'have mercy',
    'without your help',
    '(?:forever|eternally) (?:in your debt|grateful|indebted)',
    'please,? please',
    '(?:my|the) (?:last|only) (?:hope|option|chance|resort)',
    'nowhere else to (?:turn|go)',
    '(?:dream|life|future|career|hopes?) (?:will|would) be (?:destroyed|ruined|over|shattered)',
    'from the (?:bottom|depths) of my heart',
    'humbly (?:request|beg|pray|plead|ask)',
    'i will never let you down',
    'sacrificed everything',
    "(?:do not|don[’']t|please don[’']t) ignore (?:this|me|my)",
    'plead(?:ing)?',
    'give me (?:a|this|one|just one|the) (?:chance|opportunity)',
    '(?:grateful|happy|honou?red) just to be (?:around|near|in|part)',
    'i promise (?:to|that i will|you)',
    '(?:rejected|turned down|refused) by (?:\\d+|many|every|all|dozens|so many|countless)',
    '(?:someone|somebody|anyone) to believe in me',
    '(?:just|simply) let me (?:in|come|join|try)',
    'day and night',
  ],
};

/** A pile of attachments: a stranger will not open twelve files to find out who you are. */
export const attachmentDump: Lexicon = {
  category: 'attachment-dump',
  sources: [DOMAIN_000],
  terms: [
    '(?:please )?(?:find|see) (?:the )?(?:attached|enclosed)',
    'attached (?:you will find|are|is|please find)',
    "(?:i have|i[’']ve|i am|i[’']m) (?:attached|attaching|enclosed|enclosing)",
    '(?:attaching|enclosing)',
    '(?:zip|zipped) (?:folder|file)',
    '(?:go through|review) the (?:enclosed|attached)',
    'complete portfolio',
    'enclosed (?:are|is|please find|you will find)',
    'certificates? of (?:participation|attendance)',
    'sending (?:you )?(?:all )?my (?:certificates|documents|transcripts|marksheets|mark sheets)',
    'for your perusal',
    'in the attachments?',
    '(?:complete|entire|full) (?:academic )?record',
    'sending (?:you )?(?:my|all my) (?:cv|résumé|resume|documents|files|credentials)',
    '(?:full|complete|entire|whole) portfolio',
    '(?:compiled|combined|merged) (?:my |all )',
  ],
};

/** Following up too often: a second email after a week is fine; more reads as pressure (article 000). */
export const tooManyFollowUps: Lexicon = {
  category: 'too-many-follow-ups',
  sources: [DOMAIN_000],
  terms: [
    'writing (?:to you )?(?:every day|daily|again and again)',
    '(?:bother|disturb|trouble) you again',

    '(?:following up|writing|emailing|checking in|checking|reaching out) (?:again|once more|once again|for the (?:second|third|fourth|fifth|\\w+th) time)',
    '(?:my )?(?:third|fourth|fifth|sixth|\\d+(?:rd|th)) (?:email|message|follow-up|time writing)',
    '(?:second|third|fourth) (?:email|message|follow-up) (?:this week|today|in (?:two|three|a few) days)',
    'bump(?:ing)? (?:this|my (?:email|message))',
    "(?:have not|haven[’']t|did not|didn[’']t) (?:replied|responded|answered|written back) to my (?:last|previous) (?:\\w+ )?(?:messages|emails)",
    '(?:called|phoned|rang) (?:your office|you) (?:twice|again|three times|several times)',
    'since yesterday',
    'emails? from (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)(?:,| and)',
    'to make sure you (?:received|got|saw) (?:my|this)',
    'resend(?:ing)?',
    '(?:sent|email|message|mail)[^.?!]{0,20}\\b(?:hours?|minutes?) ago',
    'voice ?mails?',
    'every day since',
    '(?:left|leaving) (?:\\w+ )?(?:messages|voicemails?) (?:at|with|for)',
    'reminder (?:no\\.?|number|#) ?\\d',
    '(?:\\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth) reminder',
    'my (?:two|three|four|five|several|\\d+) (?:previous|earlier|prior|last) (?:emails|messages|mails)',
    '(?:writing|emailing|messaging|calling|mailing) (?:you )?(?:daily|every day)',
  ],
};

/** A life story in a cold email: the reader wants one paragraph on fit, not a biography (article 000). */
export const lifeStory: Lexicon = {
  category: 'life-story',
  sources: [DOMAIN_000],
  terms: [
    'my (?:marriage|husband|wife|children|kids|divorce)',
    'birth of my',
    'my (?:father|mother|parents|dad|mom|mum) (?:was|were|is|are|always|taught|worked)',
    '(?:share|tell you) how i came to',
    '(?:obstacles|hardships|struggles|difficulties|challenges) i (?:have )?(?:faced|overcome|endured)',

    'i grew up',
    'i was born',
    'lost my (?:father|mother|parents|dad|mom|mum)',
    'my (?:journey|story) (?:began|started|in medicine)',
    'let me tell you (?:a little |a bit )?about (?:my|myself)',
    '(?:the )?story of (?:how|my)',
    'my passion for medicine (?:started|began)',
    'when i was (?:\\d+|a child|young|little|eight|nine|ten|seven|six|five|twelve|a boy|a girl)',
    '(?:faced|overcame|went through|endured) (?:many |several |great |countless )?(?:hardships|difficulties|struggles|obstacles)',
    '(?:hardships|struggles|sacrifices) (?:my family|i have)',
    'got married',
    'the american dream',
    'political instability',
    'eldest of',
    '(?:financial|family) (?:difficulties|hardships|struggles|problems)',
    'ever since i was',
    'my story',
    '(?:start|begin|tell you|story) from the (?:very )?beginning',
    'ever since i\\b',
    'my school (?:years|days)',
    '(?:begin|start) with my (?:school|childhood|early|family)',
    'allow me to (?:describe|tell|share|narrate|explain) (?:the|my)',
    'gap years?',
    '(?:share|tell you) (?:a little |a bit |something )?about my (?:background|family|life|childhood|journey|upbringing)',
    'struggles that brought me',
  ],
};
