import { describe, expect, it } from 'vitest';
import type { LetterWithWriter } from './index';
import { letterSlots, slotState } from './slots';

const item = (
  name: string,
  stage: LetterWithWriter['letter']['stage'],
  contactType: LetterWithWriter['writer']['contactType'],
  usBased = true,
): LetterWithWriter => ({
  letter: { stage, waiver: 'yes', strongAgreed: true, stageDates: {} },
  writer: { name, role: 'attending', usBased, contactType },
});

describe('letter slots', () => {
  it.each([
    ['prospect', 'planned'],
    ['asked', 'planned'],
    ['agreed', 'secured'],
    ['assigned', 'secured'],
    ['declined', undefined],
  ] as const)('a %s letter is %s', (stage, state) => {
    expect(slotState(stage)).toBe(state);
  });

  it('puts secured letters first (heaviest writer first), then planned, then fills the rest as missing', () => {
    const { slots, extra } = letterSlots(
      [
        item('Dr. Home', 'uploaded', 'home-country', false),
        item('Dr. Asked', 'asked', 'externship'),
        item('Dr. Rotation', 'agreed', 'us-hands-on'),
        item('Dr. Gone', 'declined', 'us-hands-on'),
      ],
      'Internal Medicine',
    );
    expect(slots.map((s) => [s.state, s.writerName ?? null])).toEqual([
      ['secured', 'Dr. Rotation'],
      ['secured', 'Dr. Home'],
      ['planned', 'Dr. Asked'],
      ['missing', null],
    ]);
    expect(slots[0].contactType).toBe('us-hands-on');
    expect(extra).toBe(0);
  });

  it('shows four and counts the rest', () => {
    const five = ['A', 'B', 'C', 'D', 'E'].map((name) => item(name, 'agreed', 'observership'));
    const { slots, extra } = letterSlots(five, '');
    expect(slots.every((s) => s.state === 'secured')).toBe(true);
    expect(extra).toBe(1);
  });

  it('is four missing slots for no letters', () => {
    expect(letterSlots([], '').slots.map((s) => s.state)).toEqual(['missing', 'missing', 'missing', 'missing']);
  });
});
