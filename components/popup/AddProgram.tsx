/** A small form to add a program with what it asks for in letters. */
import { type FormEvent, useState } from 'react';
import { addProgram, type Service } from '@/lib/data';
import { write } from './notify';

/** Add-program form for the Programs view. */
export function AddProgram({ defaultSpecialty, sampleLoaded }: { defaultSpecialty: string; sampleLoaded: boolean }) {
  const [name, setName] = useState('');
  const [specialty, setSpecialty] = useState(defaultSpecialty);
  const [service, setService] = useState<Service>('ERAS');
  const [specialtyLetter, setSpecialtyLetter] = useState(false);
  const [chairLetter, setChairLetter] = useState(false);
  const [error, setError] = useState<string>();
  if (sampleLoaded) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Name: write the program’s name.');
    const problem = await write(() =>
      addProgram({
        name: name.trim(),
        specialty: specialty.trim() || undefined,
        service,
        specialtyLetterRequired: specialtyLetter,
        chairLetterRequired: chairLetter,
      }),
    );
    setError(problem);
    if (!problem) setName((current) => (current === name ? '' : current));
  };

  return (
    <details>
      <summary>Add a program</summary>
      <form className="sl-form" onSubmit={submit} aria-label="Add a program" noValidate>
        <div className="sl-inline">
          <label>
            Program name
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            Specialty
            <input value={specialty} onChange={(e) => setSpecialty(e.target.value)} size={14} />
          </label>
          <label>
            Service
            <select value={service} onChange={(e) => setService(e.target.value as Service)}>
              <option value="ERAS">ERAS</option>
              <option value="ResidencyCAS">ResidencyCAS</option>
            </select>
          </label>
        </div>
        <label className="sl-inline">
          <input type="checkbox" checked={specialtyLetter} onChange={(e) => setSpecialtyLetter(e.target.checked)} />
          Wants a specialty letter
        </label>
        <label className="sl-inline">
          <input type="checkbox" checked={chairLetter} onChange={(e) => setChairLetter(e.target.checked)} />
          Wants a chair letter
        </label>
        {error && (
          <p role="alert" className="sl-error">
            {error}
          </p>
        )}
        <button type="submit" className="sl-primary">
          Add program
        </button>
      </form>
    </details>
  );
}
