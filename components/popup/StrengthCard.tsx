/** The letter-set strength as pips per criterion plus words: verdict, top step and reasons. */

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

/** Pips for one criterion: filled up to the score. */
function Pips({ score, max }: { score: number; max: number }) {
  return (
    <span className="sl-pips" aria-hidden="true">
      {Array.from({ length: max }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: pips are fixed positions
        <span key={i} className={i < score ? 'sl-pip on' : 'sl-pip'} />
      ))}
    </span>
  );
}

/** A compact strength picture for one program: a pip group per criterion, then the best next step. */
export function MiniStrength({ strength }: { strength: Strength }) {
  const summary = strength.criteria.map((c) => `${c.label} ${c.score}/${c.max}`).join(', ');
  return (
    <div className="sl-mini">
      <span className="sl-sr">{summary}</span>
      {strength.criteria.map((criterion) => (
        <span key={criterion.id} title={`${criterion.label}: ${criterion.note}`}>
          <Pips score={criterion.score} max={criterion.max} />
        </span>
      ))}
      {strength.topStep && <p className="sl-meta">{strength.topStep}</p>}
    </div>
  );
}

/** The strength card shown at the top of the Next view. */
export function StrengthCard({ strength, title }: { strength: Strength; title: string }) {
  return (
    <section className="sl-card" aria-label={title}>
      <h2 className="sl-h2">
        {title} <VerdictBadge verdict={strength.verdict} />
      </h2>
      <p className="sl-meta" data-testid="strength-summary">
        {strength.summary}
      </p>
      <ul className="sl-criteria">
        {strength.criteria.map((criterion) => (
          <li key={criterion.id}>
            <span className="sl-criterion-label">{criterion.label}</span>
            <Pips score={criterion.score} max={criterion.max} />
            <span className="sl-muted">
              {criterion.note} ({criterion.score}/{criterion.max})
            </span>
          </li>
        ))}
      </ul>
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
        </details>
      )}
    </section>
  );
}
