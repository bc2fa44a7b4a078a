/** Kinds of text the analyzer knows; 'auto' asks it to detect the kind. */
export type Kind = 'letter' | 'request' | 'outreach';
export type KindOption = Kind | 'auto';
export type Severity = 'info' | 'warning' | 'error';
export type Scope = 'span' | 'document';

/** One finding. Offsets are UTF-16 indexes into the analyzed text, end exclusive. */
export interface Hint {
  start: number;
  end: number;
  ruleId: string;
  category: string;
  severity: Severity;
  scope: Scope;
  /** Why a program director or a busy writer reads this as weak. */
  message: string;
  /** What a strong letter or request says instead. */
  suggestion?: string;
  /** Only where a literal replacement makes sense. */
  replacement?: string;
  /** Set when the sentence model (model/) gave the hint, reading the whole sentence, rather than a rule's words. */
  learned?: true;
}

/** A phrase the user wants flagged (from the options page). */
export interface CustomPhrase {
  phrase: string;
  suggestion?: string;
}

export interface AnalyzeOptions {
  kind?: KindOption;
  disabledRules?: readonly string[];
  customPhrases?: readonly CustomPhrase[];
  /**
   * The conversation the text replies to (the quoted history under a reply). Read only for where the text sits
   * (e.g. the writer already agreed); it gets no hints of its own.
   */
  history?: string;
}

/** Where a match sits; handed to a rule's `reject` to veto look-alikes. */
export interface MatchContext {
  text: string;
  start: number;
  end: number;
  /** Bounds of the sentence that holds the match. */
  sentenceStart: number;
  sentenceEnd: number;
  /** True when `text` is already lower case, so the helpers need not lower it again. */
  lower?: boolean;
  /** The helpers' notes about the current sentence, kept while matches stay in it. */
  memo?: { start: number; end: number; sentence?: string; strong?: boolean };
  /** The paragraph around the current match and where its evidence and strong praise sit, kept while matches stay in it. */
  para?: ParagraphNotes;
}

/** What the helpers found in one paragraph: its bounds in the text, and the spans of evidence and of strong praise. */
export interface ParagraphNotes {
  start: number;
  end: number;
  text: string;
  /** True when the 1,500-character limit cut the paragraph (then it is not reused for another match). */
  clipped: boolean;
  evidence?: [number, number][];
  strong?: [number, number][];
  hours?: [number, number][];
}

/** A rule's words, kept in texts.ts (see there why). */
export interface RuleText {
  /** Short name for the options page and the request checklist. */
  title: string;
  /** Why it reads as weak (shown in the hint). */
  explanation: string;
  /** What to write instead. */
  suggestion: string;
}

interface RuleBase extends RuleText {
  id: string;
  category: CategoryId;
  /** Kinds of text this rule applies to. */
  kinds: readonly Kind[];
  severity: Severity;
}

/** Sentences a rule must flag and look-alikes it must leave alone; kept beside the rule, imported by tests only. */
export interface RuleExamples {
  flag: string[];
  pass: string[];
}

/** A rule that marks a phrase inside a sentence. */
export interface SpanRule extends RuleBase {
  scope: 'span';
  /** Regex source, case-insensitive, no capturing groups (use `(?:...)`). */
  pattern: string;
  /** The category lexicon (lexicons/index.ts) whose words make the pattern, read from the locale catalog. */
  lexicon?: string;
  /** Return true to drop a match (clinical use, negation, a strong qualifier nearby...). */
  reject?: (ctx: MatchContext) => boolean;
  /** The literal words to put in place of the match, where a mechanical fix is right (e.g. "a strong letter"). */
  replace?: (matched: string) => string | undefined;
  /** Keep matches even when a negation precedes them (the phrase carries its own "no"). */
  keepNegated?: boolean;
}

/** A rule about the whole text, e.g. a request with no deadline. */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  /** Flag when no paragraph matches this (regex source, case-insensitive). */
  requires?: string;
  /** The same, as the name of a catalog pattern (patterns.ts), for patterns the content script should not carry. */
  requiresPattern?: string;
  /** Flag when the text has more words than this. */
  maxWords?: number;
  /** Flag when the text has fewer words than this. */
  minWords?: number;
  /**
   * Judge only a text that looks finished: one of at least `words` words, or with a paragraph matching the catalog
   * pattern named `pattern` (a sign-off), so a half-typed draft is not told what it lacks.
   */
  readyWhen?: { words: number; pattern?: string };
  /** Judge only a text with a paragraph matching this catalog pattern (e.g. a request about residency). */
  onlyWhen?: string;
  /** Flag when words of the `heavy` lexicon (at least `min` of them) outnumber those of the `light` lexicon. */
  outweighs?: { heavy: string; light: string; min: number };
}

/** A property of the whole text that changes how its parts read, e.g. a letter that ranks the applicant. */
export interface DocumentSignal {
  id: string;
  kinds: readonly Kind[];
  /** Catalog pattern (patterns.ts; case-insensitive, ^ at line starts): the text has the signal when a paragraph matches. */
  pattern: string;
  /** Catalog pattern tested on the conversation the text replies to (AnalyzeOptions.history), if it counts there. */
  history?: string;
  /** Categories whose hints, span or whole-text, are not shown in a text with the signal ('learned': the sentence model's). */
  silences: readonly (CategoryId | 'learned')[];
  /** The text has the signal when the pattern matches this many times across it (default: once in a paragraph). */
  minCount?: number;
}

export type Rule = SpanRule | DocumentRule;

/** A rule as its file under rules/ defines it: everything but its words, which the registry adds. */
export type SpanRuleDef = Omit<SpanRule, keyof RuleText | 'pattern'> & ({ pattern: string } | { lexicon: string });
export type DocumentRuleDef = Omit<DocumentRule, keyof RuleText>;

export type CategoryId =
  | 'faint-praise'
  | 'presence-only'
  | 'effort-only'
  | 'hedge'
  | 'vague-praise'
  | 'personal'
  | 'thin-contact'
  | 'weak-endorsement'
  | 'generic-ask'
  | 'crossing-a-line'
  | 'vague-urgency'
  | 'missing-in-request'
  | 'outreach'
  | 'backhanded'
  | 'negated-negative'
  | 'improvement'
  | 'self-undermining'
  | 'dictating'
  | 'too-late'
  | 'any-position'
  | 'mass-mailing'
  | 'reply-deadline'
  | 'begging'
  | 'attachment-dump'
  | 'too-many-follow-ups'
  | 'life-story'
  | 'whole-letter'
  | 'custom';
