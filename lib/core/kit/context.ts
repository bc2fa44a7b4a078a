/** Fills the request kit from a letter, its writer and the profile. */
import { defaultTargetUploadDate } from '@/lib/core/calendar/cycles';
import { MONTH_NAMES } from '@/lib/core/calendar/dates';
import type { ContactType, Letter, Writer } from '@/lib/core/model/schema';
import type { KitContext } from './index';

const MONTHS = MONTH_NAMES;

/** How each kind of contact reads in a sentence: "during my hands-on rotation in the US". */
const SETTING_PHRASES: Record<ContactType, string> = {
  'us-hands-on': 'my hands-on rotation in the US',
  externship: 'my externship',
  observership: 'my observership',
  research: 'our research work',
  virtual: 'our virtual program',
  'home-country': 'my clinical training with you',
};

/** "June 2026", "June–July 2026", "December 2025–January 2026"; undefined without a start date. */
export function rotationMonths(start?: string, end?: string): string | undefined {
  if (!start) return undefined;
  const [sy, sm] = start.split('-').map(Number);
  const [ey, em] = (end ?? start).split('-').map(Number);
  if (sy === ey && sm === em) return `${MONTHS[sm - 1]} ${sy}`;
  if (sy === ey) return `${MONTHS[sm - 1]}–${MONTHS[em - 1]} ${sy}`;
  return `${MONTHS[sm - 1]} ${sy}–${MONTHS[em - 1]} ${ey}`;
}

/** Where they worked together, e.g. "my hands-on rotation in the US at Mercy Hospital". */
export function settingPhrase(writer: Pick<Writer, 'contactType' | 'institution'>): string {
  const at = writer.institution?.trim() ? ` at ${writer.institution.trim()}` : '';
  return `${SETTING_PHRASES[writer.contactType]}${at}`;
}

export interface KitProfile {
  applicantName: string;
  cycleYear: number;
  targetUploadMarginDays: number;
}

/** The kit's context for one letter: the upload date defaults to the Match year's target when none is set. */
export function kitContextFor(
  letter: Pick<Letter, 'specialty' | 'targetUploadDate' | 'letterId' | 'service'>,
  writer: Pick<Writer, 'name' | 'contactType' | 'institution' | 'usBased' | 'startDate' | 'endDate'>,
  profile: KitProfile,
): KitContext {
  return {
    writerName: writer.name,
    setting: settingPhrase(writer),
    months: rotationMonths(writer.startDate, writer.endDate),
    specialty: letter.specialty,
    applicantName: profile.applicantName || undefined,
    deadline: letter.targetUploadDate ?? defaultTargetUploadDate(profile.cycleYear, profile.targetUploadMarginDays),
    letterId: letter.letterId,
    service: letter.service,
    matchYear: profile.cycleYear,
    homeCountry: !writer.usBased || writer.contactType === 'home-country',
  };
}
