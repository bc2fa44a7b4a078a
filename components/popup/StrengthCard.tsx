/** The letter-set strength: verdict, the four-slot picture, the one step that would help most, and reasons. */
import type { ReactNode } from 'react';
import {
  type Applicant,
  assessStrength,
  type LetterWithWriter,
  type ProgramNeeds,
  type Strength,
} from '@/lib/core/strength';
import type { Letter, Writer } from '@/lib/data';
import type { Settings } from '@/lib/platform/settings';

/** The card stays short: the most serious reasons come first. */
const REASONS_SHOWN = 6;

const VERDICT_LABELS: Record<Strength['verdict'], string> = {
  strong: 'Strong',
  adequate: 'Adequate',
  'at-risk': 'At risk',
};

/** Pairs letters with their writers for the strength rules. */
export function withWriters(letters: Letter[], writers: Writer[]): LetterWithWriter[] {
  const byId = new Map(writers.map((writer) => [writer.id, writer]));
  return letters.flatMap((letter) => {
    const writer = byId.get(letter.writerId);
    return writer ? [{ letter, writer }] : [];
  });
}

/** The applicant as the strength rules see them: IMG rules follow where they trained, not where they are now. */
export function applicantFrom(settings: Settings): Applicant {
  return {
    specialty: settings.specialty,
    competitiveness: settings.competitiveness,
    img: settings.trainedAbroad,
    visaNeed: settings.visaNeed,
  };
}

/** Strength for a set of letters, for the applicant or one program. */
export function strengthOf(
  letters: Letter[],
  writers: Writer[],
  settings: Settings,
  today: string,
  program?: ProgramNeeds,
): Strength {
  return assessStrength(withWriters(letters, writers), applicantFrom(settings), today, program);
}

/** A small verdict badge. */
export function VerdictBadge({ verdict }: { verdict: Strength['verdict'] }) {
  return <span className={`sl-verdict sl-verdict-${verdict}`}>{VERDICT_LABELS[verdict]}</span>;
}

/** The strength card shown in the Next view: the verdict over the letter-set picture, then the step and reasons. */
export function StrengthCard({ strength, title, slots }: { strength: Strength; title: string; slots: ReactNode }) {
  return (
    <section className="sl-card" aria-label={title}>
      <h2 className="sl-h2">
        {title} <VerdictBadge verdict={strength.verdict} />
      </h2>
      <p className="sl-meta" data-testid="strength-summary">
        {strength.summary}
      </p>
      {slots}
      {strength.topStep && (
        <p className="sl-step">
          <strong>Best next step:</strong> {strength.topStep}
        </p>
      )}
      {strength.planned.length > 0 && (
        <ul className="sl-planned" aria-label="Planned letters">
          {strength.planned.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {strength.reasons.length > 0 && (
        <details>
          <summary>Why ({strength.reasons.length})</summary>
          <ul>
            {strength.reasons.slice(0, REASONS_SHOWN).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
            {strength.reasons.length > REASONS_SHOWN && (
              <li>…and {strength.reasons.length - REASONS_SHOWN} more; see each letter in the Letters tab.</li>
            )}
          </ul>
          <ul aria-label="Criteria">
            {strength.criteria.map((criterion) => (
              <li key={criterion.id}>
                {criterion.label}: {criterion.note} ({criterion.score} of {criterion.max})
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
