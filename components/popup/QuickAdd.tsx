/** Quick add of a writer and their letter: name, contact type and specialty, and where and when if known. */
import { type FormEvent, useState } from 'react';
import { addLetter, addWriter, type ContactType, todayIso } from '@/lib/data';
import { ContactTypeSelect } from './ContactTypeSelect';
import { write } from './notify';
import { type RotationDraft, RotationFields } from './RotationFields';

interface Props {
  defaultSpecialty: string;
  /** Sample data is loaded: adding own data would mix the two, so the form asks to remove it first. */
  sampleLoaded: boolean;
}

const EMPTY_ROTATION: RotationDraft = { institution: '', startDate: '', endDate: '', letterDate: '' };

/** A rotation under way today means the two are working together already. */
function stageFor(rotation: RotationDraft, today: string) {
  const started = rotation.startDate && rotation.startDate <= today;
  const notOver = !rotation.endDate || rotation.endDate >= today;
  return started && notOver ? ('working-together' as const) : ('prospect' as const);
}

/** The quick-add form at the top of the Letters view. */
export function QuickAdd({ defaultSpecialty, sampleLoaded }: Props) {
  const [name, setName] = useState('');
  const [contactType, setContactType] = useState<ContactType>('us-hands-on');
  const [specialty, setSpecialty] = useState(defaultSpecialty);
  const [rotation, setRotation] = useState<RotationDraft>(EMPTY_ROTATION);
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState<string>();

  if (sampleLoaded)
    return (
      <p className="sl-muted">
        Sample data is loaded. Remove it (button above) before adding your own writers, so the two never mix.
      </p>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Name: write the writer’s name.');
    const today = todayIso();
    const stage = stageFor(rotation, today);
    const problem = await write(async () => {
      const writer = await addWriter({
        name: trimmed,
        contactType,
        specialty: specialty.trim() || undefined,
        usBased: contactType !== 'home-country',
        institution: rotation.institution.trim() || undefined,
        startDate: rotation.startDate || undefined,
        endDate: rotation.endDate || undefined,
      });
      await addLetter({
        writerId: writer.id,
        specialty: specialty.trim() || undefined,
        stage,
        letterDate: rotation.letterDate || undefined,
        ...(stage === 'working-together' ? { stageDates: { 'working-together': rotation.startDate } } : {}),
      });
    });
    setError(problem);
    if (!problem) {
      setAdded(`Added ${trimmed}${stage === 'working-together' ? ', working together now' : ''}.`);
      // Keep whatever the user typed meanwhile.
      setName((current) => (current === name ? '' : current));
      setRotation(EMPTY_ROTATION);
    }
  };

  return (
    <form className="sl-form" onSubmit={submit} aria-label="Add a writer" noValidate>
      <div className="sl-inline">
        <label>
          Writer's name
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Dr. Lee" />
        </label>
        <ContactTypeSelect value={contactType} onChange={setContactType} />
        <label>
          Specialty
          <input value={specialty} onChange={(e) => setSpecialty(e.target.value)} size={14} />
        </label>
        <button type="submit" className="sl-primary">
          Add writer
        </button>
      </div>
      <details>
        <summary>Where and when (rotation dates time the ask)</summary>
        <RotationFields value={rotation} onChange={setRotation} />
      </details>
      {error && (
        <p role="alert" className="sl-error">
          {error}
        </p>
      )}
      {added && !error && (
        <p role="status" className="sl-muted">
          {added}
        </p>
      )}
    </form>
  );
}
