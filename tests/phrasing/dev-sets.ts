import type { TrainingSentence } from '@/lib/core/phrasing/model/train';
import { TESTSET } from './dev-set';
import devSet2 from './dev-set-2.json';
import devSet3 from './dev-set-3.json';
import devSet4 from './dev-set-4.json';
import devSet5 from './dev-set-5.json';
import devSet6 from './dev-set-6.json';
import devSet7 from './dev-set-7.json';
import devSet8 from './dev-set-8.json';
import devSet9 from './dev-set-9.json';
import devSet10 from './dev-set-10.json';
import devSet11 from './dev-set-11.json';
import devSet12 from './dev-set-12.json';
import devSet13 from './dev-set-13.json';
import devSet14 from './dev-set-14.json';
import devSet15 from './dev-set-15.json';
import devSet16 from './dev-set-16.json';
import devSet17 from './dev-set-17.json';
import devSet18 from './dev-set-18.json';
import devSet19 from './dev-set-19.json';
import devSet20 from './dev-set-20.json';
import devSet21 from './dev-set-21.json';
import neutralEmails from './neutral-emails.json';
import neutralLetters from './neutral-letters.json';
import neutralLetters2 from './neutral-letters-2.json';

/**
 * The development set: the team's own sentences, one set written from the category descriptions by a helper who had
 * not seen the rules, and the splits A, B, D, E, F, G, H, I, J, K, L, M (requests and cold emails only) N, Q, R, U, W and Y1 (letters only), P, T and Y2 once each was scored and read. Rules are tuned
 * and the sentence model is trained on these; the sealed split (sealed-set.json) is never among them.
 */
export const DEV_SET: TrainingSentence[] = [
  ...TESTSET,
  ...(devSet2 as TrainingSentence[]),
  ...(devSet3 as TrainingSentence[]),
  ...(devSet4 as TrainingSentence[]),
  ...(devSet5 as TrainingSentence[]),
  ...(devSet6 as TrainingSentence[]),
  ...(devSet7 as TrainingSentence[]),
  ...(devSet8 as TrainingSentence[]),
  ...(devSet9 as TrainingSentence[]),
  ...(devSet10 as TrainingSentence[]),
  ...(devSet11 as TrainingSentence[]),
  ...(devSet12 as TrainingSentence[]),
  ...(devSet13 as TrainingSentence[]),
  ...(devSet14 as TrainingSentence[]),
  ...(devSet15 as TrainingSentence[]),
  ...(devSet16 as TrainingSentence[]),
  ...(devSet17 as TrainingSentence[]),
  ...(devSet18 as TrainingSentence[]),
  ...(devSet19 as TrainingSentence[]),
  ...(devSet20 as TrainingSentence[]),
  ...(devSet21 as TrainingSentence[]),
];

/**
 * Ordinary sentences of real-looking letters and emails (greetings, logistics, plain facts, template lines), written
 * by a helper so the sentence model learns what unremarkable prose looks like; all labelled ok.
 */
export const NEUTRAL_SET: TrainingSentence[] = [
  ...(neutralLetters as TrainingSentence[]),
  ...(neutralLetters2 as TrainingSentence[]),
  ...(neutralEmails as TrainingSentence[]),
];
