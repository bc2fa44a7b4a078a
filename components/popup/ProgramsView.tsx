/** Programs: the assignment matrix (a 5th letter is refused with the reason), per-program counts, missing letters and strength. */
import { useState } from 'react';
import { programChecks } from '@/lib/core/strength/program';
import { missingRequiredLetters } from '@/lib/core/strength/program-needs';
import { assignLetter, type Letter, type Program, todayIso, unassignLetter } from '@/lib/data';
import type { Settings } from '@/lib/platform/settings';
import { AddProgram } from './AddProgram';
import { write } from './notify';
import { ProgramSummary } from './ProgramSummary';
import { applicantFrom, strengthOf, withWriters } from './StrengthCard';
import type { Tracker } from './useTracker';

/** Programs shown before "Show all"; past this many the tab also offers a finder. */
const ROW_LIMIT = 8;

/** The Programs tab. */
export function ProgramsView({ tracker, settings }: { tracker: Tracker; settings: Settings }) {
  const [message, setMessage] = useState<string>();
  const [query, setQuery] = useState('');
  const [allRows, setAllRows] = useState(false);
  const today = todayIso();
  const writers = new Map(tracker.writers.map((writer) => [writer.id, writer]));
  const letters = tracker.letters.filter((letter) => letter.stage !== 'declined' && letter.stage !== 'withdrawn');
  const assigned = (programId: string) =>
    new Set(tracker.assignments.filter((a) => a.programId === programId).map((a) => a.letterId));
  const short = (letter: Letter) => writers.get(letter.writerId)?.name ?? 'Unknown writer';
  const needle = query.trim().toLowerCase();
  const found = tracker.programs.filter(
    (program) =>
      !needle ||
      [program.name, program.city, program.state, program.specialty].some((f) => f?.toLowerCase().includes(needle)),
  );
  const rows = allRows ? found : found.slice(0, ROW_LIMIT);

  const toggle = async (program: Program, letter: Letter, on: boolean) => {
    const problem = await write(() =>
      on ? assignLetter(program.id, letter.id, today) : unassignLetter(program.id, letter.id),
    );
    setMessage(problem);
  };

  return (
    <div className="sl-stack">
      <AddProgram defaultSpecialty={settings.specialty} sampleLoaded={tracker.hasSample} />
      {message && (
        <p role="alert" className="sl-error">
          {message}
        </p>
      )}
      {tracker.programs.length > ROW_LIMIT && (
        <input
          type="search"
          aria-label="Find a program by name, city, state or specialty"
          placeholder="Find a program"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      {tracker.programs.length === 0 ? (
        <p className="sl-muted">No programs yet.</p>
      ) : found.length === 0 ? (
        <p className="sl-muted">No program matches “{query.trim()}”.</p>
      ) : (
        // Wide sets scroll sideways with the program names kept in view; many letters get upright names.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable from the keyboard
        <section className="sl-matrix-wrap" tabIndex={0} aria-label="Assignment matrix">
          <table className={`sl-matrix${letters.length > 4 ? ' sl-matrix-many' : ''}`}>
            <caption className="sl-sr">Which letters go to each program</caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                {letters.map((letter) => (
                  <th scope="col" key={letter.id}>
                    {short(letter)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((program) => {
                const ids = assigned(program.id);
                const set = tracker.letters.filter((letter) => ids.has(letter.id));
                const strength = strengthOf(set, tracker.writers, settings, today, program);
                const visa = programChecks(program, applicantFrom(settings));
                const assignedSet = withWriters(set, tracker.writers);
                return (
                  <tr key={program.id}>
                    <th scope="row">
                      <ProgramSummary
                        program={program}
                        assigned={ids.size}
                        strength={strength}
                        missing={missingRequiredLetters(program, assignedSet)}
                      />
                      {[...visa.problems, ...visa.warnings].map((warning) => (
                        <p key={warning} className="sl-warn">
                          {warning}
                        </p>
                      ))}
                    </th>
                    {letters.map((letter) => (
                      <td key={letter.id}>
                        <input
                          type="checkbox"
                          aria-label={`Send ${short(letter)}'s letter to ${program.name}`}
                          checked={ids.has(letter.id)}
                          onChange={(e) => toggle(program, letter, e.target.checked)}
                        />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      {found.length > ROW_LIMIT && (
        <button type="button" onClick={() => setAllRows(!allRows)}>
          {allRows ? 'Show fewer programs' : `Show all ${found.length} programs`}
        </button>
      )}
    </div>
  );
}
