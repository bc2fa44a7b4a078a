// Patterns the whole-letter checks share (rules/letter-*-doc). Regex sources, case-insensitive, matched per paragraph.

/** A sign-off or a closing line: the writer has finished the letter. */
export const CLOSING = String.raw`^\s*(?:sincerely|yours (?:sincerely|truly|faithfully)|(?:with )?(?:best|kind|warm|kindest|warmest)? ?regards|respectfully(?: yours)?|(?:with )?best wishes|cordially)\b|\b(?:please|do) (?:do not|don['’]t|feel free to)? ?(?:hesitate to )?(?:contact|reach|call|email) me\b|\bif you (?:have|need) (?:any )?(?:further |more |additional )?(?:questions|information)\b|\bshould you (?:have|need|require)\b`;

/** A letter is judged as a whole once it has a closing, or this many words (a half-typed draft is left alone). */
export const LETTER_READY = { words: 150, pattern: CLOSING };

const CLINICAL_OBJECT =
  '(?:patients?|case|cases|diagnos[ie]s|differential|sepsis|stroke|infarct\\w*|embolism|pneumonia|bleed\\w*|arrhythmia|ecg|ekg|x-rays?|scans?|ct|mri|labs?|plans?|doses?|dosing|medications?|drugs?|famil(?:y|ies)|rounds|codes?|consults?|admissions?|notes|presentations?|studies|study|project|paper|abstract|manuscript|audit|protocol|trial|database|registry|clinic|ward|service|team|students|residents|session|lecture|workshop|curriculum|quality)';

/**
 * Something specific: a number (not a year), a patient story ("a 70-year-old man who", "one night", "for example"), or an
 * action with a clinical or academic object ("diagnosed the embolism", "presented three cases", "led the audit").
 */
export const SPECIFIC = String.raw`(?:^|[^\w.])(?!(?:19|20)\d\d\b)\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|dozens of|several) (?:\w+ )?(?:patients|cases|weeks|months|years|presentations|consults|admissions|procedures|nights|shifts|students|residents|papers|abstracts|projects|sessions|times)\b|\b(?:a|an|one|the|our) (?:[\w-]+ ){0,2}(?:patient|man|woman|boy|girl|child|infant|toddler|newborn|gentleman|lady|mother|father|teenager)(?: \w+)? (?:who|whose|with|admitted|presenting|that)\b|\bone (?:night|morning|evening|afternoon|weekend|day|shift|call)\b|\bon one occasion\b|\bin one case\b|\bfor (?:example|instance)\b|\bi (?:remember|recall)\b|\b(?:diagnosed|recogni[sz]ed|caught|identified|detected|spotted|noticed|managed|presented|intubated|resuscitated|sutured|performed|interpreted|examined|admitted|counsel(?:l)?ed|explained|reviewed|ordered|adjusted|drafted|wrote|led|ran|taught|designed|published|built|organi[sz]ed|proposed|suggested)\b(?: [\w'’-]+){0,5}? ${CLINICAL_OBJECT}\b`;
