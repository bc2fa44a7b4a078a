/** The one-minute start: specialty, cycle year and first writer, or a look around with sample data. */
import { type FormEvent, useState } from 'react';
import { addLetter, addWriter, type ContactType } from '@/lib/data';
import { defaultCycleYear, updateSettings } from '@/lib/platform/settings';
import { ContactTypeSelect } from './ContactTypeSelect';
import { errorText, write } from './notify';
import { loadSampleApplicant } from './sample-applicant';

/** Shown when the tracker holds nothing yet. */
export function EmptyState() {
  const [specialty, setSpecialty] = useState('');
  const [year, setYear] = useState(String(defaultCycleYear()));
  const [name, setName] = useState('');
  const [contactType, setContactType] = useState<ContactType>('us-hands-on');
  const [error, setError] = useState<string>();

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Name: write the name of your first writer.');
    try {
      await updateSettings({ specialty: specialty.trim(), cycleYear: Number(year) });
    } catch (problem) {
      return setError(errorText(problem));
    }
    setError(
      await write(async () => {
        const writer = await addWriter({
          name,
          contactType,
          specialty: specialty.trim() || undefined,
          usBased: contactType !== 'home-country',
        });
        await addLetter({ writerId: writer.id, specialty: specialty.trim() || undefined });
      }),
    );
  };

  return (
    <section className="sl-stack" aria-labelledby="start-heading">
      <h2 id="start-heading" className="sl-h2">
        Start in a minute
      </h2>
      <form className="sl-form" onSubmit={start} noValidate>
        <label>
          Specialty you are applying to
          <input value={specialty} onChange={(e) => setSpecialty(e.target.value)} placeholder="Internal Medicine" />
        </label>
        <label>
          Match year
          <input inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        </label>
        <label>
          First writer's name
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Dr. Lee" />
        </label>
        <ContactTypeSelect value={contactType} onChange={setContactType} />
        {error && (
          <p role="alert" className="sl-error">
            {error}
          </p>
        )}
        <button type="submit" className="sl-primary">
          Start tracking
        </button>
      </form>
      <p className="sl-muted">Not ready? See how it works with an example applicant you can remove in one click.</p>
      <button type="button" onClick={async () => setError(await write(loadSampleApplicant))}>
        Look around with sample data
      </button>
    </section>
  );
}
