import { describe, expect, it } from 'vitest';
import type { LetterStage } from '@/lib/core/model/schema';
import { type LetterTimelineInput, letterTimeline, outreachFollowUp } from './timeline';

const chen: LetterTimelineInput = {
  id: 'L1',
  stage: 'prospect',
  writerName: 'Dr. Chen',
  rotationStart: '2025-06-02',
  rotationEnd: '2025-06-27',
};
const steps = (stage: LetterStage, target = '2025-09-10') =>
  letterTimeline({ ...chen, stage }, target).map((d) => d.step);

describe('letter timeline', () => {
  it('works back from the target upload date', () => {
    const timeline = letterTimeline(chen, '2025-09-10');
    expect(timeline.map((d) => [d.step, d.dueDate])).toEqual([
      ['tell-writer', '2025-06-02'],
      ['mid-rotation-feedback', '2025-06-14'],
      ['ask-last-week', '2025-06-20'],
      ['formal-ask', '2025-08-11'],
      ['letter-id-reminder', '2025-09-03'],
      ['confirm-upload', '2025-09-10'],
    ]);
    expect(timeline[0]).toMatchObject({
      key: 'derived:letter:L1:tell-writer',
      kind: 'letter-step',
      source: 'derived',
      relatedId: 'L1',
    });
    expect(timeline[2].title).toBe('Ask Dr. Chen for a strong letter in the last week of the rotation');
    expect(timeline[3].title).toMatch(/^Send Dr\. Chen the formal request and the packet/);
  });

  it.each<[LetterStage, string[]]>([
    [
      'prospect',
      ['tell-writer', 'mid-rotation-feedback', 'ask-last-week', 'formal-ask', 'letter-id-reminder', 'confirm-upload'],
    ],
    [
      'working-together',
      ['tell-writer', 'mid-rotation-feedback', 'ask-last-week', 'formal-ask', 'letter-id-reminder', 'confirm-upload'],
    ],
    ['asked', ['formal-ask', 'letter-id-reminder', 'confirm-upload']],
    ['agreed', ['formal-ask', 'letter-id-reminder', 'confirm-upload']],
    ['packet-sent', ['letter-id-reminder', 'confirm-upload']],
    ['letter-id-sent', ['letter-id-reminder', 'confirm-upload']],
    ['uploaded', []],
    ['assigned', []],
    ['declined', []],
    ['withdrawn', []],
  ])('at stage %s the steps left are %j', (stage, expected) => {
    expect(steps(stage)).toEqual(expected);
  });

  it('moves the deadlines with the target and keeps their keys', () => {
    const before = letterTimeline(chen, '2025-09-10');
    const after = letterTimeline(chen, '2025-09-17');
    expect(after.map((d) => d.key)).toEqual(before.map((d) => d.key));
    expect(after.find((d) => d.step === 'confirm-upload')?.dueDate).toBe('2025-09-17');
    expect(after.find((d) => d.step === 'formal-ask')?.dueDate).toBe('2025-08-18');
  });

  it('honours custom lead times and a rotation known only by weeks', () => {
    const timeline = letterTimeline(
      { id: 'L2', stage: 'working-together', rotationStart: '2025-05-05', weeksTogether: 4 },
      '2025-09-10',
      { askLeadDays: 42, reminderLeadDays: 10 },
    );
    expect(Object.fromEntries(timeline.map((d) => [d.step, d.dueDate]))).toEqual({
      'tell-writer': '2025-05-05',
      'mid-rotation-feedback': '2025-05-19',
      'ask-last-week': '2025-05-25',
      'formal-ask': '2025-07-30',
      'letter-id-reminder': '2025-08-31',
      'confirm-upload': '2025-09-10',
    });
    expect(timeline[0].title).toContain('the writer');
  });

  it('leaves out rotation steps when the rotation dates are unknown', () => {
    expect(letterTimeline({ id: 'L3', stage: 'prospect' }, '2025-09-10').map((d) => d.step)).toEqual([
      'formal-ask',
      'letter-id-reminder',
      'confirm-upload',
    ]);
  });

  it('asks at the rotation end minus 7 days, never before the rotation starts', () => {
    const at = (rotationStart: string, rotationEnd: string) =>
      letterTimeline({ id: 'L4', stage: 'working-together', rotationStart, rotationEnd }, '2025-09-10').find(
        (d) => d.step === 'ask-last-week',
      )?.dueDate;
    expect(at('2025-07-01', '2025-07-28')).toBe('2025-07-21');
    expect(at('2025-07-01', '2025-07-05')).toBe('2025-07-01');
  });

  it('drops the rotation steps once the letter has been asked for', () => {
    expect(steps('asked')).not.toContain('ask-last-week');
  });

  it('refuses a malformed target date with a readable message', () => {
    expect(() => letterTimeline(chen, '10/09/2025')).toThrow(/YYYY-MM-DD/);
  });
});

describe('outreach follow-ups', () => {
  const email = { id: 'O1', contactName: 'Dr. Patel', institution: 'Lakeside Hospital', sentDate: '2025-03-01' };

  it.each([
    [undefined, '2025-03-08'],
    [7, '2025-03-08'],
    [10, '2025-03-11'],
    [3, '2025-03-08'],
    [30, '2025-03-11'],
  ])('with a %s-day wait the follow-up is due %s', (followUpDays, due) => {
    const followUp = outreachFollowUp({ ...email, status: 'sent' }, { followUpDays });
    expect(followUp).toMatchObject({
      key: 'derived:outreach:O1:follow-up-1',
      kind: 'outreach-follow-up',
      dueDate: due,
    });
    expect(followUp?.title).toContain('Dr. Patel');
  });

  it.each(['replied', 'positive', 'declined'] as const)('nothing to follow up once the status is %s', (status) => {
    expect(outreachFollowUp({ ...email, status })).toBeUndefined();
  });

  it('counts from the last follow-up and stops after two', () => {
    const second = outreachFollowUp({ ...email, status: 'no-reply', followUpDates: ['2025-03-09'] });
    expect(second).toMatchObject({ key: 'derived:outreach:O1:follow-up-2', dueDate: '2025-03-16' });
    expect(outreachFollowUp({ ...email, status: 'no-reply', followUpDates: ['2025-03-09', '2025-03-17'] })).toBe(
      undefined,
    );
  });

  it('waits the same interval again after the first follow-up, says it is the second, and stops after two', () => {
    const first = outreachFollowUp({ ...email, status: 'sent' }, { followUpDays: 9 });
    expect(first).toMatchObject({ step: 'follow-up-1', dueDate: '2025-03-10' });
    expect(first?.title).toMatch(/^Follow up with Dr\. Patel/);
    const second = outreachFollowUp({ ...email, status: 'sent', followUpDates: ['2025-03-12'] }, { followUpDays: 9 });
    expect(second).toMatchObject({ step: 'follow-up-2', dueDate: '2025-03-21' });
    expect(second?.title).toMatch(/^Follow up again with Dr\. Patel/);
    const done = { ...email, status: 'sent' as const, followUpDates: ['2025-03-12', '2025-03-21'] };
    expect(outreachFollowUp(done, { followUpDays: 9 })).toBeUndefined();
  });

  it('a follow-up date recorded twice counts once', () => {
    const twice = outreachFollowUp({ ...email, status: 'sent', followUpDates: ['2025-03-09', '2025-03-09'] });
    expect(twice).toMatchObject({ key: 'derived:outreach:O1:follow-up-2', dueDate: '2025-03-16' });
  });

  it('counts from the latest contact whatever the order, so an edited sent date after a follow-up still works', () => {
    const edited = outreachFollowUp({
      ...email,
      sentDate: '2025-03-20',
      status: 'sent',
      followUpDates: ['2025-03-09'],
    });
    expect(edited).toMatchObject({ step: 'follow-up-2', dueDate: '2025-03-27' });
  });
});
