import { describe, expect, it } from 'vitest';
import type { Letter, LetterStage, Writer } from '@/lib/data';
import { nextAction, nextActions } from './next-actions';

const writer = { id: 'w1', name: 'Dr. Chen' } as Writer;
const letter = (stage: LetterStage, extra: Partial<Letter> = {}) =>
  ({ id: `l-${stage}`, writerId: 'w1', stage, stageDates: {}, ...extra }) as Letter;

describe('next action per stage', () => {
  it.each<[LetterStage, string, LetterStage | undefined]>([
    ['prospect', 'Ask Dr. Chen for mid-rotation feedback', 'working-together'],
    ['working-together', 'Ask Dr. Chen for a strong letter', 'asked'],
    ['asked', "Note Dr. Chen's answer to your request", 'agreed'],
    ['agreed', 'Send the packet to Dr. Chen', 'packet-sent'],
    ['packet-sent', 'Send Dr. Chen the Letter ID', 'letter-id-sent'],
    ['letter-id-sent', 'Remind Dr. Chen: upload', 'uploaded'],
    ['uploaded', 'Thank Dr. Chen for the letter (the kit has a note), then assign it to your programs', undefined],
  ])('%s → "%s"', (stage, text, advanceTo) => {
    const action = nextAction(letter(stage), writer, '2026-08-01');
    expect(action?.text).toBe(text);
    expect(action?.advanceTo).toBe(advanceTo);
  });

  it.each<LetterStage>(['assigned', 'declined', 'withdrawn'])('%s has no next action', (stage) => {
    expect(nextAction(letter(stage), writer, '2026-08-01')).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['2026-08-07', 'L123', 'Remind Dr. Chen: upload, due in 6 days, Letter ID L123'],
    ['2026-07-30', 'L123', 'Remind Dr. Chen: upload, 2 days late, Letter ID L123'],
  ])('reminder with upload date %s names days and Letter ID', (target, id, text) => {
    const action = nextAction(
      letter('letter-id-sent', { targetUploadDate: target, letterId: id }),
      writer,
      '2026-08-01',
    );
    expect(action?.text).toBe(text);
  });

  it('times the ask for the last week of the rotation when its dates are known', () => {
    const onRotation = { ...writer, startDate: '2026-08-03', endDate: '2026-08-28' } as Writer;
    expect(nextAction(letter('working-together'), onRotation, '2026-08-10')?.text).toBe(
      'Ask Dr. Chen for a strong letter in the last week of the rotation (from August 21, 2026)',
    );
    expect(nextAction(letter('working-together'), onRotation, '2026-08-24')?.text).toBe(
      'Ask Dr. Chen for a strong letter in the last week of the rotation',
    );
  });

  it('counts days from the Match year’s default target when the letter has no upload date', () => {
    const action = nextAction(letter('letter-id-sent'), writer, '2026-08-01', '2026-09-09');
    expect(action).toMatchObject({ daysLeft: 39, text: 'Remind Dr. Chen: upload, due in 39 days' });
    const own = nextAction(
      letter('letter-id-sent', { targetUploadDate: '2026-08-11' }),
      writer,
      '2026-08-01',
      '2026-09-09',
    );
    expect(own?.daysLeft).toBe(10);
  });

  it('puts the closest upload date first and skips letters without a writer', () => {
    const later = letter('agreed', { id: 'later', targetUploadDate: '2026-09-01' });
    const sooner = letter('asked', { id: 'sooner', targetUploadDate: '2026-08-05' });
    const orphan = letter('asked', { id: 'orphan', writerId: 'gone' });
    const ids = nextActions([later, orphan, sooner], [writer], '2026-08-01').map((a) => a.letter.id);
    expect(ids).toEqual(['sooner', 'later']);
  });
});
