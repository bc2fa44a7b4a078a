import type { CategoryId } from './types';

/** Rule categories with the labels the options page shows. */
export const CATEGORIES: readonly { id: CategoryId; label: string }[] = [
  { id: 'faint-praise', label: 'Faint praise' },
  { id: 'presence-only', label: 'Presence, not performance' },
  { id: 'effort-only', label: 'Effort without ability' },
  { id: 'hedge', label: 'Hedges and doubt' },
  { id: 'vague-praise', label: 'Vague, generic praise' },
  { id: 'personal', label: 'Personal or backhanded remarks' },
  { id: 'thin-contact', label: 'Thin contact' },
  { id: 'weak-endorsement', label: 'Endorsement with no strength' },
  { id: 'generic-ask', label: 'Generic opening or ask' },
  { id: 'crossing-a-line', label: 'Offers that cross a line' },
  { id: 'vague-urgency', label: 'Urgency with no date' },
  { id: 'missing-in-request', label: 'Missing from the request' },
  { id: 'outreach', label: 'Cold email' },
  { id: 'custom', label: 'Your phrases' },
];
