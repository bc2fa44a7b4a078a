import { describe, expect, it } from 'vitest';
import { visaWarning } from '@/lib/core/strength';
import { fillTemplate, VISA_TEMPLATE, WHY_PROGRAM_TEMPLATE } from './interview';

describe('interview sentences', () => {
  it('fill the visa and the program, leaving a bracket for what is unknown', () => {
    expect(fillTemplate(VISA_TEMPLATE, { visa: 'j1' })).toMatch(/^I will need J-1 sponsorship\./);
    expect(fillTemplate(WHY_PROGRAM_TEMPLATE, { program: 'Mercy IM', specialty: 'internal medicine' })).toContain(
      'At Mercy IM',
    );
    expect(fillTemplate(WHY_PROGRAM_TEMPLATE, {})).toContain('a [specialty] program');
  });
});

describe('visa warning per program', () => {
  it.each([
    ['none', 'unknown', undefined],
    ['j1', 'j1', undefined],
    ['j1', 'both', undefined],
    ['j1', 'unknown', "Visa: you need J-1; this program's sponsorship is not known yet. Ask the coordinator."],
    ['h1b', 'none', 'Visa: you need H-1B; this program does not sponsor visas.'],
    ['h1b', 'j1', 'Visa: you need H-1B; this program sponsors J-1 only.'],
  ] as const)('need %s, program %s', (need, sponsorship, warning) => {
    expect(visaWarning(need, sponsorship)).toBe(warning);
  });
});
