import type { Lexicon } from './types';
import { MADERA_2009, SCHMADER, TRIX_PSENKA } from './types';

/** Grindstone idioms: effort, hours and compliance instead of ability. */
export const grindstone: Lexicon = {
  category: 'effort-only',
  sources: [TRIX_PSENKA, SCHMADER, MADERA_2009],
  terms: [
    'first (?:one |person )?(?:to arrive|in|on the (?:floor|ward|unit)|to come)',
    'last (?:one |person )?(?:to leave|to go home|out)',
    '(?:often |always |usually )?the last to (?:go home|leave)',
    '(?:put|puts|putting) in (?:long|extra|late|countless|many) hours',
    'long hours',
    'stay(?:ed|s|ing)? (?:late|behind|after (?:hours|sign-?out|rounds|work)|well after)',
    'never (?:shied|shies|shy) away from',
    'scut(?: work)?',
    'without (?:a (?:single )?)?(?:complaint|complaining|a fuss|fuss|being asked)',
    '(?:finished|completed|did|carried out|handled) (?:every|each|all (?:of )?(?:the|his|her|their)?) ?(?:task|assignment|job|duty|duties|chores?|tasks)',
    'whatever (?:task|job|work) (?:i|we) (?:gave|assigned|asked)',
    'work ethic',
    'workhorse',
    'carr(?:y|ies|ied) whatever (?:load|work|task)',
    'tireless(?:ly)?',
    'meticulous about',
    'kept (?:the|his|her|their|our) (?:patient )?(?:list|notes|census) (?:updated|up to date)',
    'never (?:said no|refused|complained)',
    'willing to do (?:anything|whatever)',
    '(?:leave|left|go home|went home) (?:the (?:\\w+ )?)?(?:before|until) (?:the )?(?:last|every|all)',
    '(?:(?:at|in|on) (?:the )?(?:hospital|ward|floor|unit|clinic|lab)|arrived|arrives|arriving|came in|comes in) (?:\\w+ly )?(?:by|before|at) (?:[4-7](?::\\d\\d)? ?a\\.?m|dawn|sunrise|everyone)',
    'arriv(?:ed|es|ing) (?:early|before (?:the|everyone|anyone))',
    '(?:eager(?:ness)?|keen(?:ness)?|willing(?:ness)?|desire|thirst|hunger) (?:to|for) learn(?:ing)?',
    'never (?:once )?(?:missed|skipped) (?:a |an |any |one )?(?:single )?(?:day|shift|session|class|lecture|conference|rounds|meeting|deadline|call)',
    'never (?:once )?(?:did i see|saw|have i seen|did (?:he|she|they)) (?:him |her |them )?(?:leave|go home)',
    'show(?:ed|s|ing)? up (?:early|first|on time|every day)',
    'pre-?round(?:ed|s|ing)? on (?:every|all|each)',
    'ke(?:ep|eps|pt|eping) (?:the|his|her|their|our) (?:patient )?(?:list|notes|census|sign-?out) (?:updated|up to date|current|tidy)',
  ],
};
