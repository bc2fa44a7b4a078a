/**
 * Plan B: the applicant's 6–12 month plan if the Match does not work out, and the SOAP readiness checklist
 * for the weeks before Match Week. Pure: turns a plan action into a deadline and checks what is ready.
 */
import { addDays, calendarDate } from './calendar/dates';
import { PLAN_B_AREA_LABELS, type PlanBAction } from './model/notes';
import type { DeadlineInput } from './model/schema';

/** The last day of a YYYY-MM month: an action with a target month is due by its end. */
export function endOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return addDays(calendarDate(year, m + 1, 1), -1);
}

/** The deadline a plan B action becomes: due at the end of its target month, a personal deadline. */
export function planBDeadline(action: PlanBAction): DeadlineInput {
  return {
    title: `Plan B: ${action.text}`,
    dueDate: endOfMonth(action.targetMonth),
    kind: 'personal',
    source: 'user',
    notes: `From your plan B (${PLAN_B_AREA_LABELS[action.area]}).`,
  };
}

/** True when a plan has its three actions written down and names the person told. */
export function planBComplete(plan: { actions?: PlanBAction[]; toldTo?: string } | undefined): boolean {
  return (plan?.actions?.length ?? 0) >= 3 && !!plan?.toldTo?.trim();
}

export interface ChecklistItem {
  id: string;
  text: string;
}

/** What to have at hand before Match Week, should SOAP be needed. */
export const SOAP_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'documents',
    text: 'Documents in one folder: ECFMG status, USMLE transcripts, MSPE, diploma, passport and visa papers',
  },
  { id: 'statements', text: 'Personal statement variants ready: preliminary year and a second specialty' },
  { id: 'letters', text: 'Letters you can assign to other programs, checked in ERAS' },
  { id: 'contacts', text: 'Contact details current in ERAS; phone on and answered during Match Week' },
  { id: 'programs', text: 'A short list of programs with unfilled positions you would accept' },
];
