/**
 * The records StrongLetter keeps, as zod schemas: the single source of their TypeScript types.
 * `…InputSchema` is what a caller supplies (id and bookkeeping optional); the full schema is what is stored.
 * Enum arrays come with human labels for the UIs.
 */
import { z } from 'zod';
import {
  choiceField,
  dateField,
  emailField,
  idField,
  instantField,
  requiredText,
  textField,
  timeField,
  timeZoneField,
} from './fields';
import { type OutreachPurpose, PURPOSES } from './settings-values';

// ---------- enums with labels ----------

export const WRITER_ROLES = [
  'attending',
  'program-director',
  'chair',
  'research-mentor',
  'professor',
  'other',
] as const;
export type WriterRole = (typeof WRITER_ROLES)[number];
export const ROLE_LABELS: Record<WriterRole, string> = {
  attending: 'Attending',
  'program-director': 'Program director',
  chair: 'Department chair',
  'research-mentor': 'Research mentor / PI',
  professor: 'Professor',
  other: 'Other',
};

export const CONTACT_TYPES = [
  'us-hands-on',
  'externship',
  'observership',
  'research',
  'virtual',
  'home-country',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];
export const CONTACT_LABELS: Record<ContactType, string> = {
  'us-hands-on': 'US hands-on rotation',
  externship: 'Externship',
  observership: 'Observership',
  research: 'Research',
  virtual: 'Virtual / tele program',
  'home-country': 'Home-country clinical work',
};

/** The usual path of a letter, in order; `declined` and `withdrawn` leave it. */
export const STAGE_PATH = [
  'prospect',
  'working-together',
  'asked',
  'agreed',
  'packet-sent',
  'letter-id-sent',
  'uploaded',
  'assigned',
] as const;
export const LETTER_STAGES = [...STAGE_PATH, 'declined', 'withdrawn'] as const;
export type LetterStage = (typeof LETTER_STAGES)[number];
export const STAGE_LABELS: Record<LetterStage, string> = {
  prospect: 'Prospect',
  'working-together': 'Working together',
  asked: 'Asked',
  agreed: 'Agreed',
  'packet-sent': 'Packet sent',
  'letter-id-sent': 'Letter ID sent',
  uploaded: 'Uploaded',
  assigned: 'Assigned',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/** The stage after this one on the usual path; undefined at the end, or for declined and withdrawn letters. */
export function nextStage(stage: LetterStage): LetterStage | undefined {
  const index = (STAGE_PATH as readonly LetterStage[]).indexOf(stage);
  return index >= 0 && index < STAGE_PATH.length - 1 ? STAGE_PATH[index + 1] : undefined;
}

/** ERAS lets an applicant assign at most four letters to each program. */
export const MAX_LETTERS_PER_PROGRAM = 4;
export const TOO_MANY_LETTERS = 'ERAS allows at most 4 letters per program';

export const WAIVER_CHOICES = ['yes', 'no', 'undecided'] as const;
export type Waiver = (typeof WAIVER_CHOICES)[number];
export const WAIVER_LABELS: Record<Waiver, string> = { yes: 'Waived', no: 'Not waived', undecided: 'Undecided' };

export const SERVICES = ['ERAS', 'ResidencyCAS'] as const;
export type Service = (typeof SERVICES)[number];
export const SERVICE_LABELS: Record<Service, string> = { ERAS: 'ERAS', ResidencyCAS: 'ResidencyCAS' };

export const VISA_CHOICES = ['j1', 'h1b', 'both', 'none', 'unknown'] as const;
export type VisaSponsorship = (typeof VISA_CHOICES)[number];
export const VISA_LABELS: Record<VisaSponsorship, string> = {
  j1: 'J-1',
  h1b: 'H-1B',
  both: 'J-1 and H-1B',
  none: 'None',
  unknown: 'Unknown',
};

export const PROGRAM_STATUSES = ['researching', 'applied', 'invited', 'interviewed', 'ranked'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = {
  researching: 'Researching',
  applied: 'Applied',
  invited: 'Invited',
  interviewed: 'Interviewed',
  ranked: 'Ranked',
};

export const DEADLINE_KINDS = ['milestone', 'program', 'letter-step', 'outreach-follow-up', 'personal'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  milestone: 'Cycle milestone',
  program: 'Program',
  'letter-step': 'Letter step',
  'outreach-follow-up': 'Outreach follow-up',
  personal: 'Personal',
};

export const DEADLINE_SOURCES = ['built-in', 'user', 'import', 'derived'] as const;
export type DeadlineSource = (typeof DEADLINE_SOURCES)[number];
export const DEADLINE_SOURCE_LABELS: Record<DeadlineSource, string> = {
  'built-in': 'Built-in calendar',
  user: 'Added by you',
  import: 'Imported',
  derived: 'Worked out from your letters',
};

export const CONCERN_TYPES = ['writer', 'letter', 'program', 'outreach'] as const;
export type ConcernType = (typeof CONCERN_TYPES)[number];

/** Why a cold email was sent (declared with the settings, which remember the last one used). */
export const OUTREACH_PURPOSES = PURPOSES;
export type { OutreachPurpose };
export const PURPOSE_LABELS: Record<OutreachPurpose, string> = {
  observership: 'Observership',
  externship: 'Externship',
  research: 'Research',
  other: 'Other',
};

export const OUTREACH_STATUSES = ['sent', 'replied', 'positive', 'declined', 'no-reply'] as const;
export type OutreachStatus = (typeof OUTREACH_STATUSES)[number];
export const OUTREACH_STATUS_LABELS: Record<OutreachStatus, string> = {
  sent: 'Sent',
  replied: 'Replied',
  positive: 'Positive reply',
  declined: 'Declined',
  'no-reply': 'No reply',
};

// ---------- records ----------

const notes = textField(5000).optional();
/** Bookkeeping every stored record carries. */
const stored = {
  id: idField,
  createdAt: instantField,
  updatedAt: instantField,
  /** Part of the removable sample applicant, never the user's own data. */
  sample: z.boolean().optional(),
};
const optionalInput = { id: idField.optional(), sample: z.boolean().optional() };

const writerFields = {
  name: requiredText(200),
  role: choiceField(WRITER_ROLES, ROLE_LABELS).default('attending'),
  institution: textField(300).optional(),
  usBased: z.boolean().default(false),
  specialty: textField(100).optional(),
  contactType: choiceField(CONTACT_TYPES, CONTACT_LABELS),
  weeksTogether: z.number({ error: 'use a number of weeks' }).min(0, 'cannot be negative').max(520).optional(),
  startDate: dateField.optional(),
  endDate: dateField.optional(),
  email: emailField.optional(),
  /** A well-known name whose letter may carry little weight without real contact. */
  wellKnown: z.boolean().optional(),
  notes,
};
const endNotBeforeStart = (w: { startDate?: string; endDate?: string }) =>
  !w.startDate || !w.endDate || w.endDate >= w.startDate;
const endMessage = { message: 'cannot be before the start date', path: ['endDate'] };

export const WriterInputSchema = z.object({ ...optionalInput, ...writerFields }).refine(endNotBeforeStart, endMessage);
export const WriterSchema = z.object({ ...stored, ...writerFields }).refine(endNotBeforeStart, endMessage);
export type WriterInput = z.input<typeof WriterInputSchema>;
export type Writer = z.infer<typeof WriterSchema>;

export const PacketSchema = z.object({
  cv: z.boolean().default(false),
  personalStatement: z.boolean().default(false),
  cases: z.boolean().default(false),
  deadlineAndSteps: z.boolean().default(false),
});
export type Packet = z.infer<typeof PacketSchema>;

const letterFields = {
  writerId: idField,
  /** Target specialty; absent for a general letter. */
  specialty: textField(100).optional(),
  stage: choiceField(LETTER_STAGES, STAGE_LABELS).default('prospect'),
  /** The date each stage was reached. */
  stageDates: z.partialRecord(z.enum(LETTER_STAGES), dateField).default({}),
  strongAgreed: z.boolean().default(false),
  waiver: choiceField(WAIVER_CHOICES, WAIVER_LABELS).default('undecided'),
  service: choiceField(SERVICES, SERVICE_LABELS).default('ERAS'),
  /** The Letter ID from the application service's letter request. */
  letterId: textField(60).optional(),
  packet: PacketSchema.default({ cv: false, personalStatement: false, cases: false, deadlineAndSteps: false }),
  letterDate: dateField.optional(),
  /** When the letter should be uploaded; timelines count back from it. */
  targetUploadDate: dateField.optional(),
  notes,
};
export const LetterInputSchema = z.object({ ...optionalInput, ...letterFields });
export const LetterSchema = z.object({ ...stored, ...letterFields });
export type LetterInput = z.input<typeof LetterInputSchema>;
export type Letter = z.infer<typeof LetterSchema>;

const programFields = {
  name: requiredText(300),
  specialty: textField(100).optional(),
  city: textField(100).optional(),
  state: textField(60).optional(),
  service: choiceField(SERVICES, SERVICE_LABELS).default('ERAS'),
  visa: choiceField(VISA_CHOICES, VISA_LABELS).default('unknown'),
  lettersRequired: z.number({ error: 'use a number from 1 to 4' }).int().min(1).max(4).default(3),
  specialtyLetterRequired: z.boolean().default(false),
  chairLetterRequired: z.boolean().default(false),
  status: choiceField(PROGRAM_STATUSES, PROGRAM_STATUS_LABELS).default('researching'),
  notes,
};
export const ProgramInputSchema = z.object({ ...optionalInput, ...programFields });
export const ProgramSchema = z.object({ ...stored, ...programFields });
export type ProgramInput = z.input<typeof ProgramInputSchema>;
export type Program = z.infer<typeof ProgramSchema>;

const assignmentFields = { programId: idField, letterId: idField, assignedDate: dateField.optional() };
export const AssignmentInputSchema = z.object({ ...optionalInput, ...assignmentFields });
export const AssignmentSchema = z.object({ ...stored, ...assignmentFields });
export type AssignmentInput = z.input<typeof AssignmentInputSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;

export const ConcernsSchema = z.object({
  type: choiceField(CONCERN_TYPES, {
    writer: 'writer',
    letter: 'letter',
    program: 'program',
    outreach: 'outreach',
  }),
  id: idField,
});
export type Concerns = z.infer<typeof ConcernsSchema>;

const deadlineFields = {
  title: requiredText(300),
  dueDate: dateField,
  dueTime: timeField.optional(),
  /** The zone the due time is given in (ERAS and NRMP: America/New_York); absent means the user's own. */
  timeZone: timeZoneField.optional(),
  kind: choiceField(DEADLINE_KINDS, DEADLINE_KIND_LABELS).default('personal'),
  source: choiceField(DEADLINE_SOURCES, DEADLINE_SOURCE_LABELS).default('user'),
  concerns: ConcernsSchema.optional(),
  done: z.boolean().default(false),
  doneDate: dateField.optional(),
  /** Days ahead of the due date the reminder starts; absent means the user's setting. */
  leadDays: z.number({ error: 'use a number of days' }).int().min(0, 'cannot be negative').max(365).optional(),
  /** A built-in milestone the user chose not to see. */
  hidden: z.boolean().optional(),
  /** A built-in date the user confirmed or changed; calendar refreshes leave it alone. */
  userEdited: z.boolean().optional(),
  /** A date estimated from the usual pattern rather than published. */
  estimated: z.boolean().optional(),
  notifiedAt: instantField.optional(),
  snoozedUntil: instantField.optional(),
  notes,
};
export const DeadlineInputSchema = z.object({ ...optionalInput, ...deadlineFields });
export const DeadlineSchema = z.object({
  ...stored,
  ...deadlineFields,
  /** Derived sort key `YYYY-MM-DDTHH:MM` (all-day: `T24:00`), wall time in the deadline's own zone. */
  dueAt: z.string(),
  /** Derived index flag: 1 while the deadline still needs attention (not done, not hidden), else 0. */
  pending: z.union([z.literal(0), z.literal(1)]),
});
export type DeadlineInput = z.input<typeof DeadlineInputSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;

const outreachFields = {
  contactName: requiredText(200),
  institution: textField(300).optional(),
  department: textField(200).optional(),
  email: emailField.optional(),
  subject: textField(300).optional(),
  purpose: choiceField(OUTREACH_PURPOSES, PURPOSE_LABELS).default('observership'),
  sentDate: dateField,
  followUpDates: z.array(dateField).max(20).default([]),
  status: choiceField(OUTREACH_STATUSES, OUTREACH_STATUS_LABELS).default('sent'),
  replyDate: dateField.optional(),
  /** The email text, kept only when the user asks. */
  body: textField(20000).optional(),
  /** When an observership or research position began from this contact. */
  positionStartedDate: dateField.optional(),
  /** The writer this contact became, if any. */
  writerId: idField.optional(),
  notes,
};
export const OutreachInputSchema = z.object({ ...optionalInput, ...outreachFields });
export const OutreachSchema = z.object({ ...stored, ...outreachFields });
export type OutreachInput = z.input<typeof OutreachInputSchema>;
export type Outreach = z.infer<typeof OutreachSchema>;

/** Labels for field names, used to start each validation message ("Due date: …"). */
export const FIELD_LABELS: Record<string, string> = {
  id: 'Id',
  name: 'Name',
  role: 'Role',
  institution: 'Institution',
  usBased: 'US-based',
  specialty: 'Specialty',
  contactType: 'How they know you',
  weeksTogether: 'Weeks together',
  startDate: 'Start date',
  endDate: 'End date',
  email: 'Email',
  notes: 'Notes',
  writerId: 'Writer',
  stage: 'Stage',
  stageDates: 'Stage dates',
  strongAgreed: 'Strong letter agreed',
  waiver: 'Waiver',
  service: 'Application service',
  letterId: 'Letter ID',
  letterDate: 'Letter date',
  targetUploadDate: 'Target upload date',
  city: 'City',
  state: 'State',
  visa: 'Visa sponsorship',
  lettersRequired: 'Letters required',
  status: 'Status',
  programId: 'Program',
  assignedDate: 'Assigned date',
  title: 'Title',
  dueDate: 'Due date',
  dueTime: 'Due time',
  timeZone: 'Time zone',
  kind: 'Kind',
  source: 'Source',
  concerns: 'Concerns',
  leadDays: 'Reminder lead days',
  contactName: 'Contact name',
  department: 'Department',
  purpose: 'Purpose',
  sentDate: 'Sent date',
  followUpDates: 'Follow-up dates',
  replyDate: 'Reply date',
  createdAt: 'Created',
  updatedAt: 'Updated',
};
