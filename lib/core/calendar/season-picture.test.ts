import { describe, expect, it } from 'vitest';
import type { Deadline, Letter, Writer } from '@/lib/core/model/schema';
import { layoutSeason, letterProgress, monthStarts, seasonEnd, seasonItems, shortTitle } from './season-picture';

const deadline = (id: string, dueDate: string, extra: Partial<Deadline> = {}) =>
  ({ id, title: id, dueDate, done: false, kind: 'personal', ...extra }) as Deadline;
const writers = [{ id: 'w1', name: 'Dr. Lee' }] as Writer[];
const letter = (extra: Partial<Letter> = {}) =>
  ({
    id: 'l1',
    writerId: 'w1',
    stage: 'agreed',
    stageDates: { asked: '2026-10-20', agreed: '2026-11-05' },
    ...extra,
  }) as Letter;

const TODAY = '2026-11-10';
const layout = (deadlines: Deadline[], letters: Letter[] = [], width = 800) => {
  const { lanes, items } = seasonItems(deadlines, letters, writers, TODAY);
  return layoutSeason(lanes, items, { today: TODAY, end: '2027-03-19', width });
};

describe('season picture layout', () => {
  it('runs from this month to Match Day’s month, months left to right, with today inside November', () => {
    const picture = layout([]);
    expect(picture.months.map((m) => [m.label, m.year])).toEqual([
      ['Nov', '2026'],
      ['Dec', undefined],
      ['Jan', '2027'],
      ['Feb', undefined],
      ['Mar', undefined],
    ]);
    const xs = picture.months.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const november = picture.months[0];
    expect(picture.todayX).toBeGreaterThan(november.x);
    expect(picture.todayX).toBeLessThan(november.x + november.width);
    expect(monthStarts('2026-11-10', '2027-03-19')).toHaveLength(5);
  });

  it('gives the next six weeks more room, and never squeezes a month: a long season is wider than the space', () => {
    const { lanes, items } = seasonItems([], [], writers, '2026-06-01');
    const picture = layoutSeason(lanes, items, { today: '2026-06-01', end: '2027-03-19', width: 360 });
    expect(picture.months.map((m) => m.label)).toEqual([
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Jan',
      'Feb',
      'Mar',
    ]);
    const widths = picture.months.slice(1).map((m) => m.width);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(34);
    expect(widths[0]).toBeGreaterThan(2 * widths[5]); // June, right ahead, against November
    const wide = layoutSeason(lanes, items, { today: '2026-06-01', end: '2027-03-19', width: 1000 });
    expect(wide.width).toBe(1000);
    expect(picture.width).toBeGreaterThan(360);
  });

  it('groups many follow-ups in one week into one counted marker, and keeps distant ones apart', () => {
    const followUps = Array.from({ length: 12 }, (_, i) =>
      deadline(`f${i}`, `2026-11-${String(16 + (i % 3)).padStart(2, '0')}`, { kind: 'outreach-follow-up' }),
    );
    const picture = layout([...followUps, deadline('late', '2027-02-10', { kind: 'outreach-follow-up' })]);
    const markers = picture.markers.filter((m) => m.laneId === 'follow-ups');
    expect(markers.map((m) => m.label)).toEqual(['12 follow-ups', 'late']);
    expect(markers[0].shape).toBe('group');
    expect(markers[0].items).toHaveLength(12);
  });

  it('marks overdue items red, keeps past done ones off the picture, and pins open past ones to the left edge', () => {
    const picture = layout([
      deadline('missed', '2026-10-01'),
      deadline('finished', '2026-10-02', { done: true }),
      deadline('soon', '2026-12-01'),
    ]);
    const byLabel = Object.fromEntries(picture.markers.map((m) => [m.label, m]));
    expect(byLabel.missed.state).toBe('overdue');
    expect(byLabel.missed.x).toBe(picture.months[0].x);
    expect(picture.months[0].x).toBeLessThan(picture.todayX);
    expect(byLabel.finished).toBeUndefined();
    expect(byLabel.soon.state).toBe('upcoming');
    expect(picture.earlier).toBe(1);
  });

  it('tells official milestones from estimated ones and leaves hidden ones out', () => {
    const picture = layout([
      deadline('builtin:2027:rol-deadline', '2027-03-03', { kind: 'milestone', title: 'Rank order list deadline' }),
      deadline('builtin:2027:match-day', '2027-03-28', {
        kind: 'milestone',
        title: 'NRMP: Match Day and the start of the rest',
        estimated: true,
      }),
      deadline('builtin:2027:eras-opens', '2026-12-01', { kind: 'milestone', hidden: true }),
    ]);
    const milestones = picture.markers.filter((m) => m.laneId === 'milestones');
    expect(milestones.map((m) => [m.label, m.estimated])).toEqual([
      ['Rank order list deadline', false],
      ['NRMP: Match Day and the start of the rest', true],
    ]);
    expect(milestones.every((m) => m.caption)).toBe(true);
    expect(milestones[1].caption?.anchor).toBe('end');
  });

  it('gives each open letter a lane with its stage, steps and upload target; late targets are overdue', () => {
    const steps = [
      deadline('ask', '2026-11-20', { kind: 'letter-step', concerns: { type: 'letter', id: 'l1' } }),
      deadline('remind', '2026-12-14', { kind: 'letter-step', concerns: { type: 'letter', id: 'l1' } }),
    ];
    const picture = layout(steps, [
      letter({ targetUploadDate: '2026-12-21' }),
      letter({ id: 'l2', stage: 'declined' }),
    ]);
    const lane = picture.lanes.find((l) => l.id === 'letter:l1');
    expect(lane?.label).toBe('Dr. Lee');
    expect(lane?.status).toBe('Agreed, 3 of 6 steps');
    expect(lane?.track?.overdue).toBe(false);
    expect(picture.lanes.some((l) => l.id === 'letter:l2')).toBe(false);
    const shapes = picture.markers.filter((m) => m.laneId === 'letter:l1').map((m) => m.shape);
    expect(shapes).toEqual(['stage', 'step', 'step', 'target']);

    const late = layout([], [letter({ targetUploadDate: '2026-11-01' })]);
    expect(late.lanes.find((l) => l.id === 'letter:l1')?.track?.overdue).toBe(true);
    expect(late.markers.find((m) => m.items[0].shape === 'target')?.state).toBe('overdue');
  });

  it('names a few milestones merged together, and captions them by the last one', () => {
    const picture = layout(
      [
        deadline('builtin:2027:match-week', '2027-03-15', { kind: 'milestone', title: 'Match Week begins (SOAP)' }),
        deadline('builtin:2027:match-day', '2027-03-19', { kind: 'milestone', title: 'Match Day' }),
      ],
      [],
      400,
    );
    const [marker] = picture.markers;
    expect(marker.label).toBe('2 milestones: Match Week begins (SOAP); Match Day');
    expect(marker.caption?.text).toBe('Match Day +1');
  });

  it('always names the last milestone, even when earlier captions fill the rows', () => {
    const crowded = Array.from({ length: 8 }, (_, i) =>
      deadline(`m${i}`, `2027-03-0${i + 1}`, { kind: 'milestone', title: `A long milestone title number ${i}` }),
    );
    const picture = layout(
      [...crowded, deadline('builtin:2027:match-day', '2027-03-19', { kind: 'milestone', title: 'Match Day' })],
      [],
      2000,
    );
    expect(picture.markers.find((m) => m.label === 'Match Day')?.caption?.text).toBe('Match Day');
  });

  it('drops the deadline and follow-up lanes when they are empty, but always shows milestones', () => {
    expect(layout([]).lanes.map((l) => l.id)).toEqual(['milestones']);
  });

  it('reads Match Day from the built-in milestone, or falls back to late March', () => {
    expect(seasonEnd([deadline('builtin:2027:match-day', '2027-03-19')], 2027)).toBe('2027-03-19');
    expect(seasonEnd([], 2028)).toBe('2028-03-20');
  });

  it.each([
    ['prospect', 0],
    ['asked', 2],
    ['uploaded', 6],
    ['assigned', 6],
  ] as const)('counts %s as %i steps toward upload', (stage, reached) => {
    expect(letterProgress(stage)).toEqual({ reached, of: 6 });
  });

  it('shortens milestone titles for captions', () => {
    expect(shortTitle('ERAS: applications can be submitted')).toBe('Applications can be submitted');
    expect(shortTitle('Rank order list deadline (certify your list)')).toBe('Rank order list deadline');
    expect(shortTitle('ERAS: programs start reviewing applications (MSPE release)')).toBe(
      'Programs start reviewing applications',
    );
  });
});
