import { describe, expect, it } from 'vitest';
import { type KitContext, type KitPart, kitText, longDate } from './index';

const full: KitContext = {
  writerName: 'Dr. Chen',
  setting: 'your cardiology rotation at Mercy Hospital',
  specialty: 'Internal Medicine',
  applicantName: 'Amina Yusuf',
  deadline: '2026-09-01',
  letterId: 'L-123456',
};

describe('request kit', () => {
  it.each<[KitPart, RegExp[]]>([
    [
      'request',
      [/Dear Dr\. Chen/, /strong letter/, /cardiology rotation at Mercy Hospital/, /Tuesday, September 1, 2026/],
    ],
    ['checklist', [/CV/, /Personal statement/, /Why Internal Medicine/, /cases we shared/, /L-123456/]],
    ['reminder', [/Dear Dr\. Chen/, /L-123456/, /September 1, 2026/]],
    ['thanks', [/Thank you/, /Amina Yusuf/]],
  ])('%s is filled from the tracker', (part, patterns) => {
    const text = kitText(part, full);
    for (const pattern of patterns) expect(text).toMatch(pattern);
    expect(text).not.toMatch(/undefined/);
  });

  it.each<KitPart>(['request', 'checklist', 'reminder', 'thanks'])(
    '%s leaves clear blanks when data is missing',
    (part) => {
      const text = kitText(part, { writerName: 'Dr. Lee' });
      expect(text).not.toMatch(/undefined|null/);
      expect(text).toMatch(/Dr\. Lee/);
    },
  );

  it('shows a Letter ID placeholder in the reminder when none is known', () => {
    expect(kitText('reminder', { writerName: 'Dr. Lee' })).toMatch(/\[Letter ID\]/);
  });

  it('names ResidencyCAS when the letter goes through it', () => {
    expect(kitText('request', { writerName: 'Dr. Lee', service: 'ResidencyCAS' })).toMatch(/ResidencyCAS/);
  });

  it('formats dates without shifting the day', () => {
    expect(longDate('2026-01-01')).toBe('Thursday, January 1, 2026');
  });
});
