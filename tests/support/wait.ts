/** Polls until fn returns a truthy value (no fixed sleeps). */
export async function waitFor<T>(
  fn: () => Promise<T> | T,
  { timeout = 10_000, interval = 100, message = 'condition' } = {},
) {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < timeout) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${message}${last ? `: ${last}` : ''}`);
}
