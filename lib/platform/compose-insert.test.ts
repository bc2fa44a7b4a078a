import { describe, expect, it } from 'vitest';
import { requestEmail } from '@/lib/core/kit';
import { splitSubject, tabOrder } from './compose-insert';

describe('insert into compose', () => {
  it('takes the subject line out of a kit email, leaving the body from the greeting on', () => {
    const { subject, body } = splitSubject(
      requestEmail({ writerName: 'Dr. Kim', specialty: 'Internal Medicine', matchYear: 2027 }),
    );
    expect(subject).toBe('Request for a strong letter of recommendation (Internal Medicine residency, the 2027 Match)');
    expect(body.startsWith('Dear Dr. Kim,')).toBe(true);
  });

  it('leaves text without a subject line whole', () => {
    expect(splitSubject('Packet for Dr. Kim\n\n[ ] CV')).toEqual({ body: 'Packet for Dr. Kim\n\n[ ] CV' });
  });

  it('tries the tab in front first, then the most recently used', () => {
    const tabs = [
      { id: 1, active: false, lastAccessed: 10 },
      { id: 2, active: false, lastAccessed: 30 },
      { id: 3, active: true, lastAccessed: 5 },
    ];
    expect(tabOrder(tabs).map((t) => t.id)).toEqual([3, 2, 1]);
  });
});
