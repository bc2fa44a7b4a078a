import { DOMAIN_000, DOMAIN_001, type Lexicon } from './types';

/** A small or open-ended ask: it invites a short, generic letter (article 001: ask for a strong one). */
export const minimalAsk: Lexicon = {
  category: 'generic-ask',
  sources: [DOMAIN_001, DOMAIN_000],
  terms: [
    '(?:even |just |only )?(?:a|one) (?:couple of|few|two|brief|short) (?:sentences|lines|words|paragraphs?)',
    '(?:any|anything) (?:letter|reference|recommendation)?(?: ?at all| you (?:could|can|would|might) (?:write|give|offer|send|provide))',
    '(?:any|a) (?:letter|reference) (?:at all|of any (?:length|kind))',
    '(?:a )?(?:brief|short|quick|simple|small|basic|standard|generic) (?:paragraph|note|letter|line|reference|statement|confirmation) (?:saying|confirming|stating|that (?:says|states|confirms))',
    '(?:a )?(?:generic|standard|basic|simple|short|quick|brief) (?:letter|reference|recommendation|note)',
    'anything you (?:could|can|would|might) (?:write|say|put)',
    '(?:some|any) (?:kind|sort|type) of (?:reference|letter|recommendation)',
    'put (?:something|anything|a few words|a letter) together',
    'write (?:something|anything|a few words|a little something)',
    'whatever (?:you think|you feel|you (?:can|could|want|wish|prefer|are comfortable)|length|suits you|is (?:appropriate|convenient|easiest))',
    'nothing too (?:detailed|long|formal|elaborate)',
    'a few lines (?:confirming|saying|stating)',
    '(?:simply|just) (?:confirm|confirming|state|stating|say|saying) that i',
  ],
};

/** The applicant talking their own case down before the writer has written a word. */
export const selfUndermining: Lexicon = {
  category: 'self-undermining',
  sources: [DOMAIN_001, DOMAIN_000],
  terms: [
    "(?:was not|wasn[’']t|am not|i[’']m not) (?:the|your) (?:most|best|strongest|brightest|top)",
    '(?:chance|opportunity) to stand out',
    '(?:far from|less than) (?:perfect|ideal|great|stellar|my best)',
    'i (?:completely |fully |totally )?understand if you',
    '(?:made|make) (?:quite )?(?:a few|some|several|many|a couple of|a lot of|numerous) (?:mistakes|errors)',

    "(?:did not|didn[’']t|never) (?:really |particularly |much )?stand out",
    '(?:probably|definitely|certainly|surely)? ?not (?:one of )?your (?:best|strongest|top|brightest|most \\w+) (?:students?|observers?|trainees?|residents?|externs?)',
    'not (?:sure|certain) (?:if |whether |that )?you (?:will |would |still )?remember me',
    '(?:may|might|probably) (?:have forgotten|not remember) (?:me|who i am)',
    '(?:you )?(?:have|may have|might have) forgotten (?:me|who i am)',
    'nothing (?:special|remarkable|exceptional|outstanding)',
    'i (?:was|am) (?:quite |very |a bit |rather |somewhat )?(?:quiet|shy|average|unremarkable|forgettable)',
    "(?:did not|didn[’']t) (?:get|have) (?:much|many|a|the|enough) (?:chance|opportunit(?:y|ies)) to (?:show|demonstrate|prove)",
    '(?:made|make) (?:a few|some|several|many|a couple of) (?:mistakes|errors)',
    "(?:did not|didn[’']t) (?:really )?work (?:together )?(?:very |that |so )?closely",
    'sorry to (?:bother|trouble|disturb) you',
    "i (?:understand|will understand|would understand) (?:completely )?if you(?:[’']d| would| do not| don[’']t)? (?:rather not|prefer not|decline|say no|cannot|can[’']t)",
    'one of (?:many|so many|dozens of|the many) (?:observers|students|externs|rotators|visitors)',
    "(?:won[’']t|will not|doesn[’']t|does not) count against me",
  ],
};

/** The applicant dictating what the letter says: writers read it as a request to sign someone else's words. */
export const dictating: Lexicon = {
  category: 'dictating',
  sources: [DOMAIN_001],
  terms: [
    'make sure (?:to |you |the letter |it |that the letter )?(?:says?|mentions?|writes?|includes?|states?|highlights?|emphasi[sz]es?|covers?|notes?)',
    '(?:if|that) (?:the|your) letter (?:said|says|stated|states|mentioned|mentions|highlighted|highlights|could say|would say|included)',

    '(?:please |kindly |could you |can you |would you |also )?(?:mention|include|add|say|state|write|note down|highlight|emphasi[sz]e|stress|point out) (?:in (?:the|your) letter )?that i(?: am| was| have| had| performed| did| can| could| would| will)? ',
    '(?:it would (?:really |greatly )?help|i would (?:really )?appreciate it|it would be great) if you (?:wrote|said|stated|mentioned|included|could (?:say|state|write|mention|include)) that',
    'make sure (?:to |you )?(?:say|mention|write|include|state)',
    'describe me as',
    '(?:qualities|points|things|traits|skills) (?:that )?i (?:would like|want) (?:the letter|you) to (?:cover|mention|include|highlight)',
    '(?:would )?rank me (?:first|highly|#1|number one)',
    'say (?:that )?i (?:was|am) (?:the|your) best',
  ],
};

/** A near or past deadline, or pressure in place of one (article 001: ask about a month ahead). */
export const tooLate: Lexicon = {
  category: 'too-late',
  sources: [DOMAIN_001, DOMAIN_000],
  terms: [
    '(?:kindly |please )?prioriti[sz]e (?:this|my)',
    '(?:are|is|have) already (?:sending|sent|reviewing|started|begun|closed)',
    '(?:only )?(?:\\d+|a few|two|three|one) (?:more )?(?:hours?|days?) (?:left|remaining|to go)',
    '(?:my )?last chance',
    'need (?:you|it|the letter) (?:to be )?(?:submitted|uploaded|sent|to submit|to upload|to send)? ?(?:it )?(?:this week|today|tonight|tomorrow|right away|now)',

    '(?:is |was |are |were )?due (?:tomorrow|tonight|today|yesterday|this (?:evening|afternoon)|in (?:a few|two|three|\\d+|a couple of) (?:hours|days))',
    '(?:by|before) (?:midnight|end of (?:the )?day|eod|tonight|tomorrow(?: morning)?|this evening)',
    'within (?:24|48|72|\\d+|one|two|a few) (?:hours|days)',
    '(?:the |my |its )?deadline (?:was|passed|has passed|had passed|is (?:in|tomorrow|today|tonight))',
    '(?:passed|expired|closed) (?:last week|yesterday|already)',
    '(?:such |this |very |on |at )?short notice',
    'forgot to (?:ask|write|send) (?:you )?(?:earlier|sooner|before)',
    'in (?:a few|two|three|\\d+|a couple of) hours',
    "(?:need|needs|due|submit|upload|send|ready|closes?|closing) (?:[\\w’'-]+ ){0,3}?(?:in|within) (?:one|two|three|\\d+|a few|a couple of) days",
    '(?:start|starts|begin|begins|opens?) (?:reviewing|to programs)? ?(?:tomorrow|tonight|in (?:two|three|\\d+|a few|a couple of) days)',
    '(?:by \\w+,? )?asap',
    'my (?:whole|entire) (?:future|career|life) (?:depends|rests|hinges|relies) on',
    'last[- ]minute',
  ],
};

/** Offering to write the letter, or asking to see it: crosses the line the waiver draws (article 001). */
export const selfWritten: Lexicon = {
  category: 'crossing-a-line',
  sources: [DOMAIN_001, DOMAIN_000],
  terms: [
    '(?:prepared|drafted|pre-written|ready-made|sample|finished) (?:a )?letter (?:on my behalf|for you|you can)',
    '(?:prepared|drafted) (?:a |the )?letter',
    '(?:print|put) it on (?:the |your )?(?:\\w+ )?letterhead',
    '(?:you need only|you only need to|just|simply) (?:print|sign)',
    '(?:a |my )?template (?:with|for|of) (?:the |most of the )?(?:letter|text)',
    'text already (?:filled|written|drafted)',
    '(?:email|send|show|forward) me the (?:final )?(?:version|letter|draft|text)',
    'so (?:that )?i can (?:make sure|check|see|read|review|approve|edit)',

    '(?:write|draft|type) (?:it|the letter|the text|a draft|the draft|one) (?:up )?myself',
    '(?:should|shall|can|could|may) i (?:write|draft|prepare|compose) (?:it|(?:the|a|your) (?:text|letter|draft))',
    '(?:wrote|write|draft(?:ed)?) (?:their|our) own letters?',
    '(?:share|send|show) (?:the|your) (?:draft|letter|text) (?:with|to) me so (?:that )?i can',
    '(?:just |simply )?(?:sign|signed) (?:it|them|the letter)',
    '(?:put|print) it on (?:your |the )?letterhead',
    'left the waiver (?:box )?(?:unchecked|blank|unticked)',
    'let me (?:see|read|review|check) (?:what you (?:wrote|write|have written)|the letter|it) (?:before|first)',
    'cc me (?:when|so|on)',
    'so (?:that )?i can (?:see|read|review|check) (?:the|your) (?:final )?(?:version|letter|text)',
    'no surprises',
  ],
};

/** A casual ask with no context: who is asking, from which rotation, for what (article 000: generic requests). */
export const casualAsk: Lexicon = {
  category: 'generic-ask',
  sources: [DOMAIN_000],
  terms: [
    'remember me\\b(?! from your)',
    'would love (?:a|an|your) (?:letter|lor|rec)',
    ':\\)|:-\\)|;\\)',

    '(?:hey|hiya|yo)\\b(?: (?:doc|doctor|prof|there|dr\\.? \\w+))?',
    'rec(?:o)? letter',
    '(?:would you be|are you) down',
    '(?:need|needs|needing) (?:one more|another|an?) (?:lor|rec\\b|reference)',
    '(?:can|could) you (?:send|do|shoot|give) (?:me )?(?:a|an|the) (?:letter|lor|rec)\\b(?! of)',
    "it[’']s \\w+ from",
  ],
};
