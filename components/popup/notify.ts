/** Popup helpers shared by the views: tell the background the data changed, and read error messages. */
import { ValidationError } from '@/lib/data';
import { sendToBackground } from '@/lib/platform/protocol';

/** Asks the background to recompute the badge; harmless when nothing listens (tests, background asleep). */
export async function dataChanged(): Promise<void> {
  try {
    await sendToBackground({ type: 'data-changed' });
  } catch {
    // No background listening: the badge is recomputed on its next alarm.
  }
}

/** A message a user can read from any thrown error. */
export function errorText(error: unknown): string {
  if (error instanceof ValidationError) return error.problems.map((problem) => problem.message).join(' ');
  return error instanceof Error ? error.message : String(error);
}

/** Runs a write, then tells the background; returns an error message or undefined. */
export async function write(action: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await action();
  } catch (error) {
    return errorText(error);
  }
  await dataChanged();
  return undefined;
}
