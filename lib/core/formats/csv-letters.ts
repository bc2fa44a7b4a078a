/** Planning a letters file: each row carries a writer and maybe a letter; pure, like the other CSV steps. */
import { byCreated, looseText, lowerText, type PlanBuilder } from './csv-match';
import { buildRecord, type Fields, type ReadRow } from './csv-rows';

/**
 * Letters files: rows of one writer are grouped (by ref, or by name and email); each row may add or update a
 * letter. A writer's cells are taken from its first row with a writer ref, else its first row. A row without a
 * letter ref updates a stored letter of that writer for the same specialty that no other row has taken (one at
 * the same stage first), or adds one.
 */
export function planLetters(reads: ReadRow[], storedWriters: Fields[], allLetters: Fields[], plan: PlanBuilder): void {
  const storedLetters = [...allLetters].sort(byCreated);
  const storedWriter = new Map(storedWriters.map((w) => [w.id, w]));
  const storedLetter = new Map(storedLetters.map((l) => [l.id, l]));
  // Letters some row names by ref are spoken for: a row without a ref never takes one of them.
  const letterRefs = new Set<unknown>(
    reads.map((read) => read.values.letter?.id).filter((id) => typeof id === 'string'),
  );
  const lettersOf = new Map<unknown, Fields[]>();
  for (const letter of storedLetters)
    if (!letterRefs.has(letter.id)) lettersOf.set(letter.writerId, [...(lettersOf.get(letter.writerId) ?? []), letter]);
  const takenLetters = new Set<unknown>();

  // Each row's writer: its ref; else a writer of this file (rows with a ref first) or a stored one with the same
  // name (and email, when both have one); else a new writer per name and email.
  const storedByName = new Map<string, Fields[]>();
  for (const w of storedWriters)
    storedByName.set(looseText(w.name), [...(storedByName.get(looseText(w.name)) ?? []), w]);
  const writerOf = new Map<ReadRow, string>();
  const named = new Map<string, { key: string; email: string }[]>();
  const remember = (read: ReadRow, key: string) => {
    writerOf.set(read, key);
    const name = looseText(read.values.writer?.name);
    if (name) named.set(name, [...(named.get(name) ?? []), { key, email: lowerText(read.values.writer?.email) }]);
  };
  const refOf = (read: ReadRow) => read.values.writer?.id;
  for (const read of reads) if (typeof refOf(read) === 'string') remember(read, `id:${refOf(read)}`);
  for (const read of reads) {
    if (writerOf.has(read)) continue;
    const name = looseText(read.values.writer?.name);
    const email = lowerText(read.values.writer?.email);
    const same = (other: string) => !email || !other || other === email;
    const stored = storedByName.get(name)?.find((w) => same(lowerText(w.email)));
    const key = !name
      ? `row:${read.row}`
      : (named.get(name)?.find((w) => same(w.email))?.key ?? (stored ? `id:${stored.id}` : `new:${name}|${email}`));
    remember(read, key);
  }
  const source = new Map<string, ReadRow>();
  for (const read of reads) {
    const key = writerOf.get(read) as string;
    const current = source.get(key);
    if (!current || (typeof refOf(current) !== 'string' && typeof refOf(read) === 'string')) source.set(key, read);
  }

  /** Writers of this file by key, once built (undefined: the writer's row has a problem, reported once). */
  const writers = new Map<string, Fields | undefined>();
  for (const read of reads) {
    const key = writerOf.get(read) as string;
    if (!writers.has(key)) {
      const existing = key.startsWith('id:') ? storedWriter.get(key.slice(3)) : undefined;
      const built = buildRecord('writer', source.get(key) as ReadRow, existing, {}, plan.errors, ' (writer)');
      writers.set(key, built);
      plan.keep('writer', built, Boolean(existing));
    }
    const writer = writers.get(key);
    if (!writer) continue;
    const letterFields = read.values.letter ?? {};
    if (Object.keys(letterFields).length === 0 || !plan.uniqueRef('letter', read)) continue;
    let existingLetter: Fields | undefined;
    if (typeof letterFields.id === 'string') existingLetter = storedLetter.get(letterFields.id);
    else {
      const candidates = (lettersOf.get(writer.id) ?? []).filter(
        (l) => !takenLetters.has(l.id) && looseText(l.specialty) === looseText(letterFields.specialty),
      );
      existingLetter = candidates.find((l) => l.stage === letterFields.stage) ?? candidates[0];
      if (existingLetter) takenLetters.add(existingLetter.id);
    }
    plan.keep(
      'letter',
      buildRecord('letter', read, existingLetter, { writerId: writer.id }, plan.errors, ' (letter)'),
      Boolean(existingLetter),
    );
  }
}
