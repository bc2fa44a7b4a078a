/** Reminders: how many days ahead to remind, the badge threshold, and notifications (asking the permission). */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { errorText, saveSettings, useSettings } from './hooks';
import { Status } from './Status';

function readDays(value: string, label: string): number | string {
  if (!/^\d{1,2}$/.test(value.trim())) return `${label}: use a whole number of days from 0 to 60.`;
  const days = Number(value);
  return days > 60 ? `${label}: at most 60 days.` : days;
}

export function RemindersSection() {
  const settings = useSettings();
  const [lead, setLead] = useState<string>();
  const [badge, setBadge] = useState<string>();
  const [dirty, setDirty] = useState(false);
  // The numbers as typed now, read after a save to see whether the user kept typing meanwhile.
  const latest = useRef<[string | undefined, string | undefined]>([lead, badge]);
  latest.current = [lead, badge];
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  // Until the user edits the numbers they follow the stored settings (a restored backup, another tab's change).
  useEffect(() => {
    if (settings && !dirty) {
      setLead(String(settings.reminderLeadDays));
      setBadge(String(settings.badgeThresholdDays));
    }
  }, [settings, dirty]);
  if (!settings || lead === undefined || badge === undefined) return <p>Loading…</p>;

  async function save(event: FormEvent) {
    event.preventDefault();
    const leadDays = readDays(lead ?? '', 'Remind me');
    const badgeDays = readDays(badge ?? '', 'Badge');
    if (typeof leadDays === 'string') return setStatus({ error: leadDays });
    if (typeof badgeDays === 'string') return setStatus({ error: badgeDays });
    const saved = [lead, badge];
    const error = await saveSettings({ reminderLeadDays: leadDays, badgeThresholdDays: badgeDays });
    if (!error && latest.current[0] === saved[0] && latest.current[1] === saved[1]) setDirty(false);
    setStatus(error ? { error } : { message: 'Reminder settings saved.' });
  }

  async function toggleNotifications(on: boolean) {
    try {
      if (on) {
        const granted = await browser.permissions.request({ permissions: ['notifications'] });
        if (!granted) return setStatus({ error: 'Notifications were not allowed, so they stay off.' });
      }
      const error = await saveSettings({ notifications: on });
      setStatus(error ? { error } : { message: on ? 'Notifications on.' : 'Notifications off.' });
    } catch (error) {
      setStatus({ error: errorText(error) });
    }
  }

  return (
    <div>
      <form onSubmit={save} className="sl-grid">
        <label>
          Remind me this many days before a deadline
          <input
            inputMode="numeric"
            value={lead}
            onChange={(e) => {
              setLead(e.target.value);
              setDirty(true);
            }}
          />
        </label>
        <label>
          Count deadlines on the badge when due within (days)
          <input
            inputMode="numeric"
            value={badge}
            onChange={(e) => {
              setBadge(e.target.value);
              setDirty(true);
            }}
          />
        </label>
        <div>
          <button type="submit">Save reminders</button>
        </div>
      </form>
      <label className="sl-check">
        <input
          type="checkbox"
          checked={settings.notifications}
          onChange={(e) => toggleNotifications(e.target.checked)}
        />
        Show a system notification when a deadline is near
      </label>
      <Status {...status} />
    </div>
  );
}
