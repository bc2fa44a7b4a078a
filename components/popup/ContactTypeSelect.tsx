/** "How they know you": the kind of contact a writer had with the applicant, as a labelled select. */
import { CONTACT_LABELS, CONTACT_TYPES, type ContactType } from '@/lib/data';

export function ContactTypeSelect({ value, onChange }: { value: ContactType; onChange: (type: ContactType) => void }) {
  return (
    <label>
      How they know you
      <select value={value} onChange={(e) => onChange(e.target.value as ContactType)}>
        {CONTACT_TYPES.map((type) => (
          <option key={type} value={type}>
            {CONTACT_LABELS[type]}
          </option>
        ))}
      </select>
    </label>
  );
}
