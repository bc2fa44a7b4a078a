/**
 * The spreadsheet columns of each CSV kind: header, accepted alternative headers, which record field
 * it fills, and how a cell is read and written. docs/csv-format.md describes the same columns for people.
 */

import {
  CONTACT_LABELS,
  DEADLINE_KIND_LABELS,
  DEADLINE_SOURCE_LABELS,
  LETTER_STAGES,
  OUTREACH_STATUS_LABELS,
  PROGRAM_STATUS_LABELS,
  PURPOSE_LABELS,
  ROLE_LABELS,
  SERVICE_LABELS,
  STAGE_LABELS,
  VISA_LABELS,
  WAIVER_LABELS,
} from '@/lib/core/model/schema';
import {
  type DateOrder,
  readBoolean,
  readChoice,
  readDate,
  readList,
  readNumber,
  readTime,
  readTimeZone,
} from './csv-values';

export const CSV_KINDS = ['letters', 'programs', 'deadlines', 'outreach'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];
export const CSV_KIND_LABELS: Record<CsvKind, string> = {
  letters: 'Writers and letters',
  programs: 'Programs',
  deadlines: 'Deadlines',
  outreach: 'Outreach',
};

/** Which record a column fills: letters files carry a writer and a letter on each row. */
export type CsvTarget = 'writer' | 'letter' | 'program' | 'deadline' | 'outreach';

export interface CsvColumn {
  /** Stable key for column mapping, e.g. `writer.name`. */
  key: string;
  header: string;
  aliases?: string[];
  target: CsvTarget;
  /** Field path in the record, e.g. `name`, `stageDates.asked`, `concerns.type`. */
  field: string;
  required?: boolean;
  /** The column holds dates (or a list of dates): its cells tell which way round day and month are written. */
  dates?: boolean;
  /** Written by exports for reference; an import does not read it. */
  exportOnly?: boolean;
  read: (cell: string, options?: CellOptions) => unknown;
  write?: (value: unknown) => string;
}

/** What reading a cell depends on beyond the cell itself: settled once per file. */
export interface CellOptions {
  dateOrder?: DateOrder;
}

const text = (cell: string) => cell.trim() || undefined;
const date = (cell: string, options?: CellOptions) => readDate(cell, options?.dateOrder);
const yesNo = (value: unknown) => (value === undefined ? '' : value ? 'yes' : 'no');
const choice =
  <T extends string>(labels: Record<T, string>, extra?: Record<string, T>) =>
  (cell: string) =>
    readChoice(cell, labels, extra);
const label =
  <T extends string>(labels: Record<T, string>) =>
  (value: unknown) =>
    value === undefined ? '' : (labels[value as T] ?? String(value));

function column(
  target: CsvTarget,
  field: string,
  header: string,
  read: CsvColumn['read'],
  extra: Partial<CsvColumn> = {},
): CsvColumn {
  return { key: `${target}.${field}`, header, target, field, read, ...(read === date && { dates: true }), ...extra };
}

const PACKET_ITEMS: Record<string, string> = {
  cv: 'CV',
  personalStatement: 'Personal statement',
  cases: 'Cases',
  deadlineAndSteps: 'Deadline and steps',
};

function readPacket(cell: string): Record<string, boolean> | undefined {
  if (!cell.trim()) return undefined;
  const packet: Record<string, boolean> = {
    cv: false,
    personalStatement: false,
    cases: false,
    deadlineAndSteps: false,
  };
  for (const item of readList(cell))
    packet[readChoice(item, PACKET_ITEMS, { bragsheet: 'cases', deadline: 'deadlineAndSteps' }) as string] = true;
  return packet;
}

function writePacket(value: unknown): string {
  const packet = (value ?? {}) as Record<string, boolean>;
  return Object.entries(PACKET_ITEMS)
    .filter(([key]) => packet[key])
    .map(([, name]) => name)
    .join('; ');
}

const SERVICE_ALIASES = { residencycas: 'ResidencyCAS', cas: 'ResidencyCAS' } as const;

export const CSV_COLUMNS: Record<CsvKind, CsvColumn[]> = {
  letters: [
    column('writer', 'name', 'Writer', text, {
      required: true,
      aliases: ['Writer name', 'Name', 'Letter writer', 'Recommender'],
    }),
    column(
      'writer',
      'role',
      'Role',
      choice(ROLE_LABELS, { pd: 'program-director', pi: 'research-mentor', mentor: 'research-mentor' }),
      { write: label(ROLE_LABELS), aliases: ['Title', 'Position'] },
    ),
    column('writer', 'institution', 'Institution', text, { aliases: ['Hospital', 'Organization'] }),
    column('writer', 'usBased', 'US-based', readBoolean, { write: yesNo, aliases: ['US', 'In the US'] }),
    column('writer', 'specialty', 'Writer specialty', text, { aliases: ['Department'] }),
    column(
      'writer',
      'contactType',
      'How they know you',
      choice(CONTACT_LABELS, {
        handson: 'us-hands-on',
        usclinical: 'us-hands-on',
        rotation: 'us-hands-on',
        homecountry: 'home-country',
        virtual: 'virtual',
        tele: 'virtual',
      }),
      { write: label(CONTACT_LABELS), aliases: ['Contact type', 'Contact', 'Experience type'] },
    ),
    column('writer', 'weeksTogether', 'Weeks together', readNumber, { aliases: ['Weeks', 'Weeks known'] }),
    column('writer', 'startDate', 'Start date', date, { aliases: ['From'] }),
    column('writer', 'endDate', 'End date', date, { aliases: ['To'] }),
    column('writer', 'email', 'Email', text, { aliases: ['E-mail', 'Writer email'] }),
    column('writer', 'wellKnown', 'Well-known name', readBoolean, { write: yesNo, aliases: ['Famous'] }),
    column('writer', 'notes', 'Writer notes', text),
    column('letter', 'specialty', 'Letter specialty', text, { aliases: ['Letter type', 'Target specialty'] }),
    column(
      'letter',
      'stage',
      'Stage',
      choice(STAGE_LABELS, { working: 'working-together', letteridsent: 'letter-id-sent', requested: 'asked' }),
      { write: label(STAGE_LABELS), aliases: ['Status', 'Letter stage'] },
    ),
    ...LETTER_STAGES.map((stage) => column('letter', `stageDates.${stage}`, `${STAGE_LABELS[stage]} date`, date)),
    column('letter', 'strongAgreed', 'Strong letter agreed', readBoolean, {
      write: yesNo,
      aliases: ['Strong', 'Agreed to strong letter'],
    }),
    column('letter', 'waiver', 'Waiver', choice(WAIVER_LABELS, { waived: 'yes', true: 'yes', false: 'no' }), {
      write: label(WAIVER_LABELS),
      aliases: ['Waived'],
    }),
    column('letter', 'service', 'Service', choice(SERVICE_LABELS, SERVICE_ALIASES), {
      write: label(SERVICE_LABELS),
      aliases: ['Application service'],
    }),
    column('letter', 'letterId', 'Letter ID', text, { aliases: ['ERAS Letter ID', 'LoR ID'] }),
    column('letter', 'packet', 'Packet', readPacket, { write: writePacket, aliases: ['Packet sent', 'Packet items'] }),
    column('letter', 'letterDate', 'Letter date', date),
    column('letter', 'targetUploadDate', 'Target upload date', date, { aliases: ['Upload by', 'Due'] }),
    column('letter', 'notes', 'Letter notes', text, { aliases: ['Notes'] }),
    column('writer', 'id', 'Writer ref', text, { aliases: ['Writer id'] }),
    column('letter', 'id', 'Letter ref', text),
  ],
  programs: [
    column('program', 'name', 'Program', text, { required: true, aliases: ['Program name', 'Name'] }),
    column('program', 'specialty', 'Specialty', text),
    column('program', 'city', 'City', text),
    column('program', 'state', 'State', text),
    column('program', 'service', 'Service', choice(SERVICE_LABELS, SERVICE_ALIASES), {
      write: label(SERVICE_LABELS),
      aliases: ['Application service'],
    }),
    column(
      'program',
      'visa',
      'Visa sponsorship',
      choice(VISA_LABELS, { j1only: 'j1', h1bonly: 'h1b', j1h1b: 'both', yes: 'unknown', no: 'none', na: 'unknown' }),
      { write: label(VISA_LABELS), aliases: ['Visa', 'Visas'] },
    ),
    column('program', 'lettersRequired', 'Letters required', readNumber, { aliases: ['LoRs required', 'Letters'] }),
    column('program', 'specialtyLetterRequired', 'Specialty letter required', readBoolean, { write: yesNo }),
    column('program', 'chairLetterRequired', 'Chair letter required', readBoolean, {
      write: yesNo,
      aliases: ['Chair letter'],
    }),
    column(
      'program',
      'status',
      'Status',
      choice(PROGRAM_STATUS_LABELS, { interview: 'invited', interviewing: 'invited', submitted: 'applied' }),
      { write: label(PROGRAM_STATUS_LABELS) },
    ),
    column('program', 'notes', 'Notes', text),
    column('program', 'id', 'Program ref', text, { aliases: ['Program id'] }),
  ],
  deadlines: [
    column('deadline', 'title', 'Title', text, { required: true, aliases: ['Deadline', 'Task', 'What', 'Name'] }),
    column('deadline', 'dueDate', 'Due date', date, { required: true, aliases: ['Date', 'Due', 'When'] }),
    column('deadline', 'dueTime', 'Due time', readTime, { aliases: ['Time'] }),
    column('deadline', 'timeZone', 'Time zone', readTimeZone, { aliases: ['Zone', 'TZ'] }),
    column(
      'deadline',
      'kind',
      'Kind',
      choice(DEADLINE_KIND_LABELS, { letter: 'letter-step', followup: 'outreach-follow-up', cycle: 'milestone' }),
      { write: label(DEADLINE_KIND_LABELS), aliases: ['Type', 'Category'] },
    ),
    column('deadline', 'done', 'Done', readBoolean, { write: yesNo, aliases: ['Completed', 'Complete'] }),
    column('deadline', 'doneDate', 'Done date', date),
    column('deadline', 'leadDays', 'Reminder lead days', readNumber, { aliases: ['Remind days before', 'Lead days'] }),
    column('deadline', 'notes', 'Notes', text),
    column('deadline', 'source', 'Source', choice(DEADLINE_SOURCE_LABELS, { builtin: 'built-in', you: 'user' }), {
      write: label(DEADLINE_SOURCE_LABELS),
      // New imported rows are always "import" and stored ones keep theirs: calendar refreshes delete
      // built-in and worked-out rows they did not make, so the cell must not be able to claim those.
      exportOnly: true,
    }),
    column('deadline', 'hidden', 'Hidden', readBoolean, { write: yesNo }),
    column(
      'deadline',
      'concerns.type',
      'About',
      choice({ writer: 'Writer', letter: 'Letter', program: 'Program', outreach: 'Outreach' }),
    ),
    column('deadline', 'concerns.id', 'About ref', text),
    column('deadline', 'id', 'Deadline ref', text, { aliases: ['Deadline id'] }),
  ],
  outreach: [
    column('outreach', 'contactName', 'Contact', text, { required: true, aliases: ['Contact name', 'Name', 'To'] }),
    column('outreach', 'institution', 'Institution', text, { aliases: ['Hospital'] }),
    column('outreach', 'department', 'Department', text),
    column('outreach', 'email', 'Email', text, { aliases: ['E-mail'] }),
    column('outreach', 'subject', 'Subject', text),
    column('outreach', 'purpose', 'Purpose', choice(PURPOSE_LABELS), { write: label(PURPOSE_LABELS) }),
    column('outreach', 'sentDate', 'Sent date', date, { required: true, aliases: ['Sent', 'Date sent', 'Date'] }),
    column(
      'outreach',
      'followUpDates',
      'Follow-up dates',
      (cell, options) => readList(cell).map((item) => readDate(item, options?.dateOrder)),
      {
        dates: true,
        write: (value) => ((value as string[] | undefined) ?? []).join('; '),
        aliases: ['Follow-ups', 'Followed up'],
      },
    ),
    column(
      'outreach',
      'status',
      'Status',
      choice(OUTREACH_STATUS_LABELS, { noreply: 'no-reply', yes: 'positive', no: 'declined' }),
      { write: label(OUTREACH_STATUS_LABELS) },
    ),
    column('outreach', 'replyDate', 'Reply date', date),
    column('outreach', 'positionStartedDate', 'Position started', date),
    column('outreach', 'notes', 'Notes', text),
    column('outreach', 'writerId', 'Writer ref', text),
    column('outreach', 'id', 'Outreach ref', text, { aliases: ['Outreach id'] }),
  ],
};
