import { catalogPattern } from './text-source';
import type { MatchContext, ParagraphNotes } from './types';

// Helpers that rules use to look around a match. They read only the sentence that holds it.

const LOOK = 300;

// The longer patterns, read from the catalog (context-patterns.ts).
const APPLICANT_LINKED = catalogPattern('ctxApplicantLinked');
const BACKING = catalogPattern('ctxBacking');
const NEGATION = catalogPattern('ctxNegation');
const OTHER_PERSON_WHO = catalogPattern('ctxOtherPersonWho');
const PATIENT_BEFORE = catalogPattern('ctxPatientBefore');
const PATIENT_NEXT = catalogPattern('ctxPatientNext');
const SKILL_BEFORE = catalogPattern('ctxSkillBefore');
const SKILL_THAT = catalogPattern('ctxSkillThat');
const SPECIFIC_ASK = catalogPattern('ctxSpecificAsk');
const THANKS_OR_OFFER = catalogPattern('ctxThanksOrOffer');
const THING_SUBJECT = catalogPattern('ctxThingSubject');

/** Finds the sentence around [start, end) (bounded to a few hundred characters each way). */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  const sMin = Math.max(0, start - LOOK);
  while (s > sMin && !isStop(text, s - 1)) s--;
  let e = end;
  const eMax = Math.min(text.length, end + LOOK);
  while (e < eMax && !isStop(text, e)) e++;
  return [s, e];
}

/**
 * sentenceBounds for matches taken in order of position, reusing the last sentence while matches stay inside it
 * (a sentence holds a few matches, and finding its ends means reading it). The result is always what
 * sentenceBounds gives: a sentence is reused only when its ends were set by stops, not by the length limit,
 * and nothing between them is a stop.
 */
export function sentenceFinder(text: string): (start: number, end: number) => [number, number] {
  let last: [number, number] = [0, 0];
  let reusable = false;
  return (start, end) => {
    const [s, e] = last;
    if (reusable && s <= start && end <= e && s >= start - LOOK && e <= end + LOOK) return last;
    last = sentenceBounds(text, start, end);
    const [s2, e2] = last;
    reusable = (s2 === 0 || isStop(text, s2 - 1)) && (e2 === text.length || isStop(text, e2));
    for (let i = start; reusable && i < end; i++) reusable = !isStop(text, i);
    return last;
  };
}

// Sentence stops: . ! ? ; and line breaks. A period after a title ("Dr.") or an initial does not count.
function isStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Every stop is below "@": letters leave at once.
  if (c > 63) return false;
  if (c === 33 || c === 63 || c === 59 || c === 10 || c === 13) return true;
  if (c !== 46) return false;
  return !/(?:^|\W)(?:dr|mr|mrs|ms|prof|st|vs|e\.g|i\.e|[a-z])$/i.test(text.slice(Math.max(0, i - 4), i));
}

/** Part of the text, lower case. */
function lowered(ctx: MatchContext, start: number, end: number): string {
  const part = ctx.text.slice(start, end);
  return ctx.lower ? part : part.toLowerCase();
}

/** The sentence text before the match, lower case. */
export function before(ctx: MatchContext, max = 80): string {
  return lowered(ctx, Math.max(ctx.sentenceStart, ctx.start - max), ctx.start);
}

/** The sentence text after the match, lower case. */
export function after(ctx: MatchContext, max = 80): string {
  return lowered(ctx, ctx.end, Math.min(ctx.sentenceEnd, ctx.end + max));
}

// What the helpers found out about the current sentence; several matches often share one.
function memo(ctx: MatchContext): NonNullable<MatchContext['memo']> {
  let m = ctx.memo;
  if (!m || m.start !== ctx.sentenceStart || m.end !== ctx.sentenceEnd)
    ctx.memo = m = { start: ctx.sentenceStart, end: ctx.sentenceEnd, sentence: undefined, strong: undefined };
  return m;
}

/** The whole sentence, lower case. */
export function sentence(ctx: MatchContext): string {
  const m = memo(ctx);
  if (m.sentence === undefined) m.sentence = lowered(ctx, ctx.sentenceStart, ctx.sentenceEnd);
  return m.sentence;
}

/** The matched text, lower case. */
export function matched(ctx: MatchContext): string {
  return lowered(ctx, ctx.start, ctx.end);
}

/** True when the clause before the match negates or outdoes it ("not merely competent", "never needed"). */
export function negated(ctx: MatchContext): boolean {
  return NEGATION().test(before(ctx, 60));
}

/** Words that name clinical things, so "adequate hydration" or "satisfactory outcome" is not about the applicant. */
export const CLINICAL =
  /^\W*(?:\w+\W+)?(?:hydrat|perfus|analges|oxygen|intake|nutrit|sample|specimen|output|ventilat|control|dose|dosing|fluid|resusc|blood|pressure|outcome|result|recover|response|repair|closure|hemosta|healing|margin|imag|view|exposure|level|saturation|glyc|sedat|anesthe|anaesthe|coverage|drain|urine|follow|postop|post-op|diet|airway|access|rate|range|treatment|therapy|condition|status|repletion|volume|evaluation of the|procedure|number of|supply|beds|staffing|reduction|alignment|position|pain|weight|sleep|function|clearance|stool|feeding|labs?\b|values?\b|vitals?\b|limits|parameters|norms|bounds)/;

/**
 * True when a clinical noun follows the match within a word or two, also past a joined word ("adequate but
 * borderline urine output").
 */
export function clinicalAfter(ctx: MatchContext): boolean {
  const next = after(ctx, 50);
  return CLINICAL.test(next) || CLINICAL.test(next.replace(/^\s*(?:but|and|yet|though|if|or) [\w-]+/, ''));
}

/** True when the match follows a verb of caring for someone ("She cared for a young woman with lupus"): the patient. */
export function caredForBefore(ctx: MatchContext): boolean {
  return /\b(?:cared|caring|care|looked after|treated|admitted|managed|operated|consulted|called|counsel(?:l)?ed|interpreted)\s*$/.test(
    before(ctx, 30),
  );
}

/** True when a family word in the match belongs to the patient's family ("The mother thanked him for noticing her son's rash"). */
export function patientsFamily(ctx: MatchContext): boolean {
  return (
    /\b(?:sons?|daughters?|children|kids|husband|wife|spouse|parents?)\b/.test(matched(ctx)) &&
    /\b(?:mother|father|parents?|patient|family|wife|husband)\b/.test(before(ctx, 120))
  );
}

/** True when the clause's subject is a test, a dose, a plan or a device ("the heparin dosing looked adequate"), not a person. */
export function thingSubject(ctx: MatchContext): boolean {
  return THING_SUBJECT().test(clauseBefore(ctx));
}

/** True when the patient (not the applicant) is the subject near the match. */
export function aboutPatient(ctx: MatchContext, window = 50): boolean {
  return PATIENT_BEFORE().test(before(ctx, window));
}

/** As aboutPatient, but a ward or unit named as the place ("attached to my unit", "in our neonatal unit") does not count. */
export function aboutPatientNotPlace(ctx: MatchContext, window = 50): boolean {
  return PATIENT_BEFORE().test(
    before(ctx, window).replace(
      /\b(?:(?:my|our|the|his|her|their|this) (?:[\w-]+ )?(?:ward|unit|icu|floor|service)s?)\b/g,
      ' ',
    ),
  );
}

/** True when the sentence tells of daily or side-by-side work ("worked alongside him nearly every day"): contact that is not thin. */
export function closeContact(ctx: MatchContext): boolean {
  return /\b(?:(?:nearly |almost )?every day|daily|worked (?:alongside|closely|side by side))\b/.test(sentence(ctx));
}

/** True after "something I have" or "which we had": "seen only twice before" then tells how rare a feat is, not how little the writer saw. */
export function rarityAside(ctx: MatchContext): boolean {
  return /\b(?:something|a thing|which|what) (?:i|we) (?:have |had |['’]ve )?$/.test(before(ctx, 30));
}

/** True when the words right after the match are about the patient ("At times the patient required oxygen"). */
export function patientNext(ctx: MatchContext): boolean {
  return PATIENT_NEXT().test(after(ctx, 40));
}

/** The clause before the match: back to the last comma, semicolon or joining word, lower case. */
export function clauseBefore(ctx: MatchContext): string {
  const text = before(ctx, 80);
  const parts = text.split(/[,;:]|\b(?:and|but|yet|while|whereas|because|so)\b/);
  return parts[parts.length - 1];
}

/** True when the clause's subject is a place or the workload ("The clinic was busy at times"), not a person. */
export function settingSubject(ctx: MatchContext): boolean {
  const clause = clauseBefore(ctx);
  return (
    /\b(?:clinic|hospital|ward|unit|service|department|ed|er|schedule|workload|census|night|call|list|floor|pager|system|internet|weather|traffic)\b/.test(
      clause,
    ) && !/\b(?:he|she|they|his|her|their|him|them|dr)\b/.test(clause)
  );
}

/** True when the clause after the match's phrase has the patient as its subject ("Despite his age, the patient..."). */
export function patientClauseNext(ctx: MatchContext): boolean {
  return /^[^,;]{0,40},\s*(?:the|our|this|that|a|an) (?:\w+ )?(?:patient|child|infant|toddler|baby|man|woman|gentleman|lady)\b/.test(
    after(ctx, 80),
  );
}

/**
 * True when the match is about another person introduced just before: a patient ("a man we admitted who had
 * attended", "the child who was"), or a colleague ("the attending physician who was present").
 */
export function otherPersonWho(ctx: MatchContext): boolean {
  return OTHER_PERSON_WHO().test(before(ctx, 70));
}

/** Words of strong, specific praise; a sentence with one is not faint or generic. */
export const STRONG =
  /\b(?:best|top (?:\d|one|two|three|five|ten|few|tier)|top-tier|strongest|finest|brilliant|outstanding|exceptional(?:ly)?|superb|extraordinar(?:y|ily)|remarkabl[ey]|superior|most (?:talented|impressive|capable|gifted|skilled|thorough|outstanding|accomplished)|unmatched|unparalleled|rare|truly (?:gifted|exceptional)|without (?:reservation|hesitation)|(?:greatest|utmost|tremendous|highest|great) enthusiasm|wholehearted(?:ly)?|unreserved(?:ly)?|unequivocal(?:ly)?|highest|top-rank(?:ed|ing)|gold medal|most [a-z]+(?: and [a-z]+)? of (?:the|all|my|our)|(?:finished|graduated|placed|came) (?:first|top|at the top)|the only (?:one|student|applicant|observer|graduate|person|trainee)|hope (?:he|she|they) (?:matches|joins|stays|comes back)|beyond (?:his|her|their) (?:peers|classmates|level)|ahead of (?:his|her|their) (?:peers|classmates)|separates? (?:him|her|them) from|led|ran (?:the|our|his|her|their) (?:team|service|unit|floor|clinic|code|list)|taught|caught(?! up)|rank(?:ed|s)? (?:him|her|them|among|first|top|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|highest|#1|number one|at the top)|graduated (?:with (?:high(?:est)? )?distinction|summa|magna|cum laude)|among the (?:very )?(?:best|strongest|top|finest|brightest|ablest|most)|(?:truly |really )?(?:shines|shone)|something (?:i|we)(?: have|['’]ve)? (?:seen|encountered|witnessed) (?:perhaps |only |just )?(?:once|twice|a handful of times)|without a single (?:revision|correction|error|change|mistake)|the most\s+(?:[\w-]+\s+){0,2}(?:i|we) have (?:ever )?(?:supervised|taught|worked with|mentored|trained|precepted|known)|than any (?:other )?(?:student|resident|trainee|intern|fellow|observer|graduate|colleague)s? (?:i|we)|(?:fewer|less|more|better) [\w ]{0,30} than (?:those of )?(?:our|most|many|any|the) (?:own )?(?:interns|residents|fellows|students|trainees|peers))\b|\d+ ?%/;

// Phrases that hold a strong word without praising anyone: "to the best of my knowledge", "should you decide to rank him".
const NOT_PRAISE =
  /\b(?:to the best of (?:my|our|his|her|their) (?:knowledge|recollection|abilit(?:y|ies)|capacity|capacities)|(?:the )?best \w+ (?:i|we)(?: have|['’]ve)? ever (?:tasted|eaten|had|heard)|(?:the )?best (?:of luck|wishes)|wish(?:es)? (?:him|her|them) (?:all )?the (?:very )?best|(?:decide|choose|chose|want|plan|intend) to rank|if you rank)\b/g;

/** True when the text holds strong, specific praise (phrases like "to the best of my knowledge" set aside). */
export function strongIn(text: string): boolean {
  return STRONG.test(text) && STRONG.test(text.replace(NOT_PRAISE, ' '));
}

/** True when the sentence holds strong, specific praise besides the match itself ("the very best" wished is not praise). */
export function strongElsewhere(ctx: MatchContext): boolean {
  const text = sentence(ctx);
  const at = ctx.start - ctx.sentenceStart;
  return strongIn(`${text.slice(0, at)} ${text.slice(at + ctx.end - ctx.start)}`);
}

/** True when another sentence of the paragraph holds strong, specific praise ("the best student I have taught"). */
export function strongParagraph(ctx: MatchContext): boolean {
  return anyOutside(spansOf(paragraphNotes(ctx), 'strong', STRONG), ctx.sentenceStart, ctx.sentenceEnd);
}

/** True when the rest of the sentence names the applicant's ability or something done that shows it. */
export function backedInSentence(ctx: MatchContext): boolean {
  // Past a semicolon or a colon too: "honest and meticulous; when she found a wrong dose, she corrected it".
  const stop = ctx.text.slice(ctx.sentenceEnd, ctx.sentenceEnd + 300).search(/[.!?\n]/);
  const end = ctx.sentenceEnd + (stop < 0 ? Math.min(300, ctx.text.length - ctx.sentenceEnd) : stop);
  const rest = `${ctx.text.slice(ctx.sentenceStart, ctx.start)} ${ctx.text.slice(ctx.end, end)}`;
  return BACKING().test(ctx.lower ? rest : rest.toLowerCase());
}

/** True when the sentence also holds strong, specific praise. */
export function strongSentence(ctx: MatchContext): boolean {
  const m = memo(ctx);
  if (m.strong === undefined) m.strong = strongIn(sentence(ctx));
  return m.strong;
}

/** The paragraph around the match (between line breaks, at most 1,500 characters each way), lower case. */
export function paragraph(ctx: MatchContext): string {
  return paragraphNotes(ctx).text;
}

// Paragraph bounds are found once for all the matches inside it (a paragraph holds many matches).
function paragraphNotes(ctx: MatchContext): ParagraphNotes {
  const p = ctx.para;
  if (p && !p.clipped && p.start <= ctx.start && ctx.end <= p.end) return p;
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start) + 1;
  const stop = ctx.text.indexOf('\n', ctx.end);
  const start = Math.max(lineStart, ctx.start - 1500);
  const end = stop < 0 ? Math.min(ctx.text.length, ctx.end + 1500) : stop;
  const clipped = start > lineStart || (stop < 0 ? end < ctx.text.length : end < stop);
  // Every field from the start: one object shape for every paragraph.
  const notes: ParagraphNotes = {
    start,
    end,
    clipped,
    text: lowered(ctx, start, end),
    evidence: undefined,
    strong: undefined,
    hours: undefined,
  };
  ctx.para = notes;
  return notes;
}

// Where a pattern matches in the paragraph, found once per paragraph.
function spansOf(notes: ParagraphNotes, key: 'evidence' | 'strong' | 'hours', re: RegExp): [number, number][] {
  let spans = notes[key];
  if (!spans) {
    spans = [];
    const g = globalOf(re);
    g.lastIndex = 0;
    for (let m = g.exec(notes.text); m; m = g.exec(notes.text)) {
      spans.push([notes.start + m.index, notes.start + m.index + m[0].length]);
      if (m[0].length === 0) g.lastIndex++;
    }
    notes[key] = spans;
  }
  return spans;
}

// The global copy of a pattern, made once.
const globals = new Map<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, 'g');
    globals.set(re, g);
  }
  return g;
}

/** True when a span of `spans` lies outside [from, to). */
function anyOutside(spans: [number, number][], from: number, to: number): boolean {
  return spans.some(([s, e]) => e <= from || s >= to);
}

/**
 * Specific evidence: a number, a ranking, or something the applicant did to a clinical or academic object
 * (built, published, diagnosed, led, caught, taught...). An effort or praise word backed by it is not empty.
 */
export const EVIDENCE =
  /\d|\b(?:built|published|validated|designed|developed|created|founded|launched|led|ran|diagnosed|recogni[sz]ed|caught|identified|detected|spotted|found|noticed|prevented|averted|flagged|corrected|rebuilt|redesigned|streamlined|automated|reduc(?:ed|ing)|fewer|performed (?!(?:better|worse|well|poorly|adequately|satisfactorily|acceptably|reasonably|fine|as|at|above|below|to|on|about|like|beyond|in|within|around)(?![\w-]))[\w-]+|obtain(?:ed|ing)?|chaired|presented|taught|trained|organi[sz]ed (?:a|an|the|our|two|three|several|\d)|authored|wrote (?:a|the|up|our|two|three)|initiated|implemented|proposed|resuscitat\w*|intubated|managed (?:a|the|two|three|several|complex|critically|(?:his|her|their) own)|fastest|first to (?:recogni|diagnos|notice|catch|suggest|identify)|only (?:student|trainee|one|sub-?intern)|top|best|strongest|most (?:valuable|capable|talented|skilled)|outperform\w*|surpass\w*|exceed\w*|ahead of|acted on|relied on|rarely (?:see|seen)|discover(?:ed|ing|y|s)?|correct(?:ed|ing)|as shown by|evident in|evidenced by|singled out|used as (?:an? )?(?:examples?|templates?|models?)|query rate|(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)? (?:[\w-]+ )?(?:patients|consults?|consultations|notes|cases|procedures|operations|deliveries|admissions|ulcers|errors|studies|papers|abstracts|presentations|sections|reviews|transcription))\b/;

/** True when the paragraph around the match backs it with specific evidence (see EVIDENCE); clock times and hours worked do not count. */
export function evidenced(ctx: MatchContext): boolean {
  const notes = paragraphNotes(ctx);
  const hours = spansOf(notes, 'hours', HOURS);
  return spansOf(notes, 'evidence', EVIDENCE).some(
    ([s, e]) => (e <= ctx.start || s >= ctx.end) && !hours.some(([hs, he]) => hs <= s && e <= he),
  );
}

// Clock times and hours worked measure effort, not ability: "by 6 a.m.", "80 hours a week" ("cut by 2 hours" stays).
const HOURS =
  /\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|o['’]clock)|(?<!\bby )\b\d+\s*-?\s*(?:hours?|hrs?)\b|\b\d+\s*-?\s*(?:days?|weeks?|months?|years?)\b/g;

/** True when a growth verb takes the applicant's skills as its object ("continued to grow his research skills"): progress, not a deficit. */
export function grewSkills(ctx: MatchContext): boolean {
  return (
    (/\b(?:grow|grew|grown|growing|expand\w*|broaden\w*|build\w*)$/.test(matched(ctx)) &&
      /^\s*(?:his|her|their) (?:[\w-]+ )?(?:skills?|expertise|knowledge|portfolio|network|research|practice|programs?|projects?)\b/.test(
        after(ctx, 40),
      )) ||
    // "continued to develop a progressive approach to teaching": something built, not a skill still lacking.
    (/\bdevelop$/.test(matched(ctx)) &&
      /^\s*(?:(?:a|an|new|novel|several|two|three|our|the) )?(?:[\w-]+ ){0,2}(?:approach|program|programme|curriculum|method|tool|protocol|model|course|app|database|registry|pathway|workshop|system|project|study|assay|software|code|script|pipeline|dashboard|website|algorithm|platform|interface|simulation)s?\b/.test(
        after(ctx, 60),
      ))
  );
}

/** True when the sentence tells the writer's own career ("I completed my MD in Spain, with additional training at Harvard"). */
export function aboutWriter(ctx: MatchContext): boolean {
  const text = sentence(ctx);
  return (
    /^\W*(?:i|my)\s+(?:completed|trained|did|earned|received|obtained|graduated|studied|spent|joined|served|have been|am|was|own)\b/.test(
      text,
    ) && !/\b(?:he|she|they|his|her|their|him|them|dr\.?|mr\.?|ms\.?)\b/.test(text)
  );
}

/** True when the writer (I, we) or the writer's team is the subject of the clause that holds the match ("I attended on the service"). */
export function writerSubject(ctx: MatchContext): boolean {
  const text = before(ctx, 40);
  return (
    /(?:^|[,;:]\s*|\b(?:and|but|so|when|while|as|because|that|which|[a-z]+s)\s+)(?:i|we)(?:\s+(?:\w+ly|also|then|still|was|have|had|will|would|am|usually|often))*\s*$/.test(
      text,
    ) ||
    // "When our team was present at the family meeting, it was he who…": the writer's team was there.
    /\bour (?:team|service|group|unit)\s*$/.test(text)
  );
}

/**
 * True when the sentence thanks the writer for something done or agreed, or offers more help ("anything else I can
 * provide"): it follows an ask, it is not one.
 */
export function thanksOrOffer(ctx: MatchContext): boolean {
  return THANKS_OR_OFFER().test(sentence(ctx));
}

/** True when the sentence is a question or plan about scheduling, not about the applicant ("in the next few weeks?"). */
export function schedulingSentence(ctx: MatchContext): boolean {
  return /\b(?:meet|call|zoom|chat|schedule|visit|time to talk|talk|discuss|minutes|available|availability|calendar|slot|dates?)\b/.test(
    sentence(ctx),
  );
}

// An aside between the subject and the word: "was, in a word, solid".
const ASIDE = /,\s*(?:in a word|in short|overall|frankly|honestly|i would say|i think|i believe|in my view),?\s*$/;

/**
 * True when a word is said of the applicant or their skills and work ("her notes were fine", "he did okay",
 * "I would describe his skills as serviceable"), not of a patient, a finding, a plan or a device.
 */
export function saidOfApplicant(ctx: MatchContext): boolean {
  // "His performance was, in a word, solid": read past the aside.
  const near = before(ctx, 80);
  const clause = ASIDE.test(near) ? near.replace(ASIDE, ' ') : clauseBefore(ctx);
  return (
    SKILL_BEFORE().test(clause) ||
    SKILL_THAT().test(before(ctx, 60)) ||
    APPLICANT_LINKED().test(before(ctx, 60)) ||
    /^\s*(?:for (?:a|an|his|her|their|someone|one)\b[^,;]{0,30}\b(?:level|stage|student|graduate|intern|trainee|year)|overall\b|,? if not\b)/.test(
      after(ctx, 50),
    )
  );
}

/** True when a cold email asks for one named thing (their paper, a month's rotation): then "an opportunity" is specific. */
export function specificAsk(ctx: MatchContext): boolean {
  return SPECIFIC_ASK().test(sentence(ctx));
}

/** True when the whole sentence is the applicant's own plan and asks nothing of the reader ("I will send it by Friday"). */
function ownPlanSentence(text: string): boolean {
  return (
    /^\W*i(?: will|['’]ll| can| shall| am going to| plan to)\s+(?!need|want|require|have to|ask)\w+/.test(text) &&
    !/\byou\b/.test(text)
  );
}

/** True when the applicant's own next step is meant ("as soon as I receive", "which I will do by tomorrow"). */
export function applicantsOwnStep(ctx: MatchContext): boolean {
  const clause = clauseBefore(ctx);
  return (
    (/\bi(?: will|['’]ll| can| shall| am going to| plan to| do)\s+(?!need|want|require|have to|ask)\w+/.test(clause) &&
      !/\byou\b/.test(clause)) ||
    /^\s*(?:as\s+)?i\b/.test(after(ctx, 10)) ||
    // "I will send my statement as soon as it is done, likely by Friday": the whole sentence is the applicant's plan.
    ownPlanSentence(sentence(ctx)) ||
    /\b(?:looking forward to|excited to|eager to|ready to|hope to) (?:start|begin|join|meet|see|starting|beginning|joining|meeting|seeing)\b/.test(
      clause,
    )
  );
}

/** True when the sentence has the applicant doing something in the room; the writer's own verbs ("I performed") do not count. */
export function performsInSentence(ctx: MatchContext): boolean {
  return PERFORMANCE.test(
    sentence(ctx)
      .replace(/\b(?:i|we)(?: \w+ly)? \w+/g, ' ')
      .replace(
        /\b(?:procedures?|surger(?:y|ies)|operations?|cases?|scans?|tests?|studies|endoscop\w+) (?:performed|done|presented|managed)\b/g,
        ' ',
      ),
  );
}

/** Verbs of doing something in the room (presenting, leading, managing): performance, not presence. */
export const PERFORMANCE =
  /\b(?:present(?:ed|s|ing)|led|lead|leads|managed|ran|performed|taught|diagnosed|wrote|authored|designed|caught|initiated|independent(?:ly)?|recogni[sz]ed|proposed|organi[sz]ed|examined|admitted|placed|obtained|interpreted|counsel(?:l)?ed|gave|delivered|assisted|sutured|drafted|contributed|debrided|conducted|treated|resuscitated|intubated|operated|repaired|coordinated|prescribed|saw (?:\d+|(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?)\b))\b/;
