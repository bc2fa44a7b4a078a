import { describe, expect, it } from 'vitest';
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
