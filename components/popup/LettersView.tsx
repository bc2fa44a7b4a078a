/** Letters: every letter by stage with its writer's details, quick add, edit and the request kit behind each item. */
import { useState } from 'react';
import { CONTACT_LABELS, LETTER_STAGES, type Letter, STAGE_LABELS, WAIVER_LABELS, type Writer } from '@/lib/data';
import type { Settings } from '@/lib/platform/settings';
import { KitPanel } from './KitPanel';
import { LetterEdit } from './LetterEdit';
import { QuickAdd } from './QuickAdd';
import { ShowMore } from './ShowMore';
import type { Tracker } from './useTracker';

/** Past this many letters the tab offers a finder. */
const FINDER_FROM = 8;
/** The ask happens at the end of working together, so the kit opens from then on. */
const KIT_STAGES = new Set([
  'working-together',
  'asked',
  'agreed',
  'packet-sent',
  'letter-id-sent',
  'uploaded',
  'assigned',
]);

interface Props {
  tracker: Tracker;
  settings: Settings;
  onError: (message: string | undefined) => void;
}

/** The Letters tab. */
export function LettersView({ tracker, settings }: Props) {
  const [query, setQuery] = useState('');
  const writers = new Map(tracker.writers.map((writer) => [writer.id, writer]));
  const nameOf = (letter: Letter) => writers.get(letter.writerId)?.name ?? '';
  const needle = query.trim().toLowerCase();
  const matches = (letter: Letter) => {
    if (!needle) return true;
    const writer = writers.get(letter.writerId);
    return [writer?.name, writer?.institution, writer?.specialty, letter.specialty].some((field) =>
      field?.toLowerCase().includes(needle),
    );
  };
  const groups = LETTER_STAGES.map((stage) => ({
    stage,
    letters: tracker.letters
      .filter((letter) => letter.stage === stage && matches(letter))
      .sort((a, b) => nameOf(a).localeCompare(nameOf(b))),
  })).filter((group) => group.letters.length > 0);

  return (
    <div className="sl-stack">
      <QuickAdd defaultSpecialty={settings.specialty} sampleLoaded={tracker.hasSample} />
      {tracker.letters.length > FINDER_FROM && (
        <input
          type="search"
          aria-label="Find a letter by writer, institution or specialty"
          placeholder="Find a writer, institution or specialty"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      {groups.length === 0 && (
        <p className="sl-muted">{needle ? `No letter matches “${query.trim()}”.` : 'No letters yet.'}</p>
      )}
      {groups.map((group) => (
        <section key={group.stage} aria-labelledby={`stage-${group.stage}`}>
          <h2 id={`stage-${group.stage}`} className="sl-h2">
            {STAGE_LABELS[group.stage]} ({group.letters.length})
          </h2>
          <ul className="sl-list">
            <ShowMore
              label={`${STAGE_LABELS[group.stage].toLowerCase()} letters`}
              items={group.letters.map((letter) => {
                const writer = writers.get(letter.writerId);
                return writer ? (
                  <LetterItem key={letter.id} letter={letter} writer={writer} settings={settings} />
                ) : null;
              })}
            />
          </ul>
        </section>
      ))}
    </div>
  );
}

function LetterItem({ letter, writer, settings }: { letter: Letter; writer: Writer; settings: Settings }) {
  const [open, setOpen] = useState<'edit' | 'kit'>();
  const weeks = writer.weeksTogether === undefined ? 'weeks unknown' : `${writer.weeksTogether} wk`;
  return (
    <li className="sl-row" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
      <div className="sl-inline" style={{ justifyContent: 'space-between' }}>
        <div>
          <strong>{writer.name}</strong>
          <div className="sl-meta">
            {CONTACT_LABELS[writer.contactType]} · {weeks} · {WAIVER_LABELS[letter.waiver]} ·{' '}
            {letter.strongAgreed ? 'Strong agreed' : 'Strong not yet agreed'}
          </div>
        </div>
        <div className="sl-inline">
          {KIT_STAGES.has(letter.stage) && (
            <button
              type="button"
              aria-expanded={open === 'kit'}
              onClick={() => setOpen(open === 'kit' ? undefined : 'kit')}
            >
              Kit<span className="sl-sr"> for {writer.name}</span>
            </button>
          )}
          <button
            type="button"
            aria-expanded={open === 'edit'}
            onClick={() => setOpen(open === 'edit' ? undefined : 'edit')}
          >
            Edit<span className="sl-sr"> {writer.name}</span>
          </button>
        </div>
      </div>
      {open === 'edit' && <LetterEdit letter={letter} writer={writer} onDone={() => setOpen(undefined)} />}
      {open === 'kit' && <KitPanel letter={letter} writer={writer} settings={settings} />}
    </li>
  );
}
