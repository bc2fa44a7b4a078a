/**
 * The request kit: the emails and checklist an applicant sends a letter writer, filled from tracker data.
 * Pure text templates in our own words; the popup copies them to the clipboard.
 */

export interface KitContext {
  writerName: string;
  /** Where and how they worked together, e.g. "my hands-on rotation in the US at Mercy Hospital". */
  setting?: string;
  /** When they worked together, e.g. "June–July 2026". */
  months?: string;
  specialty?: string;
  /** Signs each email; "[Your name]" when unknown. */
  applicantName?: string;
  /** YYYY-MM-DD the letter should be uploaded by. */
  deadline?: string;
  letterId?: string;
  service?: 'ERAS' | 'ResidencyCAS';
  /** The Match the applicant is applying in, e.g. 2027. */
  matchYear?: number;
  /** A writer outside the US, less used to US-style letters: the request offers a summary to draw on. */
  homeCountry?: boolean;
}

export type KitPart = 'request' | 'summary' | 'checklist' | 'reminder' | 'thanks';
export const KIT_LABELS: Record<KitPart, string> = {
  request: 'Request email',
  summary: 'Summary of our work',
  checklist: 'Packet checklist',
  reminder: 'One-week reminder',
  thanks: 'Thank-you note',
};

/** Formats a calendar date for a letter, e.g. "Tuesday, September 1, 2026". */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** "Internal Medicine residency programs", or "residency programs" with no specialty set. */
const programs = (ctx: KitContext) => (ctx.specialty ? `${ctx.specialty} residency programs` : 'residency programs');
const subjectField = (ctx: KitContext) => (ctx.specialty ? `${ctx.specialty} residency` : 'residency');
const sign = (ctx: KitContext) => `\n\n${ctx.applicantName?.trim() || '[Your name]'}`;
const by = (ctx: KitContext) => (ctx.deadline ? `by ${longDate(ctx.deadline)}` : 'by [the date you need it]');
const service = (ctx: KitContext) => ctx.service ?? 'ERAS';
const match = (ctx: KitContext) => `the ${ctx.matchYear ?? '[year]'} Match`;
const together = (ctx: KitContext) =>
  `${ctx.setting ?? 'the time we worked together'}${ctx.months ? ` (${ctx.months})` : ''}`;

/** How the letter reaches the programs: the ERAS form and Letter ID, or ResidencyCAS's own request. */
function submission(ctx: KitContext): string {
  if (service(ctx) === 'ResidencyCAS')
    return `ResidencyCAS will email you the request with its upload link; the letter would need to be uploaded ${by(ctx)}.`;
  return `I will send you the ERAS Letter Request Form, which carries the Letter ID your upload needs; the letter would need to be uploaded ${by(ctx)}.`;
}

/** The request email: when and where they worked together, the plain "strong" question, waiver and upload steps. */
export function requestEmail(ctx: KitContext): string {
  const home = ctx.homeCountry
    ? [
        '',
        'Letters for US programs are read for concrete examples: patients I cared for, what I was responsible for, and how I compare with others you have supervised. To save you time, I will send a short summary of our work together for you to draw on; the letter is of course yours.',
      ]
    : [];
  return [
    `Subject: Request for a strong letter of recommendation (${subjectField(ctx)}, ${match(ctx)})`,
    '',
    `Dear ${ctx.writerName},`,
    '',
    `Thank you again for your teaching during ${together(ctx)}. I am applying to ${programs(ctx)} in ${match(ctx)}.`,
    '',
    'Would you feel able to write me a strong letter of recommendation? If you do not think you could make it strong, I would be grateful if you told me so; I would rather know now.',
    ...home,
    '',
    `If you can, I will send you a short packet with my CV, personal statement and a few cases we shared. I will waive my right to see the letter. ${submission(ctx)}`,
    '',
    `Thank you for considering it.${sign(ctx)}`,
  ].join('\n');
}

/** A summary of the work together for the writer to draw on (most useful to home-country writers). */
export function workSummary(ctx: KitContext): string {
  return [
    `Our work together: notes for ${ctx.writerName}`,
    '',
    `When and where: ${together(ctx)}`,
    'Cases I worked on under your supervision:',
    '- [case: what I did, and what came of it]',
    '- [case: what I did, and what came of it]',
    '- [case: what I did, and what came of it]',
    'What I was responsible for: [wards, clinic, calls, presentations, thesis or research]',
    'Qualities you might speak to, only if you saw them (examples, not a script): [clinical reasoning, reliability, communication with patients and families, teamwork]',
    `What US programs value in a letter: specific examples rather than general praise, how long and how closely you supervised me, and how I compare with peers if you can say.${sign(ctx)}`,
  ].join('\n');
}

/** The packet checklist the applicant sends once the writer agrees. */
export function packetChecklist(ctx: KitContext): string {
  return [
    `Packet for ${ctx.writerName}`,
    '',
    '[ ] CV (current, one file)',
    '[ ] Personal statement (draft is fine)',
    `[ ] Why ${ctx.specialty || 'this field'}, in three or four sentences`,
    '[ ] Two or three cases we shared, with dates and what I did',
    '[ ] Qualities I hope you might mention, offered only as examples (say, clinical reasoning or reliability); please write what you saw',
    `[ ] Deadline: upload ${by(ctx)}`,
    `[ ] ${service(ctx)} upload steps and the Letter ID${ctx.letterId ? ` (${ctx.letterId})` : ''}`,
    '[ ] Waiver: I waived my right to see the letter',
  ].join('\n');
}

/** The reminder a week before the deadline, with the Letter ID. */
export function reminderEmail(ctx: KitContext): string {
  return [
    `Subject: Gentle reminder: letter upload ${by(ctx)}`,
    '',
    `Dear ${ctx.writerName},`,
    '',
    `Thank you again for agreeing to write my letter. A short reminder that programs start reading applications soon, so I hope to have it uploaded ${by(ctx)}.`,
    '',
    `The Letter ID is ${ctx.letterId ?? '[Letter ID]'}, and the ${service(ctx)} letter portal takes the file directly. If anything in the packet is missing, tell me and I will send it the same day.${sign(ctx)}`,
  ].join('\n');
}

/** The thank-you note after the letter is uploaded. */
export function thankYouNote(ctx: KitContext): string {
  return [
    `Subject: Thank you`,
    '',
    `Dear ${ctx.writerName},`,
    '',
    `I saw that your letter has been uploaded. Thank you for the time it took and for vouching for me. I will let you know how the Match goes.${sign(ctx)}`,
  ].join('\n');
}

/** One kit part by name. */
export function kitText(part: KitPart, ctx: KitContext): string {
  const make = {
    request: requestEmail,
    summary: workSummary,
    checklist: packetChecklist,
    reminder: reminderEmail,
    thanks: thankYouNote,
  }[part];
  return make(ctx);
}
