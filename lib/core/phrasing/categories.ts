import { categoryLabel } from './text-source';
import type { CategoryId } from './types';

/** Rule categories in display order; their labels are words, kept in texts.ts with the rules' words. */
const CATEGORY_IDS: readonly CategoryId[] = [
  'faint-praise',
  'presence-only',
  'effort-only',
  'hedge',
  'vague-praise',
  'personal',
  'thin-contact',
  'weak-endorsement',
  'generic-ask',
  'crossing-a-line',
  'vague-urgency',
  'missing-in-request',
  'outreach',
  'custom',
];

/** Rule categories with the labels the options page and the hint cards show. */
export const CATEGORIES: readonly { readonly id: CategoryId; readonly label: string }[] = CATEGORY_IDS.map((id) => ({
  id,
  get label() {
    return categoryLabel(id);
  },
}));
