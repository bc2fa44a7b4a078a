/** The plan back from the Match year for an early start, and a frank note when it is late. */
import { type BackwardPlan, backwardPlan } from '@/lib/core/calendar/plan';
import { longDate } from '@/lib/core/kit';
import type { Writer } from '@/lib/data';

const US_POSITIONS = new Set(['us-hands-on', 'externship', 'observership', 'research']);
const short = (date: string) => longDate(date).replace(/^\w+, /, '');

/** True when some writer already gives the applicant US contact (a rotation, externship, observership or research). */
export function hasUsPosition(writers: Pick<Writer, 'usBased' | 'contactType'>[]): boolean {
  return writers.some((writer) => writer.usBased && US_POSITIONS.has(writer.contactType));
}

/** The early-start windows for the user's Match year, with the late-start note when it applies. */
export function BackwardPlanView({
  cycleYear,
  writers,
  today,
}: {
  cycleYear: number;
  writers: Writer[];
  today: string;
}) {
  const plan: BackwardPlan = backwardPlan(cycleYear, today, { hasUsPosition: hasUsPosition(writers) });
  return (
    <section aria-labelledby="plan-heading">
      <h3 id="plan-heading">Starting early: the plan back from the {cycleYear} Match</h3>
      <p className="sl-muted">ERAS opens {short(plan.erasOpens)}.</p>
      <ol>
        {plan.steps.map((step) => (
          <li key={step.id}>
            <strong>{step.title}</strong>: {short(step.from)} to {short(step.to)}. {step.detail}
          </li>
        ))}
      </ol>
      {plan.lateStart && (
        <p className="sl-late-note" role="note">
          {plan.lateStart}
        </p>
      )}
    </section>
  );
}
