import { describe, expect, it } from 'vitest';
import { kitContextFor, rotationMonths, settingPhrase } from './context';
import { type KitContext, type KitPart, kitText, longDate } from './index';

const full: KitContext = {
  writerName: 'Dr. Chen',
  setting: 'your cardiology rotation at Mercy Hospital',
  specialty: 'Internal Medicine',
  applicantName: 'Amina Yusuf',
  deadline: '2026-09-01',
  letterId: 'L-123456',
  matchYear: 2027,
  months: 'June–July 2026',
};
const PARTS: KitPart[] = ['request', 'summary', 'checklist', 'reminder', 'thanks'];

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

  it.each<KitPart>(PARTS)('%s leaves clear blanks when data is missing', (part) => {
    const text = kitText(part, { writerName: 'Dr. Lee' });
    expect(text).not.toMatch(/undefined|null/);
    expect(text).toMatch(/Dr\. Lee/);
  });

  it('shows a Letter ID placeholder in the reminder when none is known', () => {
    expect(kitText('reminder', { writerName: 'Dr. Lee' })).toMatch(/\[Letter ID\]/);
  });

  it('names ResidencyCAS when the letter goes through it', () => {
    expect(kitText('request', { writerName: 'Dr. Lee', service: 'ResidencyCAS' })).toMatch(/ResidencyCAS/);
  });

  it.each<KitPart>(['request', 'summary', 'reminder', 'thanks'])('%s is signed with the applicant’s name', (part) => {
    expect(kitText(part, full)).toMatch(/Amina Yusuf$/);
    expect(kitText(part, { writerName: 'Dr. Lee' })).toMatch(/\[Your name\]$/);
  });

  describe('the request email', () => {
    const text = kitText('request', full);
    it('says the applicant will waive the right to see the letter', () => {
      expect(text).toMatch(/I will waive my right to see the letter/);
    });
    it('names the ERAS Letter Request Form and the Letter ID that follows', () => {
      expect(text).toMatch(/ERAS Letter Request Form, which carries the Letter ID/);
    });
    it('gives the Match year, not "the coming Match"', () => {
      expect(text).toMatch(/in the 2027 Match/);
      expect(text).not.toMatch(/coming Match/);
    });
    it('says when and where the two worked together', () => {
      expect(text).toMatch(/during your cardiology rotation at Mercy Hospital \(June–July 2026\)/);
    });
    it('asks plainly for a strong letter and leaves room for a no', () => {
      expect(text).toMatch(/strong letter of recommendation\?/);
      expect(text).toMatch(/rather know now/);
    });
    it('never says "residency residency" when no specialty is set', () => {
      const bare = kitText('request', { writerName: 'Dr. Lee', matchYear: 2027 });
      expect(bare).not.toMatch(/residency residency/i);
      expect(bare).toMatch(/applying to residency programs in the 2027 Match/);
    });
    it('for ResidencyCAS, says the request comes from ResidencyCAS instead of the ERAS form', () => {
      const cas = kitText('request', { ...full, service: 'ResidencyCAS' });
      expect(cas).toMatch(/ResidencyCAS will email you the request/);
      expect(cas).not.toMatch(/ERAS Letter Request Form/);
    });
    it('offers a home-country writer a summary of cases to draw on', () => {
      const home = kitText('request', { ...full, homeCountry: true });
      expect(home).toMatch(/concrete examples/);
      expect(home).toMatch(/short summary of our work together/);
      expect(text).not.toMatch(/short summary of our work together/);
    });
  });

  it('the summary lists cases and qualities as examples, not a script', () => {
    const summary = kitText('summary', { ...full, homeCountry: true });
    expect(summary).toMatch(/Cases I worked on under your supervision/);
    expect(summary).toMatch(/Qualities you might speak to, only if you saw them \(examples, not a script\)/);
    expect(summary).toMatch(/June–July 2026/);
  });

  it('the packet checklist has the qualities you hope they mention, framed as examples', () => {
    expect(kitText('checklist', full)).toMatch(/Qualities I hope you might mention, offered only as examples/);
  });

  it('formats dates without shifting the day', () => {
    expect(longDate('2026-01-01')).toBe('Thursday, January 1, 2026');
  });
});

describe('kit context from a letter and its writer', () => {
  const profile = { applicantName: 'Amina Yusuf', cycleYear: 2027, targetUploadMarginDays: 14 };
  const writer = {
    name: 'Dr. Chen',
    contactType: 'us-hands-on' as const,
    institution: 'Mercy Hospital',
    usBased: true,
    startDate: '2026-06-01',
    endDate: '2026-07-10',
  };

  it('reads "my hands-on rotation in the US", never "my us hands-on rotation"', () => {
    expect(settingPhrase(writer)).toBe('my hands-on rotation in the US at Mercy Hospital');
    const text = kitText('request', kitContextFor({ service: 'ERAS' }, writer, profile));
    expect(text).toMatch(/during my hands-on rotation in the US at Mercy Hospital \(June–July 2026\)/);
    expect(text).not.toMatch(/us hands-on/);
  });

  it('falls back to the Match year’s default upload target and signs with the profile name', () => {
    const ctx = kitContextFor({ service: 'ERAS' }, writer, profile);
    expect(ctx).toMatchObject({ deadline: '2026-09-09', matchYear: 2027, applicantName: 'Amina Yusuf' });
    expect(kitContextFor({ service: 'ERAS', targetUploadDate: '2026-08-20' }, writer, profile).deadline).toBe(
      '2026-08-20',
    );
  });

  it('treats a writer outside the US as a home-country writer', () => {
    const home = { ...writer, usBased: false, contactType: 'home-country' as const, institution: undefined };
    expect(kitContextFor({ service: 'ERAS' }, home, profile).homeCountry).toBe(true);
    expect(kitContextFor({ service: 'ERAS' }, writer, profile).homeCountry).toBe(false);
  });

  it.each([
    ['2026-06-01', '2026-06-28', 'June 2026'],
    ['2026-06-01', '2026-07-10', 'June–July 2026'],
    ['2025-12-01', '2026-01-20', 'December 2025–January 2026'],
    ['2026-06-01', undefined, 'June 2026'],
    [undefined, undefined, undefined],
  ])('months from %s to %s read "%s"', (start, end, months) => {
    expect(rotationMonths(start, end)).toBe(months);
  });
});
