import { categoryLabel } from './text-source';
import type { CategoryId } from './types';

/** Rule categories in display order; their labels are words, kept in texts.ts with the rules' words. */
const CATEGORY_IDS: readonly CategoryId[] = [
  'faint-praise',
  'presence-only',
  'effort-only',
  'hedge',
  'backhanded',
  'negated-negative',
  'improvement',
  'vague-praise',
  'personal',
  'thin-contact',
  'weak-endorsement',
  'generic-ask',
  'crossing-a-line',
  'self-undermining',
  'dictating',
  'too-late',
  'vague-urgency',
  'missing-in-request',
  'outreach',
  'any-position',
  'mass-mailing',
  'reply-deadline',
  'begging',
  'attachment-dump',
  'too-many-follow-ups',
  'life-story',
  'whole-letter',
  'custom',
];

/** Rule categories with the labels the options page and the hint cards show. */
export const CATEGORIES: readonly { readonly id: CategoryId; readonly label: string }[] = CATEGORY_IDS.map((id) => ({
  id,
  get label() {
    return categoryLabel(id);
  },
}));
