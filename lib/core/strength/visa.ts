/** Does a program sponsor the visa the applicant needs? One check shared by the programs list and the advice. */
import type { VisaSponsorship } from '@/lib/core/model/schema';

export type VisaNeed = 'j1' | 'h1b' | 'none';

/**
 * A one-line warning when the applicant needs a visa and the program does not sponsor it or it is not known;
 * undefined when there is nothing to warn about.
 */
export function visaWarning(need: VisaNeed, sponsorship: VisaSponsorship): string | undefined {
  if (need === 'none') return undefined;
  const wanted = need === 'j1' ? 'J-1' : 'H-1B';
  if (sponsorship === 'unknown')
    return `Visa: you need ${wanted}; this program's sponsorship is not known yet. Ask the coordinator.`;
  if (sponsorship === 'none') return `Visa: you need ${wanted}; this program does not sponsor visas.`;
  if (sponsorship === 'both' || sponsorship === need) return undefined;
  return `Visa: you need ${wanted}; this program sponsors ${sponsorship === 'j1' ? 'J-1' : 'H-1B'} only.`;
}
