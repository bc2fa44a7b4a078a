import { describe, expect, it } from 'vitest';
import type { Letter, Outreach } from '@/lib/core/model/schema';
import { type FunnelCounts, funnelCounts, replyRateText } from './funnel';

const o = (status: Outreach['status'], extra: Partial<Outreach> = {}) => ({ status, ...extra }) as Outreach;

describe('outreach funnel', () => {
  it('counts each step, later steps inside earlier ones', () => {
    const outreach = [
      o('sent'),
      o('no-reply'),
      o('declined'),
      o('replied'),
      o('positive'),
      o('positive', { positionStartedDate: '2026-05-01', writerId: 'w1' }),
      o('positive', { writerId: 'w2' }),
    ];
    const letters = [{ writerId: 'w1', stage: 'agreed' }] as Letter[];
    expect(funnelCounts(outreach, letters)).toEqual({ sent: 7, replied: 5, positive: 3, started: 1, letter: 1 });
  });

  it.each<[Letter['stage'], number]>([
    ['prospect', 0],
    ['working-together', 0],
    ['asked', 0],
    ['agreed', 1],
    ['packet-sent', 1],
    ['uploaded', 1],
    ['assigned', 1],
    ['declined', 0],
    ['withdrawn', 0],
  ])('a letter from an outreach writer at stage %s counts %i', (stage, expected) => {
    const outreach = [o('positive', { writerId: 'w1' })];
    expect(funnelCounts(outreach, [{ writerId: 'w1', stage } as Letter]).letter).toBe(expected);
  });

  it('counts letters only from writers who came from outreach, once per contact', () => {
    const outreach = [o('positive', { writerId: 'w1' }), o('positive'), o('sent')];
    const letters = [
      { writerId: 'w1', stage: 'agreed' },
      { writerId: 'w1', stage: 'uploaded' },
      { writerId: 'w-rotation', stage: 'assigned' },
      { writerId: 'w-home', stage: 'agreed' },
    ] as Letter[];
    expect(funnelCounts(outreach, letters)).toMatchObject({ positive: 2, letter: 1 });
  });

  it.each<[Partial<FunnelCounts>, RegExp]>([
    [{ sent: 0, replied: 0 }, /Log your first outreach email/],
    [{ sent: 10, replied: 0 }, /0 replies from 10 emails \(0%\).*keep sending/],
    [{ sent: 40, replied: 2 }, /2 replies from 40 emails \(5%\).*typical.*on track/],
    [{ sent: 1, replied: 1 }, /1 reply from 1 email \(100%\).*better than usual/],
  ])('%o reads as progress', (counts, text) => {
    expect(replyRateText({ sent: 0, replied: 0, positive: 0, started: 0, letter: 0, ...counts })).toMatch(text);
  });
});
