/**
 * Interview sentences and the family-talk script: short, editable texts in our own words. A template may hold
 * {visa}, {program} and {specialty}; the user's own version replaces the default wholesale.
 */

export type VisaNeed = 'j1' | 'h1b' | 'none';
const VISA_NAMES: Record<VisaNeed, string> = { j1: 'J-1', h1b: 'H-1B', none: 'J-1 or H-1B' };

/** The default visa sentence: which visa, that the GME office process is familiar, and the long-term plan. */
export const VISA_TEMPLATE =
  'I will need {visa} sponsorship. I have read how the process works and I am ready to handle my part ' +
  'of it with your GME office early, so it does not slow anything down. I plan to build my career here.';

/** The default "why this program, as an international graduate" sentence. */
export const WHY_PROGRAM_TEMPLATE =
  'I trained in a different system, so I am looking for a {specialty} program that already teaches ' +
  'graduates from other countries well. At {program} I see residents with paths like mine doing well, ' +
  'and that is where I can contribute what I bring from home.';

/** The default script for one short, honest talk with family. */
export const FAMILY_TEMPLATE =
  'I want to explain how this year works. Many strong international doctors need more than one try, so if ' +
  'I do not match this time it will not mean I did not work hard. What helps me most is not being asked for ' +
  'news every week, but hearing that you are behind me whatever the result.';

export interface TemplateValues {
  visa?: VisaNeed;
  program?: string;
  specialty?: string;
}

/** Fills {visa}, {program} and {specialty}; an unknown value leaves a readable bracket to fill by hand. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template
    .replaceAll('{visa}', VISA_NAMES[values.visa ?? 'none'])
    .replaceAll('{program}', values.program?.trim() || '[program]')
    .replaceAll('{specialty}', values.specialty?.trim() || '[specialty]');
}
