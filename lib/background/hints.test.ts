import { addWriter, clearAllData } from '@/lib/data';
import { listOutreach } from '@/lib/data/outreach';
import { getSettings, updateSettings } from '@/lib/platform/settings';
import { handleLogOutreach, institutionFromEmail, logOutreachFromCompose } from './hints';

describe('logging outreach from the compose chip', () => {
  it('records recipient, subject and institution, not the body, with the last purpose used', async () => {
    await updateSettings({ lastOutreachPurpose: 'research' });
    await logOutreachFromCompose(
      {
        type: 'log-outreach',
        recipientEmail: 'rao@med.example.edu',
        recipientName: 'Priya Rao',
        subject: 'Research inquiry',
      },
      new Date(2026, 10, 23, 10),
    );
    const record = (await listOutreach()).find((r) => r.email === 'rao@med.example.edu')!;
    expect(record).toMatchObject({
      contactName: 'Priya Rao',
      email: 'rao@med.example.edu',
      subject: 'Research inquiry',
      institution: 'med.example.edu',
      purpose: 'research',
      sentDate: '2026-11-23',
      status: 'sent',
    });
    expect(record.body).toBeUndefined();
  });

  it('remembers a purpose chosen for next time', async () => {
    await logOutreachFromCompose({
      type: 'log-outreach',
      recipientEmail: 'lee@clinic.example.com',
      purpose: 'externship',
    });
    expect((await getSettings()).lastOutreachPurpose).toBe('externship');
    const record = (await listOutreach()).find((r) => r.email === 'lee@clinic.example.com');
    expect(record?.contactName).toBe('lee@clinic.example.com');
    expect(record?.institution).toBe('clinic.example.com');
  });

  it.each([
    ['rao@med.example.edu', 'med.example.edu'],
    ['someone@gmail.com', undefined],
    ['someone@outlook.com', undefined],
  ])('institution of %s is %s', (email, expected) => {
    expect(institutionFromEmail(email)).toBe(expected);
  });

  it('refuses while sample data is loaded, so real emails are never mixed into it', async () => {
    await clearAllData();
    await addWriter({ name: 'Sample writer', contactType: 'research', sample: true });
    const reply = await handleLogOutreach({ type: 'log-outreach', recipientEmail: 'kim@uni.example.edu' });
    expect(reply).toEqual({ ok: false, error: 'sample-data' });
    expect(await listOutreach()).toEqual([]);
    await clearAllData();
    const logged = await handleLogOutreach({ type: 'log-outreach', recipientEmail: 'kim@gmail.com' });
    expect(logged.ok).toBe(true);
    const [record] = await listOutreach();
    expect(record.email).toBe('kim@gmail.com');
    expect(record.institution, 'a personal address says nothing about the workplace').toBeUndefined();
  });

  it('the same recipient on the same day is one outreach, even on a double click', async () => {
    await clearAllData();
    const day = new Date(2026, 10, 23, 9);
    const message = { type: 'log-outreach', recipientEmail: 'Rao@Med.Example.edu', purpose: 'research' } as const;
    const [first, second] = await Promise.all([handleLogOutreach(message, day), handleLogOutreach(message, day)]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const refused = first.ok ? second : first;
    expect(refused).toMatchObject({ ok: false, error: 'already-logged' });
    const later = await handleLogOutreach(
      { ...message, recipientEmail: 'rao@med.example.edu', purpose: 'other' },
      new Date(2026, 10, 23, 18),
    );
    expect(later).toMatchObject({ ok: false, error: 'already-logged', id: refused.id });
    expect(await listOutreach()).toHaveLength(1);
    expect((await getSettings()).lastOutreachPurpose, 'a refused log changes no setting').toBe('research');
    expect((await handleLogOutreach(message, new Date(2026, 10, 24, 9))).ok, 'a new day is a new email').toBe(true);
    expect((await handleLogOutreach({ ...message, recipientEmail: 'lee@med.example.edu' }, day)).ok).toBe(true);
    expect(await listOutreach()).toHaveLength(3);
  });
});
