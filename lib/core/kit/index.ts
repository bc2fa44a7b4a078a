/**
 * The request kit: the emails and checklist an applicant sends a letter writer, filled from tracker data.
 * Pure text templates in our own words; the popup copies them to the clipboard.
 */

export interface KitContext {
  writerName: string;
  /** Where and how they worked together, e.g. "your cardiology rotation at Mercy Hospital". */
  setting?: string;
  specialty?: string;
  applicantName?: string;
  /** YYYY-MM-DD the letter should be uploaded by. */
  deadline?: string;
  letterId?: string;
  service?: 'ERAS' | 'ResidencyCAS';
}

export type KitPart = 'request' | 'checklist' | 'reminder' | 'thanks';
export const KIT_LABELS: Record<KitPart, string> = {
  request: 'Request email',
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

const field = (ctx: KitContext) => ctx.specialty || 'residency';
const sign = (ctx: KitContext) => (ctx.applicantName ? `\n\n${ctx.applicantName}` : '\n\n[Your name]');
const by = (ctx: KitContext) => (ctx.deadline ? `by ${longDate(ctx.deadline)}` : 'by [the date you need it]');
const service = (ctx: KitContext) => ctx.service ?? 'ERAS';

/** The request email: asks plainly whether the writer can write a strong letter. */
export function requestEmail(ctx: KitContext): string {
  const where = ctx.setting ? ` during ${ctx.setting}` : '';
  return [
    `Subject: Request for a strong letter of recommendation (${field(ctx)})`,
    '',
    `Dear ${ctx.writerName},`,
    '',
    `I am applying to ${field(ctx)} residency programs in the coming Match, and working with you${where} shaped how I want to practice.`,
    '',
    `Would you feel able to write me a strong letter of recommendation? If you do not think you could make it strong, I would be grateful if you told me so; I would rather know now.`,
    '',
    `If you can, I will send you a short packet with my CV, personal statement, a few cases we shared, and the ${service(ctx)} upload steps. I would need the letter uploaded ${by(ctx)}.`,
    '',
    `Thank you for considering it.${sign(ctx)}`,
  ].join('\n');
}

/** The packet checklist the applicant sends once the writer agrees. */
export function packetChecklist(ctx: KitContext): string {
  return [
    `Packet for ${ctx.writerName}`,
    '',
    '[ ] CV (current, one file)',
    '[ ] Personal statement (draft is fine)',
    `[ ] Why ${field(ctx)}, in three or four sentences`,
    '[ ] Two or three cases we shared, with dates and what I did',
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
  const make = { request: requestEmail, checklist: packetChecklist, reminder: reminderEmail, thanks: thankYouNote }[
    part
  ];
  return make(ctx);
}
