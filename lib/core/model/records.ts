/** Helpers shared by the record modules: new ids, timestamps, and "not found" errors. */
import { ValidationError } from './errors';

/** A new record id. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current moment as an ISO timestamp, for createdAt/updatedAt. */
export function nowStamp(): string {
  return new Date().toISOString();
}

/** A new record's bookkeeping: its own id (or a fresh one) and both timestamps set to now. */
export function stampNew<T extends { id?: string }>(
  fields: T,
): T & { id: string; createdAt: string; updatedAt: string } {
  const stamp = nowStamp();
  return { ...fields, id: fields.id ?? newId(), createdAt: stamp, updatedAt: stamp };
}

/** Throws the readable error for a record that is not there (deleted elsewhere, or a stale view). */
export function notFound(what: string, id: string): never {
  throw new ValidationError(`${what}: no ${what.toLowerCase()} with id ${id} (it may have been deleted)`);
}

/** Drops keys whose value is undefined, so a patch cannot erase a field by accident and stored rows stay tidy. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A change to some fields of a record: undefined leaves a field alone, null clears an optional one. */
export type Patch<T> = { [K in Exclude<keyof T, 'id'>]?: T[K] | null };

/** Applies a patch; id and createdAt never change, updatedAt moves to now. */
export function mergePatch<T extends { id: string; createdAt: string }>(current: T, patch: object): T {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || key === 'createdAt' || value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  next.updatedAt = nowStamp();
  return next as T;
}
