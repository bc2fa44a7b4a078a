import { describe, expect, it } from 'vitest';
import type { Letter, LetterStage, Writer } from '@/lib/data';
import { type DeadlineLike, dueInfos } from './due';
import { nextActions } from './next-actions';
import { oneThing, oneThingCandidates, type PickInput } from './one-thing';

const NOW = new Date('2026-08-03T15:00:00Z'); // Monday, 11:00 in New York
const ZONE = 'America/New_York';
const TODAY = '2026-08-03';

const deadline = (id: string, dueDate: string, extra: Partial<DeadlineLike> = {}): DeadlineLike => ({
  id,
  title: id,
  dueDate,
  done: false,
  ...extra,
});
const due = (...deadlines: DeadlineLike[]) => dueInfos(deadlines, NOW, { timeZone: ZONE });

const home = { id: 'home', name: 'Prof. Okafor', usBased: false, contactType: 'home-country' } as Writer;
const usAttending = { id: 'us', name: 'Dr. Chen', usBased: true, contactType: 'us-hands-on' } as Writer;
const letter = (id: string, writerId: string, stage: LetterStage, extra: Partial<Letter> = {}) =>
  ({ id, writerId, stage, stageDates: {}, ...extra }) as Letter;

const input = (extra: Partial<PickInput>): PickInput => ({
  due: [],
  actions: [],
  dayType: 'application',
  specialty: 'Internal Medicine',
  ...extra,
});
const texts = (picks: { text: string }[]) => picks.map((pick) => pick.text);

describe('one thing today', () => {
  it('picks the most urgent deadline first, with the reason', () => {
    const picks = oneThingCandidates(
      input({
        due: due(
          deadline('Due in 2 days', '2026-08-05'),
          deadline('Overdue upload', '2026-08-01'),
          deadline('Packet', TODAY),
        ),
      }),
    );
    expect(picks.slice(0, 2).map((p) => [p.text, p.reason])).toEqual([
      ['Overdue upload', 'Overdue by 2 days.'],
      ['Packet', 'Due today.'],
    ]);
    expect(texts(picks).at(-1)).toBe('Due in 2 days');
  });

  it('with nothing urgent, picks the letter step that does most for the set: the US clinical writer', () => {
    const actions = nextActions(
      [letter('l-home', 'home', 'working-together'), letter('l-us', 'us', 'working-together')],
      [home, usAttending],
      TODAY,
    );
    const [first, second] = oneThingCandidates(input({ actions }));
    expect(first).toMatchObject({
      text: 'Ask Dr. Chen for a strong letter',
      reason: 'A US clinical letter counts most with programs.',
    });
    expect(second.text).toBe('Ask Prof. Okafor for a strong letter');
  });

  it('puts a letter whose upload target is within a week ahead of a weightier one', () => {
    const actions = nextActions(
      [
        letter('l-us', 'us', 'working-together'),
        letter('l-home', 'home', 'letter-id-sent', { targetUploadDate: '2026-08-06' }),
      ],
      [home, usAttending],
      TODAY,
    );
    const [first] = oneThingCandidates(input({ actions }));
    expect(first).toMatchObject({ kind: 'letter', reason: 'The upload target is in 3 days.' });
  });

  it('leaves milestones out: they are dates to know, not tasks', () => {
    const picks = oneThingCandidates(input({ due: due(deadline('ERAS opens', TODAY, { kind: 'milestone' })) }));
    expect(picks).toEqual([]);
  });

  it('puts outreach follow-ups on application days only', () => {
    const followUp = deadline('Follow up with Dr. Patel', TODAY, { kind: 'outreach-follow-up' });
    expect(texts(oneThingCandidates(input({ due: due(followUp) })))).toEqual([
      'Follow up on 1 outreach email with no reply',
    ]);
    expect(oneThingCandidates(input({ due: due(followUp), dayType: 'clinical' }))).toEqual([]);
  });

  it('on a rest day offers only what is overdue or due today, or rest', () => {
    const actions = nextActions([letter('l-us', 'us', 'working-together')], [usAttending], TODAY);
    const soon = deadline('Due tomorrow', '2026-08-04');
    expect(texts(oneThingCandidates(input({ dayType: 'rest', actions, due: due(soon) })))).toEqual(['Rest']);
    const today = deadline('Due today', TODAY);
    expect(texts(oneThingCandidates(input({ dayType: 'rest', actions, due: due(soon, today) })))).toEqual([
      'Due today',
    ]);
  });

  it('names the check-in group on the check-in day and suggests plan B in the match phase', () => {
    const picks = oneThingCandidates(input({ checkInToday: ['Amara', 'Luis'], planBMissing: true }));
    expect(texts(picks)).toEqual([
      'Check in with Amara, Luis',
      'Write down your plan B: three actions with target months',
    ]);
  });
});

describe('"Not today"', () => {
  const picks = oneThingCandidates(
    input({ due: due(deadline('First', '2026-08-01'), deadline('Second', TODAY), deadline('Third', '2026-08-04')) }),
  );

  it('moves to the next pick, and says how many remain', () => {
    expect(oneThing(picks, [])).toMatchObject({ pick: { text: 'First' }, remaining: 2 });
    expect(oneThing(picks, [picks[0].key])).toMatchObject({ pick: { text: 'Second' }, remaining: 1 });
    expect(
      oneThing(
        picks,
        picks.map((p) => p.key),
      ),
    ).toEqual({ pick: undefined, remaining: 0 });
  });
});
