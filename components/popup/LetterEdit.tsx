/** Full edit of a letter and its writer, behind the item in the Letters view. */
import { type FormEvent, useState } from 'react';
import {
  type ContactType,
  deleteLetter,
  LETTER_STAGES,
  type Letter,
  type LetterStage,
  ROLE_LABELS,
  STAGE_LABELS,
  updateLetter,
  updateWriter,
  WAIVER_CHOICES,
  WAIVER_LABELS,
  type Waiver,
  WRITER_ROLES,
  type Writer,
  type WriterRole,
} from '@/lib/data';
import { ContactTypeSelect } from './ContactTypeSelect';
import { write } from './notify';
import { type RotationDraft, RotationFields } from './RotationFields';

/** The edit form; closes itself through `onDone` after a save or delete. */
export function LetterEdit({ letter, writer, onDone }: { letter: Letter; writer: Writer; onDone: () => void }) {
  const [stage, setStage] = useState<LetterStage>(letter.stage);
  const [waiver, setWaiver] = useState<Waiver>(letter.waiver);
  const [strongAgreed, setStrongAgreed] = useState(letter.strongAgreed);
  const [letterId, setLetterId] = useState(letter.letterId ?? '');
  const [target, setTarget] = useState(letter.targetUploadDate ?? '');
  const [weeks, setWeeks] = useState(writer.weeksTogether?.toString() ?? '');
  const [role, setRole] = useState<WriterRole>(writer.role);
  const [usBased, setUsBased] = useState(writer.usBased);
  const [wellKnown, setWellKnown] = useState(!!writer.wellKnown);
  const [contactType, setContactType] = useState<ContactType>(writer.contactType);
  const [rotation, setRotation] = useState<RotationDraft>({
    institution: writer.institution ?? '',
    startDate: writer.startDate ?? '',
    endDate: writer.endDate ?? '',
    letterDate: letter.letterDate ?? '',
  });
  const [error, setError] = useState<string>();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const weeksNumber = weeks.trim() === '' ? null : Number(weeks);
    if (weeksNumber !== null && Number.isNaN(weeksNumber)) return setError('Weeks together: use a number of weeks.');
    const problem = await write(async () => {
      await updateWriter(writer.id, {
        weeksTogether: weeksNumber,
        role,
        usBased,
        wellKnown,
        contactType,
        institution: rotation.institution.trim() || null,
        startDate: rotation.startDate || null,
        endDate: rotation.endDate || null,
      });
      await updateLetter(letter.id, {
        stage,
        waiver,
        strongAgreed,
        letterId: letterId.trim() || null,
        targetUploadDate: target || null,
        letterDate: rotation.letterDate || null,
      });
    });
    setError(problem);
    if (!problem) onDone();
  };
  const id = (name: string) => `${letter.id}-${name}`;

  return (
    <form className="sl-form" onSubmit={save} aria-label={`Edit ${writer.name}'s letter`} noValidate>
      <div className="sl-inline">
        <label htmlFor={id('stage')}>Stage</label>
        <select id={id('stage')} value={stage} onChange={(e) => setStage(e.target.value as LetterStage)}>
          {LETTER_STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={id('waiver')}>Waiver</label>
        <select id={id('waiver')} value={waiver} onChange={(e) => setWaiver(e.target.value as Waiver)}>
          {WAIVER_CHOICES.map((w) => (
            <option key={w} value={w}>
              {WAIVER_LABELS[w]}
            </option>
          ))}
        </select>
      </div>
      <label className="sl-inline">
        <input type="checkbox" checked={strongAgreed} onChange={(e) => setStrongAgreed(e.target.checked)} />
        Agreed to a strong letter
      </label>
      <div className="sl-inline">
        <label>
          Letter ID
          <input value={letterId} onChange={(e) => setLetterId(e.target.value)} size={12} />
        </label>
        <label>
          Upload by
          <input type="date" value={target} onChange={(e) => setTarget(e.target.value)} />
        </label>
        <label>
          Weeks together
          <input inputMode="numeric" value={weeks} onChange={(e) => setWeeks(e.target.value)} size={4} />
        </label>
      </div>
      <div className="sl-inline">
        <ContactTypeSelect value={contactType} onChange={setContactType} />
      </div>
      <RotationFields value={rotation} onChange={setRotation} />
      <div className="sl-inline">
        <label htmlFor={id('role')}>Role</label>
        <select id={id('role')} value={role} onChange={(e) => setRole(e.target.value as WriterRole)}>
          {WRITER_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <label className="sl-inline">
          <input type="checkbox" checked={usBased} onChange={(e) => setUsBased(e.target.checked)} />
          US-based
        </label>
        <label className="sl-inline">
          <input type="checkbox" checked={wellKnown} onChange={(e) => setWellKnown(e.target.checked)} />
          Well-known name
        </label>
      </div>
      {error && (
        <p role="alert" className="sl-error">
          {error}
        </p>
      )}
      <div className="sl-inline">
        <button type="submit" className="sl-primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          onClick={async () => {
            if (!window.confirm(`Delete ${writer.name}'s letter and its program assignments?`)) return;
            const problem = await write(() => deleteLetter(letter.id));
            setError(problem);
            if (!problem) onDone();
          }}
        >
          Delete letter
        </button>
      </div>
    </form>
  );
}
