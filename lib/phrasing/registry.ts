import { rule as effortOnly } from './rules/effort-only';
import { rule as faintSatisfactory } from './rules/faint-satisfactory';
import { rule as requestGenericSalutation } from './rules/request-generic-salutation';
import type { Rule } from './types';

/** Every built-in rule, in the order they are tried. One file per rule under rules/. */
export const RULES: readonly Rule[] = [faintSatisfactory, effortOnly, requestGenericSalutation];
