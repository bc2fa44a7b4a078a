/**
 * ValidationError: the one error every refused write throws, with field-level messages a person can read,
 * e.g. "Due date: use a real date like 2026-09-24".
 */
import type { z } from 'zod';
import { FIELD_LABELS } from './schema';

export interface FieldProblem {
  /** Dotted path of the field, e.g. `dueDate` or `concerns.id`; empty for the whole record. */
  field: string;
  /** The readable message, starting with the field's label. */
  message: string;
}

/** A write refused because the data is not acceptable; nothing was stored. */
export class ValidationError extends Error {
  readonly problems: FieldProblem[];

  constructor(problems: FieldProblem[] | string) {
    const list = typeof problems === 'string' ? [{ field: '', message: problems }] : problems;
    super(list.map((problem) => problem.message).join('\n') || 'The data is not valid');
    this.name = 'ValidationError';
    this.problems = list;
  }
}

function humanize(field: string): string {
  const spaced = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The readable label of a field path: the last named segment, e.g. `stageDates.asked` → "Stage dates (asked)". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const names = path.filter((part): part is string => typeof part === 'string');
  if (names.length === 0) return 'Record';
  const [first, ...rest] = names;
  const label = FIELD_LABELS[first] ?? humanize(first);
  return rest.length ? `${label} (${rest.join(', ')})` : label;
}

/** Messages for zod's generic failures, in plain words. */
function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `must be ${issue.expected === 'number' ? 'a number' : issue.expected === 'boolean' ? 'yes or no' : 'text'}`;
    case 'too_small':
      return issue.origin === 'string' ? 'is required' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${String(issue.maximum)} characters)`
        : `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/** Turns zod issues into readable problems. */
export function problemsFrom(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldProblem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    // Our own field messages are already plain; zod's defaults start with "Invalid" or "Too".
    const ours = issue.message && !/^(Invalid|Too |Unrecognized|Expected)/.test(issue.message);
    const message = ours ? issue.message : plainMessage(issue);
    return { field, message: `${prefix}${fieldLabel(issue.path)}: ${message}` };
  });
}

/** Parses with the schema or throws a ValidationError naming each bad field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(problemsFrom(result.error.issues));
  return result.data;
}
