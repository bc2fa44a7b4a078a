import { DOMAIN_000, DOMAIN_001, type Lexicon, MADERA_2009, MADERA_2019, SCHMADER, TRIX_PSENKA } from './types';

// The words of the rules written before the category lexicons, one list per rule, as data: like the category lexicons
// they travel in the locale catalog, not in the content script's JavaScript. Each rule keeps its grammar (where the
// words count) in its own file under rules/.

/** The words of rule effort-only (effort-only). */
export const effortOnlyRule: Lexicon = {
  category: 'effort-only',
  sources: [TRIX_PSENKA, SCHMADER],
  terms: [
    '(?:hard[- ]?work(?:ing|er)|works? hard|worked hard|diligent(?:ly|ce)?|punctual(?:ity)?|conscientious(?:ness)?|tr(?:y|ies|ied) (?:very |really )?hard|tr(?:y|ies|ied) (?:his|her|their) (?:very )?best|eager to (?:learn|help|please)|willing(?:ness)? to (?:learn|help)|dependab(?:le|ility)|industrious|put in (?:a lot of|great|much|considerable) effort|(?:shows?|showed|gave|put in) (?:great |good |a lot of |much )?effort|(?:highly |very |self[- ])?motivated|dedicat(?:ed|ion)|committed|reliab(?:le|ility)|always willing|(?:very )?enthusiastic|(?:show(?:s|ed|n)?|display(?:s|ed)?|demonstrat(?:es|ed)|express(?:es|ed)) (?:(?:a|an|great|keen|genuine|real|much|strong|lot of|lots of) )*(?:interest|enthusiasm|eagerness|curiosity|willingness))\\b',
  ],
};

/** The words of rule faint-adequate (faint-praise). */
export const faintAdequateRule: Lexicon = {
  category: 'faint-praise',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    String.raw`adequate(?:ly)?\b|acceptabl[ey]\b|(?:at|to|of) an acceptable (?:level|standard)|sufficient(?:ly)? (?:knowledge|skills?|performance|understanding|competence|level|standard|grasp|fund)|(?:performed|worked|functioned|did) sufficiently|passable\b|up to (?:par|standard|scratch)\b|appropriate (?:for|to) (?:his|her|their|a|an|the) (?:level|stage|year)\b`,
  ],
};

/** The words of rule faint-competent (faint-praise). */
export const faintCompetentRule: Lexicon = {
  category: 'faint-praise',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    String.raw`competen(?:t|tly|ce)\b|(?:an? )?(?:average|fair|decent|okay|ok|reasonable|mediocre|ordinary|typical|unremarkable) (?:student|resident|intern|clinician|physician|doctor|candidate|job|performance|work|knowledge|fund|understanding|grasp|skills?|effort|presenter|presentations?|notes?|trainee|applicant|level)\b|(?:performed|did|worked|functioned|progressed|fared) (?:fairly |reasonably |quite |pretty |generally )?(?:ok(?:ay)?|fine|alright|averagely|decently|reasonably(?: well)?|fairly well|as well as most|like (?:most|any|other|the other))\b|average (?:for|among|compared)|(?:middle|midst) of (?:the|his|her|their) (?:class|group|cohort|pack|peers)|middle of the pack|not bad\b|(?:was|were|is|are|has been) (?:about |just |roughly |fairly |largely )?average\b|(?:was|were|is|are|has been|have been) (?:just |quite |generally |perfectly )?(?:fine|ok(?:ay)?|alright|all right)(?! (?:with|to|for|by|when|if))\b`,
  ],
};

/** The words of rule faint-met-expectations (faint-praise). */
export const faintMetExpectationsRule: Lexicon = {
  category: 'faint-praise',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    String.raw`(?:met|meets|meet|meeting) (?:all |the |our |my |most |basic |minimum |minimal |the minimum |his |her |their |required |usual |standard )*(?:expectations|requirements|standards|criteria|objectives|goals|benchmarks)\b|fulfill?(?:ed|s|ing)? (?:all |the |his |her |their |basic |minimum |minimal |required |usual |our )*(?:requirements|expectations|criteria|objectives|obligations)\b|(?:performed|did|worked|functioned|progressed) (?:as|about as|just as) (?:was )?(?:expected|anticipated|required)|did (?:what|as|all that|everything(?: that)?|whatever) (?:was |were |is |(?:he|she|they) (?:was|were) )?(?:expected|required|asked)(?: of (?:him|her|them)| to do)?\b|(?:at|to) (?:the|an|a) (?:expected|required|minimum|basic) (?:level|standard)\b|(?:within|in line with) expectations\b`,
  ],
};

/** The words of rule faint-no-complaints (faint-praise). */
export const faintNoComplaintsRule: Lexicon = {
  category: 'faint-praise',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    String.raw`no (?:major |significant |serious |real |particular |specific |notable |obvious )?(?:complaints|problems|issues|concerns|negative (?:feedback|comments|reports|remarks)|red flags|incidents)\b|(?:did|does|do|has|had|have) ?(?:not|n['’]t) (?:cause|create|give|have|present|pose|raise) (?:any |us |me |the team |major |significant )*(?:problems|trouble|issues|difficult\w*|complaints|concerns)|nothing negative|never (?:caused|gave|created|had|posed|presented|raised) (?:any |us |me |the team |major |significant )*(?:problems|trouble|issues|complaints|concerns|difficulties)|without (?:any |major |significant )?(?:problems|incident|complaints|issues|difficult(?:y|ies))|no one (?:complained|had (?:a |any )?complaints?)|(?:nobody|no one) had anything (?:bad|negative)|(?:caused|gave) (?:us |me )?no (?:trouble|problems)`,
  ],
};

/** The words of rule faint-satisfactory (faint-praise). */
export const faintSatisfactoryRule: Lexicon = {
  category: 'faint-praise',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    "satisfactor(?:y|ily)\\b|(?:to (?:my|our|the team's) |with )satisfaction\\b|satisfied (?:all |the |our |every |each )?(?:requirements?|expectations|criteria|standards)",
  ],
};

/** The words of rule faint-should-be-able (faint-praise). */
export const faintShouldBeAbleRule: Lexicon = {
  category: 'faint-praise',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    String.raw`(?:should|ought to) (?:be able to|(?:probably |likely )?do (?:well|fine|ok(?:ay)?|alright|adequately)|manage|cope|get by|be (?:fine|ok(?:ay)?|capable|adequate|competent)|(?:not|n['’]t) (?:have|face|encounter) (?:any |much |too much )?(?:trouble|difficult\w*|problems))|(?:would|will|could|might|may|can) (?:probably |likely |possibly |eventually |likely still )?(?:do (?:well|fine|ok(?:ay)?|alright|adequately|a good job)|manage|cope|get by|fit in|handle (?:the|a|residency|it))\b|(?:is|was|seems|appears|are|were) (?:quite |probably |likely )?(?:capable of|able to handle|likely to (?:succeed|do|manage|be))|(?:i|we) (?:think|believe|expect|hope|assume|suspect) (?:that )?(?:he|she|they) (?:will|would|could|can|might|should|may) (?:probably |likely )?(?:be (?:able|fine|ok|okay|capable|competent|adequate|a good|an adequate|a reasonable|successful)|do (?:fine|well|ok|okay)|manage|cope|succeed|handle|fit)|hopefully (?:he|she|they) will`,
  ],
};

/** The words of rule hedge-although (hedge). */
export const hedgeAlthoughRule: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: ['(?:al)?though|even though|despite|in spite of|however,?|notwithstanding|granted,?'],
};

/** The words of rule hedge-at-times (hedge). */
export const hedgeAtTimesRule: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: [
    String.raw`(?:at times|sometimes|occasionally|on occasion|once in a while|from time to time|(?:every )?now and (?:then|again)|every so often|at least (?:once|some of the time)|inconsistent(?:ly)?|variabl[ey] (?:in|at|performance|quality))\b|(?:was|were|is|are|be|been) variable\b`,
  ],
};

/** The words of rule hedge-concerns (hedge). */
export const hedgeConcernsRule: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: [
    String.raw`(?:some|minor|slight|certain|a few|several|my|our) (?:reservations|concerns|doubts|misgivings)\b|with (?:some |a few |minor )?(?:reservations?|hesitation|qualifications)\b|reservations (?:about|regarding)\b|concerns? (?:about|regarding|over|with) (?:his|her|their)\b|(?:struggl(?:ed|es|ing)|difficult(?:y|ies)) (?:at times |initially |early on |somewhat )?(?:with|in|keeping up|adjusting)\b|(?:had|has|have|having) (?:some |a few |occasional |minor |real )?(?:trouble|difficulty|difficulties|problems|issues)\b|weak(?:ness|nesses|er|est)? (?:in|of|area|point|spot)\b|not (?:his|her|their) (?:strong|strongest) (?:suit|point|area)|(?:below|under) (?:average|expectations|par)\b|unprofessional\b|(?:a |some |several |occasional )?lapses? in\b|(?:was|were|is|came) (?:often |frequently |sometimes |occasionally )?(?:late|tardy|absent|unprepared|disorgani[sz]ed|distracted)\b`,
  ],
};

/** The words of rule hedge-improvement (hedge). */
export const hedgeImprovementRule: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: [
    String.raw`(?:need(?:s|ed|ing)?|requir(?:es|ed|ing)) (?:to (?:improve|work on|develop|grow|mature|gain|build|strengthen|read more|learn|be more|become more|polish)|(?:some |more |further |additional |much |significant |considerable )?(?:improvement|work|development|polish(?:ing)?|growth|maturity|maturing|experience|confidence|refinement|strengthening))\b|room (?:for|to) (?:improvement|improve|growth|grow)\b|(?:could|would|will|might|may) (?:still |certainly |definitely )?benefit from (?:more|further|additional|some|continued|extra|greater)\b|areas? (?:for|of|needing|to) (?:improvement|growth|development|improve)\b|(?:show(?:s|ed|n)?|made|makes|demonstrat\w+|with|display(?:s|ed)?) (?:(?:steady|significant|great|much|some|considerable|gradual|marked|noticeable|good|clear|definite|tremendous|visible|slow|real) )*(?:improvement|progress)\b|improv(?:ed|ing|es) (?:steadily|significantly|greatly|considerably|gradually|markedly|noticeably|a lot|a great deal|over|throughout|during|by the end|as the|with (?:time|feedback|each|practice|experience))\b|(?:is|are|was|were) (?:still )?(?:learning|developing|maturing|growing)\b(?! (?:into|as) (?:an? )?(?:outstanding|exceptional|excellent|leader))|continu(?:es|ed|ing) to (?:improve|develop|grow|mature)\b|(?:limited|little|minimal|insufficient|some lack of|a lack of|lack of) (?:clinical )?(?:experience|exposure|confidence|knowledge|initiative|independence|insight|preparation)\b|lack(?:s|ed|ing)? (?:in )?(?:confidence|initiative|experience|independence|knowledge|depth|organi[sz]ation|focus|assertiveness|maturity|motivation|insight)\b`,
  ],
};

/** The words of rule hedge-potential (hedge). */
export const hedgePotentialRule: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: [
    String.raw`(?:has|have|had|show(?:s|ed|n)?|with|of|demonstrat\w+|displays?|displayed|holds?) (?:(?:great|a lot of|much|some|real|good|tremendous|considerable|the|strong|clear|definite|enormous|untapped|raw) )*(?:potential|promise)\b|(?:is|was|a) (?:very )?promising\b|(?:could|may|might|will|would|can) (?:one day |eventually |someday |in time |with time |potentially )?(?:become|grow into|develop into|mature into|turn into|blossom)\b|(?:with|given) (?:more |further |additional |some |continued |enough )?(?:time|experience|training|practice|maturity|seasoning|exposure|mentoring|mentorship)\b(?! than)|(?:still |yet to |not yet )(?:develop(?:ing)?|learn(?:ing)?|master(?:ing)?|gain(?:ing)?|matur(?:e|ing)|grow(?:ing)?|find(?:ing)? (?:his|her|their) (?:feet|footing|voice))\b|(?:in time|with time|eventually),? (?:he|she|they) (?:will|could|may|might|should)\b`,
  ],
};

/** The words of rule hedge-qualifiers (hedge). */
export const hedgeQualifiersRule: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: [
    String.raw`somewhat\b|(?:fairly|relatively|reasonably|moderately|pretty|quite) (?:good|well|competent|knowledgeable|strong|reliable|solid|capable|confident|independent|quick|prepared|organi[sz]ed|thorough|accurate|efficient|effective|skilled|comfortable|able|consistent|punctual|mature|bright|adequate|sound)\b|(?:generally|usually|mostly|largely|typically|normally) (?:reliable|prepared|on time|punctual|good|well|competent|appropriate|accurate|able|capable|organi[sz]ed|careful|thorough|correct|complete|adequate|acceptable|satisf\w+|did|performed|was|were|completed|followed|knew|understood|managed|presented|made)\b|for the most part|more or less|to (?:some|a certain|a limited) (?:extent|degree)|(?:a|the) bit (?:of a )?(?:struggle|challenge)|in most (?:cases|instances|situations|respects)|(?:not|n['’]t) (?:always|consistently|uniformly)`,
  ],
};

/** The words of rule hedge-reserved (hedge). */
export const hedgeReservedRule: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: [
    String.raw`(?:(?:a bit|a little|slightly|rather|quite|somewhat|very|too|overly|fairly|naturally) )?(?:quiet|shy|reserved|timid|introverted|soft[- ]spoken|passive|hesitant|unassertive|reticent|nervous|anxious|insecure|indecisive|unsure of (?:himself|herself|themselves))\b|(?:can|could|may|might|tends? to|tended to) (?:be |seem |appear )?(?:(?:a bit|a little|slightly|rather|quite|somewhat|overly) )?(?:slow|quiet|shy|reserved|hesitant|passive|timid|nervous|anxious|indecisive|disorgani[sz]ed|defensive|rigid|stubborn|forgetful|late|rush|miss|forget|overlook|struggle|hold back|withdraw)\b|on the quiet side|(?:hold|holds|held) (?:himself|herself|themselves) back|(?:did|does) not speak up|(?:rarely|seldom) (?:spoke|speaks|spoke up|speaks up|volunteered|asked)\b`,
  ],
};

/** The words of rule hedge-seems (hedge). */
export const hedgeSeemsRule: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: [
    String.raw`(?:seem(?:s|ed|ingly)?|appear(?:s|ed)?) (?:to (?:be|have|understand|know|grasp|enjoy|care|learn|possess|get|work|function|show|like)|(?:quite |fairly |somewhat |generally |reasonably )?(?:competent|capable|interested|motivated|knowledgeable|comfortable|confident|able|adequate|engaged|eager|prepared|bright|intelligent|sincere|reliable|organized|nice|pleasant|good|fine|ok(?:ay)?))\b|apparently\b|as far as i (?:can tell|know|could tell)|to (?:the best of )?my knowledge|i (?:think|believe|feel|guess|suppose|gather) (?:that )?(?:he|she|they) (?:(?:is|was|are|were|has|had) (?:probably |likely |generally |basically |fairly |reasonably )?(?:an? )?(?:good|capable|competent|able|ready|adequate|fine|ok(?:ay)?|decent|reasonable|suitable|knowledgeable|prepared|reliable|sincere)|(?:can|could|will|would|might|may) (?:probably |likely )?(?:be|do|handle|manage|become|learn|improve|fit))\b|(?:probably|possibly|perhaps|maybe|presumably) (?:a |an )?(?:good|capable|competent|ready|suitable|fine|adequate|able|reasonable|reliable)\b|i (?:would )?(?:imagine|assume|suppose)\b`,
  ],
};

const MODS =
  '(?:(?:some|close|closer|constant|frequent|considerable|significant|a lot of|lots of|much|more|direct|additional|extra|occasional|appropriate|moderate|ongoing|regular|continuous|step-by-step|repeated|careful|substantial|the usual|a fair amount of|a great deal of|reminders and) )*';
/** The words of rule hedge-supervision (hedge). */
export const hedgeSupervisionRule: Lexicon = {
  category: 'hedge',
  sources: [MADERA_2019, TRIX_PSENKA],
  terms: [
    String.raw`(?:with|under) ${MODS}(?:supervision|guidance|prompting|reminders?|direction|oversight|redirection|hand-holding|coaching|micromanagement)\b|(?:need|needs|needed|needing|require|requires|required|requiring) ${MODS}(?:supervision|guidance|prompting|reminders?|direction|help|assistance|hand-holding|oversight|support|coaching|redirection|monitoring|encouragement|structure|instruction|to be (?:reminded|told|prompted|supervised|pushed|watched|shown|redirected|checked|corrected))\b|(?:when|once|after being|if) (?:prompted|reminded|pushed|told|directed|shown|guided|given (?:clear |explicit )?instructions)\b|(?:was|is|were|be) (?:not yet|still not|not) (?:ready to (?:work|function|practice|manage)|(?:fully )?independent)\b`,
  ],
};

/** The words of rule outreach-generic-opening (outreach). */
export const outreachGenericOpeningRule: Lexicon = {
  category: 'outreach',
  sources: [DOMAIN_000],
  terms: [
    String.raw`hope you are (?:fine|doing fine|good)\b|i hope (?:this|my|the) (?:e-?mail|message|note|letter|mail) (?:finds|reaches) you(?: (?:well|in good health|in good spirits|doing well))?|i hope you are (?:doing )?well\b|(?:hope you(?:['’]re| are) having a (?:great|good|wonderful) (?:day|week))|my name is\b|i am writing (?:this (?:e-?mail|mail|letter|message) )?to (?:introduce|inquire|enquire|ask|express|seek|explore|apply|reach out|request)\b|i am reaching out\b|allow me to introduce|i would like to introduce myself|(?:i am|i['’]m) (?:very |extremely |deeply |really )?(?:interested|passionate) (?:in|about) (?:your|the|this) (?:field|specialty|department|program|institution|hospital|university)\b|it (?:is|has always been) my (?:dream|passion|desire|lifelong goal) to|ever since i was (?:a|young)|since (?:my )?childhood\b|i have always (?:been passionate|wanted|dreamed)\b`,
  ],
};

/** The words of rule outreach-vague-ask (outreach). */
export const outreachVagueAskRule: Lexicon = {
  category: 'outreach',
  sources: [DOMAIN_000],
  terms: [
    String.raw`(?:any|some) (?:kind of |sort of |type of |possible )?(?:opportunit(?:y|ies)|openings?|positions?|vacanc(?:y|ies)|help|guidance|assistance|advice|support|chance|way|role|work|placement|exposure|experience)\b|anything (?:available|you (?:can|could|may|might) offer)\b|(?:looking|searching|hoping) for (?:an? )?(?:opportunit(?:y|ies)|position|openings?|placement|exposure|clinical experience|experience)\b|(?:if|whether) (?:there (?:is|are|might be|may be)|you (?:have|know of)) (?:any|an?) (?:opportunit\w*|openings?|positions?|vacanc\w*|way|possibilit\w*)\b|(?:grateful|thankful|happy|glad) for any(?:thing)?\b|in any (?:way|capacity)\b|let me know if (?:you can help|there is anything|you have anything)\b|(?:help|assist|guide) me (?:in|with) (?:any|my) (?:way|career|journey|future|path)\b`,
  ],
};

/** The words of rule personal-backhanded (personal). */
export const personalBackhandedRule: Lexicon = {
  category: 'personal',
  sources: [TRIX_PSENKA, MADERA_2009],
  terms: [
    String.raw`for (?:a|an) (?:woman|female|girl|lady|foreign(?:er)?(?: medical)?(?: graduate| doctor| student| physician)?|img|fmg|international (?:medical )?graduate|non-native(?: english)?(?: speaker)?|non-us|someone (?:from|with|of|who (?:trained|studied|grew up))|person (?:from|of|with)|(?:young|older|mature) (?:student|applicant|woman|man|candidate|physician|doctor)|(?:doctor|physician|graduate|student) (?:from|trained in))\b|surprisingly\b|(?:better|more capable|stronger) than (?:i |we )?(?:had )?(?:expected|anticipated|thought)\b|considering (?:his|her|their|that (?:he|she|they)|where)\b|despite (?:his|her|their|being) (?:background|accent|age|origins?|gender|nationality|foreign|culture|a woman|an img|female|from|religion)\b|(?:his|her|their) (?:english|accent|language skills|spoken english|command of english|communication in english) (?:is|was|are|were|has been|remains) (?:\w+ )?(?:good|fine|adequate|acceptable|understandable|ok(?:ay)?|decent|reasonable|passable|improving|not|sufficient|functional|serviceable)\b|(?:heavy|strong|thick|noticeable|slight|foreign) accent\b|language barrier|english (?:is|was) (?:not )?(?:his|her|their) (?:first|second|native|mother)`,
  ],
};

/** The words of rule personal-life (personal). */
export const personalLifeRule: Lexicon = {
  category: 'personal',
  sources: [TRIX_PSENKA, MADERA_2009],
  terms: [
    String.raw`(?:his|her|their) (?:husband|wife|spouse|boyfriend|girlfriend|fianc[ée]e?|children|kids|son|daughter|family life|personal life|marriage|pregnancy|religion|faith|appearance|looks|figure|clothes|clothing|attire|outfits?|beauty|age|parents|upbringing|marital status|(?:young |small |new )(?:children|kids|family|baby))\b|(?:is|was|being|got|recently|happily|newly) (?:happily |newly |recently )?(?:married|pregnant|divorced|engaged|widowed)\b|(?:a |devoted )?family (?:man|woman)\b|(?:a |young |single |working )?(?:mother|father|mom|mum|dad|parent) of (?:two|three|four|five|one|\d|a|an|young|twins|small)\b|(?:is|was|looks|looked|very|quite|also|always|an?) (?:very |quite |also |always )?(?:attractive|pretty|beautiful|handsome|good[- ]looking|well[- ]dressed|well[- ]groomed|stylish|petite|cute)\b|(?:young|nice|sweet|lovely|pretty) (?:lady|girl|woman|gentleman)\b|(?:devout|religious|god[- ]fearing|churchgoing|practicing (?:muslim|christian|catholic|hindu|jew|sikh|buddhist))\b|(?:maternity|paternity) leave|(?:while|despite) (?:raising|caring for|juggling|being a mother|being a father)|(?:his|her|their) (?:personal|family|domestic) (?:problems|issues|circumstances|difficulties|situation|obligations|responsibilities|commitments)`,
  ],
};

/** The words of rule presence-attended (presence-only). */
export const presenceAttendedRule: Lexicon = {
  category: 'presence-only',
  sources: [DOMAIN_001],
  terms: [
    String.raw`attend(?:ed|s)\b|attendance\b|(?:was|were|is|are|has been|always) (?:always |consistently |reliably )?(?:present|there|around|available) (?:for|at|during|on|every|each|in|when)|(?:was|were|is|are) (?:always |consistently |reliably )?present\b(?! (?:with|on exam))|show(?:ed|s|n)? up|(?:always|consistently|reliably|usually|arrived|arrives|came|comes|was|were|is) (?:always |consistently |reliably )?(?:on time|early)\b|never (?:missed|skipped) (?:a |any |an? single )?(?:day|session|shift|lecture|conference|class|rounds|clinic|meeting)|never (?:late|absent|tardy)|(?:was|were|is) (?:never|rarely|seldom) (?:late|absent|tardy)`,
  ],
};

/** The words of rule presence-tasks (presence-only). */
export const presenceTasksRule: Lexicon = {
  category: 'presence-only',
  sources: [DOMAIN_001],
  terms: [
    String.raw`complet(?:ed|es|ing|e) (?:all |his |her |their |the |any |every |each |most |of )*(?:assigned |required |given |routine |basic |daily |allotted )(?:tasks|duties|assignments|work|responsibilities|paperwork|notes|requirements|readings)\b|complet(?:ed|es|ing|e) (?:all |his |her |their |the |every |each )+(?:tasks|duties|assignments|responsibilities|paperwork)\b|(?:did|does|performed|carried out|fulfilled|discharged|took care of|handled) (?:all |his |her |their |the |any )*(?:assigned |required |routine |basic |given |daily )?(?:tasks|duties|assignments|responsibilities|chores|paperwork)(?: (?:as|when) (?:assigned|asked|instructed|required|expected))?\b|did (?:his|her|their) (?:job|work|part|share)\b|follow(?:ed|s|ing)? (?:instructions|directions|orders|the rules|rules|protocols?|(?:all |our |my )?(?:guidelines|instructions|directions|advice))\b|(?:did|does|do) (?:what|as|whatever) (?:he|she|they|was|were|is) (?:was |were |is )?(?:told|asked|instructed|directed)\b|(?:took|takes|take) (?:direction|instructions|orders) well|(?:as|when) (?:instructed|directed|assigned)\b|(?:was|is|were) (?:compliant|obedient)\b`,
  ],
};

/** The words of rule request-any-letter (generic-ask). */
export const requestAnyLetterRule: Lexicon = {
  category: 'generic-ask',
  sources: [DOMAIN_001],
  terms: [
    String.raw`any (?:kind of |sort of |type of )?(?:letter|recommendation|reference|lor)(?: at all)? (?:will|would|is|should|could) (?:do|be (?:fine|ok(?:ay)?|enough|great|helpful|sufficient)|suffice|work|help)\b|(?:even |just |only |simply )(?:a |an )?(?:short|brief|quick|simple|generic|standard|small|one-line|one-paragraph|basic|template|few-line|general|couple-line) (?:letter|recommendation|reference|note|lor|paragraph)\b|(?:a |the )?(?:short|brief|quick|generic|standard|template|basic|general|simple) (?:letter|recommendation|reference|lor) (?:is|would be|will be|should be) (?:fine|enough|ok(?:ay)?|sufficient|great|perfect)\b|(?:does ?n['’]?o?t|don['’]t|need ?n['’]?o?t|won['’]t) (?:have to |need to )?be (?:long|detailed|lengthy|very long|elaborate|anything (?:fancy|special|long|detailed))\b|(?:just |only )?(?:a few|a couple of) (?:lines|sentences|words) (?:would|will|is|are) (?:do|be)\b|whatever you (?:can|want|wish|like|are comfortable|feel (?:like|comfortable)) (?:write|writing|say|saying|with)?\b|(?:anything|something) (?:is|would be|will be) (?:better than nothing|fine|enough)\b|(?:i|we) (?:just |only )?need (?:a|any|one) (?:letter|recommendation|reference)(?: from (?:anyone|you|a us physician))?(?:,? (?:any|even)| to (?:complete|fill|meet))`,
  ],
};

/** The words of rule request-generic-salutation (generic-ask). */
export const requestGenericSalutationRule: Lexicon = {
  category: 'generic-ask',
  sources: [DOMAIN_001],
  terms: [
    "(?:dear|hello|hi|greetings|respected|esteemed)(?:,? (?:respected|esteemed|honou?rable|sir|madam|ma'am|or|and|/))* (?:sir|madam|ma'am|sir/madam|sirs|professor|prof\\.?|doctor|dr\\.?|faculty|team|all|colleague|mentor|program director|(?:hiring |selection )?committee|(?:the )?department)(?: or madam)?(?=\\s*(?:[,:;!\\n\\r]|$))|to whom it may concern",
  ],
};

const LETTER =
  '(?:(?:letters?|lors?) of (?:recommendation|reference|support)|(?:recommendation|reference|support) letters?|lors?|letters?|recommendations?|references?)';
/** The words of rule request-not-strong (generic-ask). */
export const requestNotStrongRule: Lexicon = {
  category: 'generic-ask',
  sources: [DOMAIN_001],
  terms: [
    String.raw`(?:write|writing|wrote|provide|providing|give|giving|prepare|preparing|compose|composing|do|doing) (?:me |a |an |my |the |some |one |for me )*${LETTER}\b|(?:need|needs|request|requesting|ask(?:ing)? (?:you )?for|would like|want|wanted|require|seek(?:ing)?|hoping for|hope to (?:get|receive|have)|get|getting|obtain|obtaining) (?:a |an |your |some |one )?${LETTER}(?: (?:from you|for (?:my|the|residency)))?\b`,
  ],
};

/** The words of rule request-not-waive (crossing-a-line). */
export const requestNotWaiveRule: Lexicon = {
  category: 'crossing-a-line',
  sources: [DOMAIN_001],
  terms: [
    String.raw`(?:not|(?:do|does|did|wo|would|ca|could|should)n['’]t|never|rather not|prefer not to|prefer to not) (?:to )?(?:be )?(?:plan(?:ning)? (?:on|to) |going to |intend(?:ing)? to |want(?:ing)? to |wish(?:ing)? to |able to )?waiv(?:e|ing)\b|(?:see|read|view|review|look (?:at|over)|receive|get) (?:a copy of |the final version of |the final |a copy of )?(?:the|your|my) (?:letter|lor|recommendation)\b|(?:cc|copy|bcc) me (?:on|in)\b|(?:send|forward|share|email) me (?:a copy(?: of)? )?(?:the|your) (?:letter|lor|recommendation)\b|(?:send|forward|share|email) (?:a copy(?: of)? )?(?:the|your) (?:letter|lor|recommendation) (?:to|with) (?:me\b|my (?:personal |own |private )?(?:e-?mail|inbox|address))|(?:keep|retain|reserve) (?:my|the) right to (?:see|view|read|access)\b`,
  ],
};

/** The words of rule request-offer-draft (crossing-a-line). */
export const requestOfferDraftRule: Lexicon = {
  category: 'crossing-a-line',
  sources: [DOMAIN_001],
  terms: [
    String.raw`(?:i|we) (?:can|could|will|would|['’]ll|am happy to|would be happy to|would be glad to|am willing to|am able to|can also|could also|offer to|volunteer to|am glad to|would love to)\s+(?:gladly |also |happily |easily |quickly |even )?(?:draft|write|prepare|compose|pre-write|ghostwrite|type(?: up)?|put together) (?:up )?(?:(?:the|a|your|this|my|an initial|a first|a sample|a template|a rough) (?:letter|draft|lor|recommendation|version|template|sample)|it(?: for you| yourself)?)\b|(?:send|attach|attached|attaching|share|sharing|provide|providing|forward|email|include|including) (?:you )?(?:a |the |my |an )?(?:draft|template|sample|pre-?written|ready-made|prepared|initial|suggested) (?:letter|lor|version|recommendation|text|copy)\b|(?:draft|template) (?:of |for )?(?:the |a |your )?(?:letter|lor|recommendation) (?:for you|that you|you can|which you|to sign)\b|(?:you )?(?:can|could|would|just|only|simply) (?:need to |have to )?(?:sign|edit|tweak|modify|adjust|review and sign|personali[sz]e|approve) (?:it|the (?:letter|draft)|and (?:send|submit|upload))\b|(?:i|we) (?:have |['’]ve )?(?:already )?(?:drafted|written|prepared|composed) (?:a|the|your) (?:letter|lor|recommendation|draft)\b|ghost[- ]?writ\w*|pre-?written (?:letter|lor)\b|(?:save|saving) you (?:the |some )?time (?:by|with) (?:writing|drafting|preparing)|(?:just |only )need (?:your )?signature`,
  ],
};

/** The words of rule request-vague-urgency (vague-urgency). */
export const requestVagueUrgencyRule: Lexicon = {
  category: 'vague-urgency',
  sources: [DOMAIN_001],
  terms: [
    String.raw`as soon as (?:possible|you can|you are able)|asap\b|urgent(?:ly)?\b|at (?:your|the) earliest(?: convenience)?|(?:very |really |quite )?soon\b|right away\b|immediately\b|quickly\b|in a timely (?:manner|fashion)|without delay|the sooner the better|(?:in|within|over) the (?:coming|next (?:few|couple of)) (?:days|weeks)|before (?:it is|it['’]s) too late|time[- ]sensitive|running out of time|(?:short|tight) (?:deadline|timeline|notice)|last[- ]minute|(?:by|before) the deadline\b|at your earliest`,
  ],
};

const SOURCE =
  '(?:cv|c\\.v\\.|résumé|resume|curriculum vitae|application|transcripts?|personal statement|file|scores|reputation|paperwork|emails?|correspondence|reports|feedback|record|what (?:i|others) (?:have )?(?:heard|been told|read))';
/** The words of rule thin-contact (thin-contact). */
export const thinContactRule: Lexicon = {
  category: 'thin-contact',
  sources: [DOMAIN_001],
  terms: [
    String.raw`(?:met|meeting|interacted with|spoke with|talked (?:to|with)|worked with|known|know|knew|seen|saw|supervised) (?:(?:him|her|them|dr\.? ?\w+|the applicant|this applicant|this student|the candidate) )?(?:only )?(?:briefly|once|twice|a (?:few|couple of) times|on (?:a few|one|two|several|rare|a handful of) occasions?|for (?:a|one|two|three|a few|a couple of|only a few) (?:days?|hours?|weeks?|brief)|in passing)\b|(?:brief|short|limited|little|minimal|few|only a handful of) (?:(?:direct|personal|clinical|one-on-one|face-to-face) )?(?:interactions?|encounters?|contact|time together|acquaintance|opportunit(?:y|ies) to (?:observe|work|see|evaluate|interact|supervise))\b|(?:know|knew|known) (?:him|her|them) (?:only |mainly |mostly |primarily )?(?:from|through|via|by) (?:(?:his|her|their|the|an?) )?(?:\w+ )?${SOURCE}|based (?:solely |mainly |largely |primarily |only |entirely |mostly )?(?:on|upon) (?:(?:his|her|their|the|my review of (?:his|her|their)|a review of (?:his|her|their)) )?${SOURCE}|(?:he|she|they) (?:mainly |mostly |primarily |only |just )?(?:shadowed|observed|watched) (?:me|us|our|the (?:team|residents|physicians|attendings|surgeons)|in (?:clinic|the clinic|the or|surgery|the operating room|(?:our|my|the) (?:clinic|practice|department|service|unit|hospital|or|operating room|lab))|during|on rounds)\b|(?:shadow(?:ed|ing)) (?:me|us|our|the)\b|(?:as|in the role of|in (?:an|the) (?:capacity|role) of) (?:an )?(?:observer|shadow)\b|observational (?:role|capacity|rotation|experience|observership|basis)\b|(?:did not|didn['’]t|never|do not|don['’]t|have not|haven['’]t|had not|hadn['’]t) (?:have the (?:opportunity|chance) to |get (?:the chance )?to |directly |personally |closely |really )*(?:work(?:ed)? (?:directly |closely )?with|supervise|observe|see|evaluate|know) (?:him|her|them|(?:much|a lot|many|most|enough) of (?:his|her|their))\b|(?:i am|i was|i['’]ve been|i have been) told|i (?:have )?heard (?:that (?:he|she|they|the applicant|dr)|from (?:colleagues|others|residents|nurses|faculty|people|several|my colleagues|other (?:faculty|attendings|residents)|the (?:team|residents|nurses|faculty|program|chief)))|from what i (?:have )?(?:heard|been told|understand|gather)\b|(?:was|were) not (?:allowed|permitted|able) to (?:examine|see|touch|interact with|manage|document|write)\b`,
  ],
};

/** The words of rule vague-good (vague-praise). */
export const vagueGoodRule: Lexicon = {
  category: 'vague-praise',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    String.raw`(?:(?:very|quite|really|pretty|generally|overall|a|an|all-round|all-around) )?(?:good|nice|fine|decent|great|solid) (?:fund of )?(?:(?:medical|clinical|general|basic|theoretical|book|overall|interpersonal|communication|people) )?(?:knowledge|student|doctor|physician|resident|clinician|intern|person|human being|individual|candidate|trainee|colleague|worker|team (?:player|member)|skills|communicator|attitude|manners|rapport|bedside manner|work ethic|grasp|understanding|job|addition|fit|example|personality|character|learner|listener|habits|guy|boy|girl|kid)\b|(?:will|would|should|could|is going to|is sure to|is bound to) (?:make|be|become) (?:an? )?(?:(?:very|really|quite) )?(?:good|fine|nice|decent|solid|competent|capable|safe|reasonable|suitable|great|wonderful|valuable|welcome) (?:doctor|physician|resident|intern|clinician|addition|colleague|fit|candidate|house officer|member|asset|trainee)\b|(?:an? )?(?:asset|credit) to (?:any|your|the) (?:program|team|profession|residency)`,
  ],
};

/** The words of rule vague-pleasant (vague-praise). */
export const vaguePleasantRule: Lexicon = {
  category: 'vague-praise',
  sources: [TRIX_PSENKA, DOMAIN_001],
  terms: [
    String.raw`delightful to work with|(?:(?:very|really|extremely|quite|always|so|most|such a) )?(?:pleasant|polite|courteous|well[- ]mannered|well[- ]behaved|respectful|sincere|honest|humble|friendly|cheerful|likeable|likable|amiable|affable|nice|sweet|obedient|disciplined|well[- ]liked|easy[- ]?going|good[- ]natured|modest|agreeable|lovely|kind(?:-hearted)?)\b|easy to (?:work|get along) with|(?:gets?|got|getting) along (?:well |nicely )?with|a (?:pleasure|joy|delight) to (?:work with|have|teach|supervise|be around)\b|liked by (?:all|everyone|the (?:staff|team|nurses))|(?:all|everyone) (?:liked|likes|enjoyed)`,
  ],
};

/** The words of rule weak-endorsement (weak-endorsement). */
export const weakEndorsementRule: Lexicon = {
  category: 'weak-endorsement',
  sources: [TRIX_PSENKA, MADERA_2019],
  terms: [
    String.raw`i (?:would |can |could |do |will |hereby |therefore |thus |also |am able to )?(?:recommend|support|endorse)(?:s|ed)?\b|(?:happy|glad|pleased|willing|able|comfortable|content) to (?:recommend|support|endorse)\b|(?:is|was|comes) recommended\b|recommend (?:him|her|them|this (?:applicant|candidate|student)) (?:for|to|as)\b`,
  ],
};
