/** What a program asks for that its assigned letters do not give: a letter in its specialty, or a chair's letter. */
import type { Program } from '@/lib/core/model/schema';
import { isSpecialtyLetter, type LetterWithWriter } from './index';

export interface MissingLetter {
  kind: 'specialty' | 'chair';
  /** A short marker, e.g. "No Internal Medicine letter". */
  label: string;
}

/** The required letters missing from a program's assigned set, for a marker beside the program. */
export function missingRequiredLetters(
  program: Pick<Program, 'specialty' | 'specialtyLetterRequired' | 'chairLetterRequired'>,
  assigned: LetterWithWriter[],
): MissingLetter[] {
  const missing: MissingLetter[] = [];
  const specialty = program.specialty?.trim() ?? '';
  if (program.specialtyLetterRequired && !assigned.some((item) => specialty && isSpecialtyLetter(item, specialty)))
    missing.push({ kind: 'specialty', label: specialty ? `No ${specialty} letter` : 'No specialty letter' });
  if (program.chairLetterRequired && !assigned.some((item) => item.writer.role === 'chair'))
    missing.push({ kind: 'chair', label: 'No chair letter' });
  return missing;
}
