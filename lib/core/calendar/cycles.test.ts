import { describe, expect, it } from 'vitest';
import {
  CALENDAR_VERSION,
  defaultTargetUploadDate,
  ESTIMATED_NOTE,
  estimatedMilestonesForCycle,
  estimateNote,
  milestonesForCycle,
  milestonesForSpecialty,
  RESIDENCYCAS_NOTE,
  residencyCasMilestones,
  usesResidencyCas,
} from './cycles';
import { weekday } from './dates';

const byKey = (year: number) => Object.fromEntries(milestonesForCycle(year).map((m) => [m.key, m]));

describe('cycle calendar', () => {
  it('has a version number for the stored data, raised for the corrected 2026 calendar', () => {
    expect(CALENDAR_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('marks as official only the 2026 dates a published source confirms', () => {
    const m = byKey(2026);
    const official = Object.fromEntries(
      Object.values(m)
        .filter((x) => !x.estimated)
        .map((x) => [x.key, x.date]),
    );
    expect(official).toEqual({
      'eras-opens': '2025-06-04',
      'applicants-submit': '2025-09-03',
      'programs-review': '2025-09-24',
      'nrmp-registration-opens': '2025-09-15',
      'match-week': '2026-03-16',
      'match-day': '2026-03-20',
    });
    for (const key of ['nrmp-registration-deadline', 'rol-opens', 'rol-deadline'])
      expect(m[key]).toMatchObject({ estimated: true, note: ESTIMATED_NOTE });
  });

  it('no longer carries the outdated Nov 30 / Jan 15 / Feb 25 dates for 2026', () => {
    const dates = milestonesForCycle(2026).map((m) => m.date);
    for (const stale of ['2025-11-30', '2026-01-15', '2026-02-25']) expect(dates).not.toContain(stale);
    expect(milestonesForCycle(2026).some((m) => /early registration/i.test(m.title))).toBe(false);
  });

  it('estimates the rest of 2026 with the current pattern', () => {
    const m = byKey(2026);
    expect(m['nrmp-registration-deadline'].date).toBe('2026-01-31');
    expect(m['rol-opens'].date).toBe('2026-02-01');
    expect(m['rol-deadline']).toMatchObject({ date: '2026-03-04', time: '21:00', timeZone: 'America/New_York' });
  });

  it('the estimating pattern reproduces every confirmed 2026 date', () => {
    const estimate = Object.fromEntries(estimatedMilestonesForCycle(2026).map((x) => [x.key, x.date]));
    for (const x of milestonesForCycle(2026).filter((y) => !y.estimated)) expect(estimate[x.key]).toBe(x.date);
  });

  it.each([
    // Match Day 2023 was Mar 17 and the rank list deadline Mar 1; Match Day 2024 was Mar 15, deadline Feb 28.
    [2023, '2023-03-17', '2023-03-01'],
    [2024, '2024-03-15', '2024-02-28'],
  ])('the rank order list deadline is the Wednesday 16 days before Match Day (%i)', (year, matchDay, deadline) => {
    const m = byKey(year);
    expect(m['match-day'].date).toBe(matchDay);
    expect(m['rol-deadline']).toMatchObject({ date: deadline, time: '21:00' });
    expect(weekday(deadline)).toBe(3);
    expect(m['nrmp-registration-deadline'].date).toBe(`${year}-01-31`);
    expect(m['rol-opens'].date).toBe(`${year}-02-01`);
  });

  it('estimates 2027 from the same weekdays', () => {
    const m = byKey(2027);
    expect(m['eras-opens'].date).toBe('2026-06-03');
    expect(m['applicants-submit'].date).toBe('2026-09-02');
    expect(m['programs-review'].date).toBe('2026-09-23');
    expect(m['nrmp-registration-opens'].date).toBe('2026-09-15');
    expect(m['rol-deadline'].date).toBe('2027-03-03');
    expect(m['match-day'].date).toBe('2027-03-19');
    expect(m['match-week'].date).toBe('2027-03-15');
  });

  it.each([2025, 2027, 2028, 2030, 2035])('estimates the %i cycle from the pattern, clearly marked', (year) => {
    const m = byKey(year);
    for (const milestone of Object.values(m)) {
      expect(milestone).toMatchObject({ estimated: true, note: ESTIMATED_NOTE, timeZone: 'America/New_York' });
      expect(milestone.id).toBe(`builtin:${year}:${milestone.key}`);
    }
    expect(m['eras-opens'].date).toMatch(new RegExp(`^${year - 1}-06-0[1-7]$`));
    expect(m['applicants-submit'].date).toMatch(new RegExp(`^${year - 1}-09-0[1-7]$`));
    expect(m['programs-review'].date >= `${year - 1}-09-22`).toBe(true);
    expect(weekday(m['rol-deadline'].date)).toBe(3);
    expect(m['rol-deadline'].date >= `${year}-02-27`).toBe(true);
    expect(m['rol-deadline'].time).toBe('21:00');
    const matchDay = m['match-day'].date;
    expect(weekday(matchDay)).toBe(5);
    expect(Number(matchDay.slice(8))).toBeGreaterThanOrEqual(15);
    expect(Number(matchDay.slice(8))).toBeLessThanOrEqual(21);
    expect(weekday(m['match-week'].date)).toBe(1);
  });

  it('lists milestones in date order', () => {
    const dates = milestonesForCycle(2028).map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
  });

  it.each([2026.5, 1999, Number.NaN])('refuses a nonsense Match year (%s)', (year) => {
    expect(() => milestonesForCycle(year)).toThrow(/Match year/);
  });

  it.each([
    ['Emergency Medicine', true],
    ['OB/GYN', true],
    ['Obstetrics & Gynecology', true],
    ['Internal Medicine', false],
    ['', false],
  ])('ResidencyCAS for "%s": %s', (specialty, expected) => {
    expect(usesResidencyCas(specialty)).toBe(expected);
    const rcas = milestonesForSpecialty(2026, specialty).filter((m) => m.service === 'ResidencyCAS');
    expect(rcas.length > 0).toBe(expected);
    for (const m of rcas) {
      expect(m).toMatchObject({ estimated: true });
      expect(m.note).toMatch(/estimated — check the official ResidencyCAS calendar/);
      expect(m.note).toMatch(/assign each letter to each program by hand/);
    }
  });

  it('defaults the letter target upload to 14 days before programs review', () => {
    expect(defaultTargetUploadDate(2026)).toBe('2025-09-10');
    expect(defaultTargetUploadDate(2026, 21)).toBe('2025-09-03');
    expect(() => defaultTargetUploadDate(2026, -1)).toThrow(/margin/);
  });
});

describe('estimate note from a stored id', () => {
  it('gives back the note each estimated milestone carries, naming the official calendar to check', () => {
    for (const m of [...milestonesForCycle(2028), ...residencyCasMilestones(2028)]) {
      expect(estimateNote(m.id)).toBe(m.note);
    }
    expect(estimateNote('builtin:2028:residencycas-submit')).toBe(RESIDENCYCAS_NOTE);
  });

  it('has nothing to say about other ids', () => {
    for (const id of ['derived:letter:abc:formal-ask', 'builtin:2028:constructor', 'builtin:2028:', 'user-1']) {
      expect(estimateNote(id)).toBeUndefined();
    }
  });
});
