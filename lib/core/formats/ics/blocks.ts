/**
 * Cuts an .ics text into its events and time zones, each with the line it starts on, so that one broken
 * event can be named by line and the others still read. The content of each block is read by ical.js.
 */

/** One VEVENT or VTIMEZONE of the file, unfolded, with any inner component the file left open closed. */
export interface Block {
  name: 'VEVENT' | 'VTIMEZONE';
  /** The 1-based line of its BEGIN in the file as written. */
  line: number;
  /** Unfolded content lines, BEGIN and END included. */
  lines: string[];
  /** The file ended before this block's END line. */
  unclosed: boolean;
}

interface Line {
  text: string;
  number: number;
}

/** Undoes line folding (a line starting with a space or tab continues the previous one), keeping line numbers. */
function unfold(text: string): Line[] {
  const result: Line[] = [];
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const [index, raw] of physical.entries()) {
    const last = result[result.length - 1];
    if (last && (raw.startsWith(' ') || raw.startsWith('\t'))) last.text += raw.slice(1);
    else result.push({ text: raw, number: index + 1 });
  }
  return result;
}

const CAPTURED = new Set(['VEVENT', 'VTIMEZONE']);

function componentName(text: string, keyword: 'BEGIN' | 'END'): string | undefined {
  const m = /^(BEGIN|END):([A-Za-z0-9-]+)\s*$/.exec(text.trim());
  return m && m[1].toUpperCase() === keyword ? m[2].toUpperCase() : undefined;
}

/** Closes inner components the file left open, so a missing END:VALARM does not lose the event. */
function closeInner(block: Block, open: string[]): void {
  for (const name of open.slice(1).reverse()) block.lines.push(`END:${name}`);
}

/**
 * The VEVENT and VTIMEZONE blocks of a calendar text, wherever they sit; lines with no colon (which cannot be
 * properties) and blank lines are left out. Whether the text is a calendar at all is for the caller to check.
 */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let open: string[] = [];
  for (const line of unfold(text)) {
    const begin = componentName(line.text, 'BEGIN');
    const end = componentName(line.text, 'END');
    if (!current) {
      if (begin && CAPTURED.has(begin)) {
        current = { name: begin as Block['name'], line: line.number, lines: [`BEGIN:${begin}`], unclosed: false };
        open = [begin];
      }
      continue;
    }
    if (begin) {
      open.push(begin);
      current.lines.push(`BEGIN:${begin}`);
    } else if (end === current.name) {
      closeInner(current, open);
      current.lines.push(`END:${end}`);
      blocks.push(current);
      current = undefined;
    } else if (end) {
      const at = open.lastIndexOf(end);
      if (at > 0) {
        for (const name of open.slice(at).reverse()) current.lines.push(`END:${name}`);
        open.length = at;
      }
    } else if (line.text.includes(':')) {
      current.lines.push(line.text);
    }
  }
  if (current) {
    closeInner(current, open);
    current.lines.push(`END:${current.name}`);
    blocks.push({ ...current, unclosed: true });
  }
  return blocks;
}

/** True when the text has a BEGIN:VCALENDAR line. */
export function isCalendarText(text: string): boolean {
  return /^BEGIN:VCALENDAR[ \t]*$/im.test(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}

/** A text property of a block read without ical.js (for naming what ical.js cannot read), e.g. its SUMMARY. */
export function propertyGuess(block: Block, name: string): string | undefined {
  const line = block.lines.find((l) => new RegExp(`^${name}[;:]`, 'i').test(l));
  if (!line) return undefined;
  const value = line.slice(line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/) + 1);
  return unescapeText(value).trim() || undefined;
}

/** The title a block gives on its SUMMARY line, read without ical.js. */
export const summaryGuess = (block: Block) => propertyGuess(block, 'SUMMARY');

/** RFC 5545 TEXT unescaping in one pass, so "\\n" (an escaped backslash, then n) stays a backslash and an n. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_all, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}
