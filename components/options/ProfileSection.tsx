/** Profile: name, specialty, competitiveness, cycle year, application service, visa need, where trained, where now. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SERVICES } from '@/lib/data';
import {
  COMPETITIVENESS,
  COMPETITIVENESS_LABELS,
  type Settings,
  VISA_NEED_LABELS,
  VISA_NEEDS,
} from '@/lib/platform/settings';
import { saveSettings, useSettings } from './hooks';
import { Status } from './Status';

type Draft = Pick<
  Settings,
  'applicantName' | 'specialty' | 'competitiveness' | 'service' | 'visaNeed' | 'usBased' | 'trainedAbroad'
> & {
  cycleYear: string;
};

/** The profile fields only: saving the profile must not write back stale copies of other settings. */
function profileOf(settings: Settings): Draft {
  const { applicantName, specialty, competitiveness, service, visaNeed, usBased, trainedAbroad, cycleYear } = settings;
  return {
    applicantName,
    specialty,
    competitiveness,
    service,
    visaNeed,
    usBased,
    trainedAbroad,
    cycleYear: String(cycleYear),
  };
}

export function ProfileSection() {
  const settings = useSettings();
  const [draft, setDraft] = useState<Draft>();
  // Until the user edits the form it follows the stored settings (a restored backup, another tab's change).
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  // The draft as typed now, read after a save to see whether the user kept typing meanwhile.
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(() => {
    if (settings && !dirty) setDraft(profileOf(settings));
  }, [settings, dirty]);
  if (!draft) return <p>Loading…</p>;
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const year = Number(draft.cycleYear);
    if (!/^\d{4}$/.test(draft.cycleYear.trim())) {
      setStatus({ error: 'Cycle year: use a Match year like 2027.' });
      return;
    }
    const { cycleYear: _ignored, ...rest } = draft;
    const saved = draft;
    const error = await saveSettings({ ...rest, cycleYear: year });
    if (!error && latest.current === saved) setDirty(false);
    setStatus(error ? { error: `Not saved. ${error}` } : { message: 'Profile saved.' });
  }

  return (
    <form onSubmit={submit} className="sl-grid">
      <label>
        Your name (signs the request emails)
        <input
          value={draft.applicantName}
          onChange={(e) => set({ applicantName: e.target.value })}
          maxLength={120}
          autoComplete="name"
        />
      </label>
      <label>
        Specialty
        <input value={draft.specialty} onChange={(e) => set({ specialty: e.target.value })} maxLength={120} />
      </label>
      <label>
        How competitive
        <select
          value={draft.competitiveness}
          onChange={(e) => set({ competitiveness: e.target.value as Draft['competitiveness'] })}
        >
          {COMPETITIVENESS.map((c) => (
            <option key={c} value={c}>
              {COMPETITIVENESS_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Cycle year (Match year)
        <input inputMode="numeric" value={draft.cycleYear} onChange={(e) => set({ cycleYear: e.target.value })} />
      </label>
      <label>
        Application service
        <select value={draft.service} onChange={(e) => set({ service: e.target.value as Draft['service'] })}>
          {SERVICES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Visa need
        <select value={draft.visaNeed} onChange={(e) => set({ visaNeed: e.target.value as Draft['visaNeed'] })}>
          {VISA_NEEDS.map((v) => (
            <option key={v} value={v}>
              {VISA_NEED_LABELS[v]}
            </option>
          ))}
        </select>
      </label>
      <label className="sl-check">
        <input
          type="checkbox"
          checked={draft.trainedAbroad}
          onChange={(e) => set({ trainedAbroad: e.target.checked })}
        />
        I trained outside the US (international graduate)
      </label>
      <label className="sl-check">
        <input type="checkbox" checked={draft.usBased} onChange={(e) => set({ usBased: e.target.checked })} />I am in
        the US now
      </label>
      <div>
        <button type="submit">Save profile</button>
      </div>
      <Status {...status} />
    </form>
  );
}
