/** One program's row heading: name and verdict, "2 of 3 assigned" with a bar of slots, and markers for missing required letters. */
import type { Strength } from '@/lib/core/strength';
import type { MissingLetter } from '@/lib/core/strength/program-needs';
import type { Program } from '@/lib/data';
import { VerdictBadge } from './StrengthCard';

interface Props {
  program: Program;
  assigned: number;
  strength: Strength;
  missing: MissingLetter[];
}

export function ProgramSummary({ program, assigned, strength, missing }: Props) {
  const required = program.lettersRequired;
  const slots = Math.max(required, Math.min(assigned, 4));
  return (
    <>
      <span className="sl-program-name">{program.name}</span> <VerdictBadge verdict={strength.verdict} />
      <div className="sl-assigned">
        <span className="sl-assigned-bar" aria-hidden="true">
          {Array.from({ length: slots }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed positions
            <span key={i} className={i < assigned ? 'sl-assigned-slot on' : 'sl-assigned-slot'} />
          ))}
        </span>
        <span className={assigned < required ? 'sl-assigned-short' : undefined}>
          {assigned} of {required} assigned
        </span>
      </div>
      {missing.map((need) => (
        <span key={need.kind} className="sl-missing">
          <span aria-hidden="true">!</span> {need.label}
        </span>
      ))}
      {strength.topStep && <p className="sl-meta">{strength.topStep}</p>}
      {program.service === 'ResidencyCAS' && (
        <p className="sl-warn">Uses ResidencyCAS, not ERAS: letters are requested and uploaded there separately.</p>
      )}
    </>
  );
}
