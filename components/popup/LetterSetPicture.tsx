/** The letter set as four slots: secured (solid), planned (dashed) or missing (empty), each marked with the writer's kind of contact. */
import type { ContactType } from '@/lib/core/model/schema';
import { type LetterSlot, SLOT_COUNT, type SlotState } from '@/lib/core/strength/slots';
import { STAGE_LABELS } from '@/lib/data';

/** Short names for the kinds of contact, in the words applicants use (soft hyphens for narrow slots). */
export const CONTACT_SHORT: Record<ContactType, string> = {
  'us-hands-on': 'US hands-on',
  externship: 'Externship',
  // A soft hyphen lets the word break cleanly in a narrow slot.
  observership: 'Observer\u00ADship',
  research: 'Research',
  virtual: 'Virtual',
  'home-country': 'Home country',
};

const STATE_WORDS: Record<SlotState, string> = { secured: 'Secured', planned: 'Planned', missing: 'Missing' };
const STATE_MARK: Record<SlotState, string> = { secured: '✓', planned: '◐', missing: '+' };

function slotName(slot: LetterSlot, index: number): string {
  const where = `Slot ${index + 1} of ${SLOT_COUNT}: ${STATE_WORDS[slot.state].toLowerCase()}`;
  if (slot.state === 'missing') return `${where}, no writer yet`;
  const kind = slot.contactType ? CONTACT_SHORT[slot.contactType].replace('\u00AD', '') : 'unknown contact';
  return `${where}, ${slot.writerName} (${kind}${slot.stage ? `, ${STAGE_LABELS[slot.stage].toLowerCase()}` : ''})`;
}

interface Props {
  slots: LetterSlot[];
  extra: number;
}

export function LetterSetPicture({ slots, extra }: Props) {
  const secured = slots.filter((slot) => slot.state === 'secured').length;
  const planned = slots.filter((slot) => slot.state === 'planned').length;
  return (
    <figure className="sl-slots-figure">
      <ol className="sl-slots" aria-label="Letter slots">
        {slots.map((slot, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: slots are fixed positions
          <li key={index} className={`sl-slot sl-slot-${slot.state}`} aria-label={slotName(slot, index)}>
            <span className="sl-slot-mark" aria-hidden="true">
              {STATE_MARK[slot.state]}
            </span>
            <span className="sl-slot-state" aria-hidden="true">
              {STATE_WORDS[slot.state]}
            </span>
            {slot.state === 'missing' ? (
              <span className="sl-slot-name sl-muted" aria-hidden="true">
                Open
              </span>
            ) : (
              <>
                <span className="sl-slot-name" aria-hidden="true" title={slot.writerName}>
                  {slot.writerName}
                </span>
                {slot.contactType && (
                  <span className={`sl-slot-type sl-type-${slot.contactType}`} aria-hidden="true">
                    {CONTACT_SHORT[slot.contactType]}
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      <figcaption className="sl-meta">
        {secured} secured, {planned} planned, {SLOT_COUNT - secured - planned} missing
        {extra ? ` · ${extra} more letter${extra === 1 ? '' : 's'} beyond the four a program takes` : ''}
      </figcaption>
    </figure>
  );
}
