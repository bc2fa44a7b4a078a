import type { Chunk } from './engine';
import type { SpanRule } from './types';

// The content script's lib/phrasing/split-layout (swapped in by its build in wxt.config.ts): its rule sets keep
// the simple layout. It re-checks one paragraph per keystroke, where the split layout's build (about 10 ms,
// 40 ms the first time) would not pay back, and the splitter would take a twentieth of its 30 KB budget.

export function splitLayout(_rules: SpanRule[], _limit: number): ((flags: string) => Chunk[]) | null {
  return null;
}

/** The context helpers' regexes as they are written. */
export function fast(re: RegExp): RegExp {
  return re;
}
