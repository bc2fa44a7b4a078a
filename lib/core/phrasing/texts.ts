import type { CategoryId, RuleText } from './types';

/**
 * The words of every built-in rule: its short name, why the phrase reads weak, and what to write instead.
 * Kept apart from the patterns so the content script can take them from the extension's locale catalog
 * (_locales/en/messages.json, generated from this file at build time) instead of carrying them in its
 * JavaScript; everywhere else (options page, tests, benchmarks) reads them from here.
 */
export const RULE_TEXTS: Record<string, RuleText> = {
  'effort-only': {
    title: 'Effort words with no ability words',
    explanation:
      'Effort words alone ("hardworking", "diligent", "punctual") suggest the writer found nothing to say about skill or judgment.',
    suggestion:
      'Pair effort with ability: a case the applicant reasoned through, a skill they showed, or how they ranked among peers.',
  },
  'faint-adequate': {
    title: 'Adequate, acceptable',
    explanation:
      'Calling an applicant "adequate" or "acceptable" certifies the minimum; readers take it as the writer holding back.',
    suggestion: 'Name what the applicant did better than expected, with an example or a comparison with peers.',
  },
  'faint-competent': {
    title: 'Competent, average, fine',
    explanation:
      'Words like "competent", "average" or "did fine" place the applicant in the middle; programs rank from the top.',
    suggestion: 'Give a ranking or comparison ("top 10% of the students I have supervised") and one example behind it.',
  },
  'faint-met-expectations': {
    title: 'Met expectations',
    explanation:
      'Meeting expectations or requirements is what every passing student does; in a letter it signals nothing stood out.',
    suggestion:
      'Say where the applicant went beyond what was expected, and how they compared with others at the same stage.',
  },
  'faint-no-complaints': {
    title: 'No complaints',
    explanation:
      'Praising an applicant for causing no problems tells the reader the best thing the writer could say was that nothing went wrong.',
    suggestion:
      'Replace the absence of problems with something the applicant did well, in a sentence or two of detail.',
  },
  'faint-satisfactory': {
    title: 'Satisfactory',
    explanation:
      'Program directors read "satisfactory" as the lowest passing mark: it says the applicant caused no trouble, not that they stood out.',
    suggestion:
      'Describe one thing the applicant did well and how it compared with peers, e.g. "among the best three students I supervised this year".',
  },
  'faint-should-be-able': {
    title: 'Should be able to',
    explanation:
      'A guarded forecast ("should be able to", "would do fine") sounds like minimal assurance: the writer will not vouch for more.',
    suggestion: 'State what you saw and vouch for it, e.g. "I would rank her among the top residents I have trained".',
  },
  'hedge-although': {
    title: 'Although, despite (about the applicant)',
    explanation:
      'A concession about the applicant ("although she was quiet") makes the reader look for the weakness the writer is excusing.',
    suggestion: 'Drop the concession and lead with the strength, or describe the growth with a concrete example.',
  },
  'hedge-at-times': {
    title: 'At times, occasionally',
    explanation:
      'Frequency words ("at times", "occasionally") imply the good behaviour was not the rule, or point to a lapse.',
    suggestion: 'Describe the strength as consistent and give one concrete instance of it.',
  },
  'hedge-concerns': {
    title: 'Reservations, struggles',
    explanation:
      'Any stated reservation or struggle is read as the real message of the letter, however it is cushioned.',
    suggestion:
      'Leave out doubts you would not defend to a program director; if a weakness matters, describe how it was resolved.',
  },
  'hedge-improvement': {
    title: 'Needs or showed improvement',
    explanation: 'Mentioning improvement or a lack draws the reader to where the applicant started: below the mark.',
    suggestion: 'Describe the strength the applicant ended with, in concrete terms, without the deficit it grew from.',
  },
  'hedge-potential': {
    title: 'Has potential, with more experience',
    explanation:
      'Praising potential or future growth implies the applicant is not there yet; programs want to hear what they can do now.',
    suggestion: 'Describe the level the applicant already works at, with an example from your time together.',
  },
  'hedge-qualifiers': {
    title: 'Somewhat, fairly, generally',
    explanation:
      'A qualifier in front of praise ("fairly good", "generally reliable") tells the reader the praise has exceptions.',
    suggestion: 'Keep the praise you can stand behind without a qualifier, and support it with an example.',
  },
  'hedge-reserved': {
    title: 'Quiet, shy, hesitant',
    explanation:
      'Describing the applicant as quiet, shy or hesitant makes readers wonder how they will speak up on a busy team.',
    suggestion: 'If they are calm or thoughtful, show it working: a time their careful approach caught something.',
  },
  'hedge-seems': {
    title: 'Seems, appears, I think',
    explanation: 'Words like "seems" or "appears" tell the reader the writer did not see enough to be sure.',
    suggestion:
      'State what you observed as fact: "She explained the plan to the family in plain language" rather than "she seems to communicate well".',
  },
  'hedge-supervision': {
    title: 'With supervision, when prompted',
    explanation:
      'Mentioning supervision, prompting or reminders tells the reader the applicant could not yet work on their own.',
    suggestion: 'Describe what the applicant handled independently, and how much responsibility you gave them.',
  },
  'outreach-generic-opening': {
    title: 'Generic opening',
    explanation:
      'A cold email is judged on its first line. A stock opening looks like a mass mailing and is often the only line read.',
    suggestion: 'Open with why you are writing to this person: their work you read, and what you are asking for.',
  },
  'outreach-no-ask': {
    title: 'No specific ask',
    explanation:
      'The email never asks a concrete question the reader can say yes to, such as a set observership period or a short call.',
    suggestion:
      'End with one specific question: what, when and for how long, e.g. "Could I observe in your clinic for four weeks in March?"',
  },
  'outreach-no-recipient-work': {
    title: "No mention of the recipient's work",
    explanation:
      "Nothing in the email shows you know the recipient's work, so it reads as one of many identical emails.",
    suggestion: 'Add one sentence on a paper, project or clinic of theirs and why it connects to your interest.',
  },
  'outreach-too-long': {
    title: 'Too long to read in a minute',
    explanation:
      'The email runs past about 250 words, more than a busy physician reads in a minute; the ask gets lost.',
    suggestion: 'Cut to five or six sentences: who you are, why them, the specific ask, and that your CV is attached.',
  },
  'outreach-vague-ask': {
    title: 'Vague ask',
    explanation:
      'An open ask ("any opportunity", "any help") makes the reader do the work of inventing a role, so it is easy to ignore.',
    suggestion:
      'Ask for one concrete thing: "Could I observe in your clinic for four weeks in March?" or "Would you have 15 minutes for a call?"',
  },
  'personal-backhanded': {
    title: 'Backhanded remarks',
    explanation:
      'Praise measured against a group ("for an international graduate") or against low expectations ("surprisingly good") damages the applicant.',
    suggestion: 'Compare the applicant with all trainees you have supervised, and leave out origin, accent and gender.',
  },
  'personal-life': {
    title: 'Personal life and appearance',
    explanation:
      'Remarks about family, looks, religion or age have no place in a residency letter and can read as bias against the applicant.',
    suggestion: 'Remove the remark; keep every sentence about what the applicant did as a physician.',
  },
  'presence-attended': {
    title: 'Attended, was present, on time',
    explanation:
      'Saying the applicant attended or showed up on time describes presence; readers conclude the writer saw nothing worth reporting.',
    suggestion:
      'Describe what the applicant did there: a patient they worked up, a presentation they gave, a decision they made.',
  },
  'presence-tasks': {
    title: 'Completed assigned tasks',
    explanation:
      'Finishing assigned work and following instructions is the floor of a rotation; as praise it reads as having nothing more to say.',
    suggestion: 'Show initiative or judgment: what the applicant noticed, decided or improved beyond the assignment.',
  },
  'request-any-letter': {
    title: 'Any letter will do',
    explanation:
      'Saying any or a short letter will do invites exactly that, and a brief generic letter can hurt more than no letter.',
    suggestion:
      'Ask for a strong, specific letter and offer what makes it easy: your CV, personal statement and the cases you worked on together.',
  },
  'request-generic-salutation': {
    title: 'Salutation with no name',
    explanation: 'A greeting with no name reads like a mass email, and busy faculty skip those first.',
    suggestion: 'Greet the person by title and surname, e.g. "Dear Dr. Alvarez".',
  },
  'request-no-deadline': {
    title: 'No deadline',
    explanation:
      'The request gives no date. Writers are busy; without a deadline the letter tends to slide past ERAS submission.',
    suggestion:
      'State the date the letter must be uploaded, e.g. "The letter would need to be in ERAS by September 5."',
  },
  'request-no-materials': {
    title: 'No materials offered',
    explanation:
      'The request offers no CV, personal statement or reminder of your cases, so the writer has to work from memory, which makes letters generic.',
    suggestion: 'Attach your CV and personal statement, and list two or three cases or moments the writer saw.',
  },
  'request-no-specialty': {
    title: 'No specialty named',
    explanation:
      'The request does not say which specialty you are applying to, so the writer cannot speak to the skills that field values.',
    suggestion: 'Name the specialty and the cycle, e.g. "I am applying to internal medicine in the 2027 Match."',
  },
  'request-not-strong': {
    title: 'Ask is not for a strong letter',
    explanation:
      'Asking for "a letter" invites a lukewarm one. Asking whether they can write a strong letter lets a hesitant writer decline gracefully.',
    suggestion:
      'Ask directly: "Do you feel you know my work well enough to write me a strong letter of recommendation?"',
  },
  'request-not-waive': {
    title: 'Not waiving the right to see the letter',
    explanation:
      'Letters the applicant may read are trusted less, and many writers decline or write flatly when the right is not waived.',
    suggestion: 'Tell the writer you will waive your right to see the letter in ERAS.',
  },
  'request-offer-draft': {
    title: 'Offer to draft the letter',
    explanation:
      'Offering to write or draft your own letter crosses an ethical line; many writers refuse, and programs can tell.',
    suggestion:
      'Offer material instead: your CV, personal statement, and a short list of cases and moments the writer saw.',
  },
  'request-vague-urgency': {
    title: 'Urgency with no date',
    explanation: 'Pressing for speed without a date reads as last-minute and gives the writer nothing to plan around.',
    suggestion:
      'Give the exact date the letter must be uploaded, e.g. "by September 5", ideally four or more weeks ahead.',
  },
  'thin-contact': {
    title: 'Thin contact',
    explanation:
      'When the writer met the applicant briefly, knows them from paper, or only had them observe, the letter carries little weight.',
    suggestion:
      'Say how long and how closely you worked together, and what you personally saw the applicant do with patients.',
  },
  'vague-good': {
    title: 'Good student, good knowledge',
    explanation:
      'Generic praise such as "good knowledge" or "a good student" fits any applicant, so readers give it no weight.',
    suggestion: 'Replace it with one specific observation: a case reasoned through, a finding caught, a skill shown.',
  },
  'vague-pleasant': {
    title: 'Pleasant, polite, well liked',
    explanation:
      'Being pleasant or polite is expected; when a letter leads with manners, readers assume there was little else to praise.',
    suggestion:
      'Show how the trait helped patients or the team, with an example, next to a statement about clinical ability.',
  },
  'weak-endorsement': {
    title: 'Recommendation with no strength',
    explanation:
      'Program directors weigh the strength of the endorsement itself; a bare "I recommend" reads as a polite minimum.',
    suggestion:
      'Say how strongly and against whom: "I recommend her with great enthusiasm; she is in the top 5% of students I have supervised."',
  },
  'letter-lukewarm': {
    title: 'Lukewarm word for skills or work',
    explanation:
      'Words like "appropriate", "sufficient", "reasonable" or "fine" say the work cleared the bar. Program directors rank from the top and read them as the writer holding back.',
    suggestion:
      'Say what was better than expected, and show it: a case, a number, or where the applicant stood among peers.',
  },
  'letter-level-with-peers': {
    title: 'Level with peers',
    explanation:
      'Placing the applicant "about at the level of peers" or "about what one would expect" is a middle ranking, and a middle ranking rarely gets an interview.',
    suggestion:
      'If you can, rank them: "among the top five of the thirty students I supervised this year", with the reason why.',
  },
  'letter-presence': {
    title: 'Watching rather than doing',
    explanation:
      'Observed, followed, sat in, had the chance to see: these say the applicant was in the room. Programs want to know what they did there.',
    suggestion:
      'Name something the applicant did: a patient they presented, a plan they proposed, a finding they caught.',
  },
  'letter-grindstone': {
    title: 'Effort idiom',
    explanation:
      'First to arrive, long hours, every task done: effort is expected of every trainee. Without a word on ability, readers assume there was none to report.',
    suggestion: 'Keep the effort if you like, and add what it produced: a skill, a judgment, an outcome you saw.',
  },
  'letter-hedged-knowledge': {
    title: 'Writer hedging',
    explanation:
      'When the writer hedges ("I suspect", "probably", "once she is more familiar"), the reader hears doubt about the applicant, not modesty.',
    suggestion: 'State what you saw directly, and leave out what you are unsure of.',
  },
  'letter-backhanded': {
    title: 'Concession before praise',
    explanation:
      'A compliment that starts with a concession ("not the strongest, but") leaves the concession as the thing a program director remembers.',
    suggestion: 'Drop the comparison you would concede; describe the strength on its own terms, with an example.',
  },
  'letter-negated-negative': {
    title: 'Absence of problems',
    explanation:
      'Saying there were no concerns, no errors, nothing that raised a flag is the faintest praise there is: it says only that nothing went wrong.',
    suggestion: 'Replace it with something the applicant did well, in a sentence of detail.',
  },
  'letter-improvement': {
    title: 'Still improving',
    explanation:
      'Describing what the applicant is still working on, or how far they came from a weak start, points the reader at the deficit.',
    suggestion: 'Describe where they ended: the skill as it stands now, with an example.',
  },
  'letter-personal': {
    title: 'Personal or social detail',
    explanation:
      'Hobbies, looks, family and pleasantries have no bearing on residency, and in a letter they take the place of clinical praise.',
    suggestion: 'Use the space for clinical or academic work; keep personal warmth to a clause if at all.',
  },
  'letter-thin-remote': {
    title: 'Remote or thin contact',
    explanation:
      'When the writer knows the applicant from a CV, a few sessions or video calls, the letter cannot speak to clinical work, and programs notice.',
    suggestion:
      'Write about what you did see first-hand; if contact was short, ask whether another writer knows the applicant better.',
  },
  'letter-minimal-endorsement': {
    title: 'Endorsement at its minimum',
    explanation:
      '"Happy to provide this letter", "would be a good addition", "for your consideration": polite phrases that carry no strength of recommendation.',
    suggestion:
      'Say how strongly you recommend the applicant and against whom: "without reservation, among the best I have taught".',
  },
  'request-minimal-ask': {
    title: 'Asking for little',
    explanation:
      'An ask for "a few lines" or "anything you can write" invites exactly that: a short, generic letter, which programs read as weak.',
    suggestion: 'Ask whether they can write a strong, detailed letter, and offer a packet that makes it easy.',
  },
  'request-self-undermining': {
    title: 'Talking yourself down',
    explanation:
      'Opening with your weak points ("I didn’t stand out", "you may not remember me") frames the letter before the writer starts.',
    suggestion: 'Remind them of one concrete thing you did together: the case, the date, the service.',
  },
  'request-dictating': {
    title: 'Telling the writer what to say',
    explanation:
      'Asking the writer to state particular praise makes the letter yours, not theirs; many writers decline or write less.',
    suggestion:
      'Offer your CV and a short list of cases or qualities they saw, framed as reminders rather than instructions.',
  },
  'request-too-late': {
    title: 'Too late or too pressing',
    explanation:
      'A deadline hours or a day away, or one already past, leaves no time for a careful letter; pressure reads as poor planning.',
    suggestion: 'Ask at least four weeks before you need the letter uploaded, and give the exact date.',
  },
  'request-self-written': {
    title: 'Writing it yourself, or reading it',
    explanation:
      'Offering to draft the letter, or asking to see it, undercuts the waiver that lets programs trust what the writer says.',
    suggestion: 'Leave the writing to the writer and waive your right to see the letter; send a packet instead.',
  },
  'request-casual': {
    title: 'Casual ask',
    explanation:
      'A quick, casual line ("hey, can you send a letter?") gives the writer no context and reads as if the letter matters little.',
    suggestion:
      'Greet them formally, say who you are and where you worked together, and what you are asking for and by when.',
  },
  'outreach-any-position': {
    title: 'Asking for anything',
    explanation:
      'Asking for "any position" or "anything at all" leaves a stranger to work out what you want, so most will not.',
    suggestion: 'Name one thing: an observership in a named month, or help with a specific project.',
  },
  'outreach-mass-mailing': {
    title: 'Reads as a mass mailing',
    explanation:
      'Stock openings and signs of mass sending ("esteemed institution", "to whom it may concern") mark the email as one of hundreds.',
    suggestion: 'Address one person by name and say why you wrote to them in particular.',
  },
  'outreach-reply-deadline': {
    title: 'Deadline for a stranger',
    explanation:
      'Setting a reply date for someone who owes you nothing reads as pressure and is a common reason cold emails go unanswered.',
    suggestion:
      'Say when you are available instead, and follow up politely once if you hear nothing after a week or so.',
  },
  'outreach-begging': {
    title: 'Pleading',
    explanation: 'Pleading and appeals to pity put pressure on a stranger and say nothing about what you would bring.',
    suggestion: 'Keep it brief and factual: who you are, what you are asking for, and why them.',
  },
  'outreach-attachments': {
    title: 'Too many attachments',
    explanation:
      'A long list of attachments to a stranger is rarely opened; it also makes the email look sent in bulk.',
    suggestion: 'Attach your CV only, and offer the rest on request.',
  },
  'outreach-follow-up-pressure': {
    title: 'Too many follow-ups',
    explanation: 'Several follow-ups in a few days, or calls on top of emails, read as pressure.',
    suggestion: 'Send one polite follow-up after about a week, then move on.',
  },
  'outreach-life-story': {
    title: 'Life story',
    explanation: 'A cold email is read in under a minute; a life story pushes your ask out of view.',
    suggestion: 'Keep background to one or two lines that connect you to their work.',
  },
  'letter-no-example': {
    title: 'No specific example',
    explanation:
      'The letter has no number, no patient and nothing the applicant did to a case, so every claim in it is the writer’s word alone. Program directors give most weight to what the writer saw happen.',
    suggestion:
      'Add one short story: the patient, what the applicant noticed or did, and what came of it. A number (patients a day, weeks together) helps too.',
  },
  'letter-no-comparison': {
    title: 'No comparison with peers',
    explanation:
      'Nowhere does the letter place the applicant among others the writer has trained. Programs rank applicants, and a letter that does not rank leaves them to assume the middle.',
    suggestion:
      'Say where the applicant stands and against whom: "among the top three of the thirty students I supervised this year" or "the best sub-intern on our service this spring".',
  },
  'letter-too-short': {
    title: 'Short for a letter',
    explanation:
      'The letter runs under about 250 words. A short letter has no room for examples, and readers take brevity as a writer with little to say.',
    suggestion:
      'Aim for roughly a page: how you know the applicant, one or two cases in detail, how they compare with peers, and a clear closing endorsement.',
  },
  'letter-grindstone-heavy': {
    title: 'More effort than ability',
    explanation:
      'Words of effort and warmth (hardworking, reliable, kind, helpful) outnumber words of ability and standing out. Research on letters finds this pattern reads as a weaker letter, and it appears more often in letters for women.',
    suggestion:
      'Keep the warmth if it is true, and add the ability behind it: judgment, knowledge, skill or leadership you saw, in words such as "excellent", "insightful", "independent".',
  },
};

/** The label of each rule category. */
export const CATEGORY_LABELS: Record<CategoryId, string> = {
  'faint-praise': 'Faint praise',
  'presence-only': 'Presence, not performance',
  'effort-only': 'Effort without ability',
  hedge: 'Hedges and doubt',
  'vague-praise': 'Vague, generic praise',
  personal: 'Personal or backhanded remarks',
  'thin-contact': 'Thin contact',
  'weak-endorsement': 'Endorsement with no strength',
  'generic-ask': 'Generic opening or ask',
  'crossing-a-line': 'Offers that cross a line',
  'vague-urgency': 'Urgency with no date',
  'missing-in-request': 'Missing from the request',
  outreach: 'Cold email',
  backhanded: 'Backhanded comparison',
  'negated-negative': 'Praise by absence of problems',
  improvement: 'Still improving',
  'self-undermining': 'Talking yourself down',
  dictating: 'Dictating the content',
  'too-late': 'Too late or too pressing',
  'any-position': 'Asking for anything',
  'mass-mailing': 'Reads as a mass mailing',
  'reply-deadline': 'Deadline for a stranger',
  begging: 'Pleading',
  'attachment-dump': 'Too many attachments',
  'too-many-follow-ups': 'Too many follow-ups',
  'life-story': 'Life story',
  'whole-letter': 'The letter as a whole',
  custom: 'Your phrases',
};

/** Fixed words of the compose panel, shown by the content script (from the locale catalog there). */
export const HINT_UI_TEXTS = {
  kind_auto: 'Detect automatically',
  kind_letter: 'Letter of recommendation',
  kind_request: 'Request for a letter',
  kind_outreach: 'Cold email (outreach)',
  kind_choice: 'This is a:',
  kind_choice_letter: 'letter',
  kind_choice_request: 'request',
  kind_choice_outreach: 'cold email',
  kind_choice_label: 'Say what this email is',
  log_no_recipient: 'Add a recipient first: no email address found in this compose.',
  log_sample: 'Sample data is loaded: remove it in the popup first, so your own emails are not mixed in.',
  log_failed: 'Could not log it: open the popup to add it.',
  log_reload: 'Could not log it: the extension was updated; reload this page.',
} as const;

export type HintUiKey = keyof typeof HINT_UI_TEXTS;
