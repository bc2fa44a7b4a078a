/**
 * The applicant's own notes, kept as one record each in the `notes` table: the plan B, the script for the
 * talk with family, the SOAP readiness checklist and the two interview sentences.
 */
import { z } from 'zod';
import { instantField, requiredText, textField } from './fields';

export const NOTE_IDS = ['plan-b', 'family-talk', 'soap-checklist', 'interview-visa', 'interview-why'] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export const PLAN_B_AREAS = ['us-clinical', 'research', 'exams', 'well-being'] as const;
export type PlanBArea = (typeof PLAN_B_AREAS)[number];
export const PLAN_B_AREA_LABELS: Record<PlanBArea, string> = {
  'us-clinical': 'US clinical experience',
  research: 'Research or quality improvement',
  exams: 'Exam improvement',
  'well-being': 'Personal well-being',
};
/** How many concrete actions a plan B holds. */
export const PLAN_B_ACTIONS = 3;

/** A month as YYYY-MM. */
export const monthField = z
  .string({ error: 'use a month like 2027-06' })
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use a month like 2027-06');

export const PlanBActionSchema = z.object({
  area: z.enum(PLAN_B_AREAS, { error: 'choose one of the four areas' }),
  text: requiredText(300),
  targetMonth: monthField,
  /** The deadline this action became, once the user added it. */
  deadlineId: z.string().min(1).max(200).optional(),
});
export type PlanBAction = z.infer<typeof PlanBActionSchema>;

export const NoteSchema = z.object({
  id: z.enum(NOTE_IDS),
  /** The note's text: the family script or an interview sentence. */
  text: textField(5000).optional(),
  /** Plan B: a few lines for each area. */
  areas: z.partialRecord(z.enum(PLAN_B_AREAS), textField(1000)).optional(),
  /** Plan B: the concrete actions with target months. */
  actions: z.array(PlanBActionSchema).max(PLAN_B_ACTIONS, `at most ${PLAN_B_ACTIONS} actions`).optional(),
  /** Plan B: who the user told about it. */
  toldTo: textField(200).optional(),
  /** SOAP checklist: the items ticked. */
  checked: z.array(z.string().min(1).max(60)).max(30).optional(),
  createdAt: instantField,
  updatedAt: instantField,
});
export type Note = z.infer<typeof NoteSchema>;
export type NoteInput = Omit<Note, 'createdAt' | 'updatedAt'>;
