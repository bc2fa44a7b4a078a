import type { CategoryId } from '../types';

/**
 * The words of one category, as data: regex fragments (lower case, no capturing groups), and the research or
 * article each list draws on. A rule joins a lexicon into its pattern and adds the grammar of where it counts.
 */
export interface Lexicon {
  category: CategoryId;
  /** Where the words come from. */
  sources: readonly string[];
  terms: readonly string[];
}

/** One non-capturing alternation of a lexicon's terms. */
export function alternation(lexicon: Lexicon | readonly string[]): string {
  const terms = 'terms' in lexicon ? lexicon.terms : lexicon;
  return `(?:${terms.join('|')})`;
}

export const TRIX_PSENKA =
  'Trix & Psenka 2003, "Exploring the color of glass: letters of recommendation for female and male medical faculty" (grindstone adjectives, doubt raisers, minimal assurance)';
export const MADERA_2009 =
  'Madera, Hebl & Martin 2009, "Gender and letters of recommendation for academia: agentic and communal differences"';
export const MADERA_2019 =
  'Madera, Hebl, Dial, Martin & Valian 2019, "Raising doubt in letters of recommendation for academia"';
export const SCHMADER =
  'Schmader, Whitehead & Wysocki 2007, "A linguistic comparison of letters of recommendation for male and female chemistry and biochemistry job applicants" (standout and grindstone words)';
export const DOMAIN_001 = 'shared/domain 001: the 2027-cycle guide, weak vs strong phrasing table and how to ask';
export const DOMAIN_000 = 'shared/domain 000: earning US letters as an IMG, outreach and the common mistakes';
