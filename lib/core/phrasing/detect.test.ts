import { COLD_EMAILS, LETTERS, NEITHER, REQUESTS } from '@/tests/phrasing/kind-texts';
import { detectKind } from './detect';

// The kind decides which whole-text checks run: a cold email read as 'unknown' gets none of its checks.
describe('detectKind: the kind from what the text does', () => {
  it.each(COLD_EMAILS)('a cold email to a stranger asking for a position is outreach: %s', (text) => {
    expect(detectKind(text)).toBe('outreach');
  });

  it.each(REQUESTS)(
    'asking someone who knows the applicant for a letter (or thanking them) is a request: %s',
    (text) => {
      expect(detectKind(text)).toBe('request');
    },
  );

  it.each(LETTERS)('a text about the applicant in the third person is a letter: %s', (text) => {
    expect(detectKind(text)).toBe('letter');
  });

  it.each(NEITHER)('an everyday email or a bare greeting stays unknown: %s', (text) => {
    expect(detectKind(text)).toBe('unknown');
  });
});
