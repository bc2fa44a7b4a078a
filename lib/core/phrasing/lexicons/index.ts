/**
 * Every category lexicon, by name. Imported by the locale catalog's generator (and tests) only: the words reach
 * the rules through the catalog (text-source.ts), so the content script does not carry them in its JavaScript.
 */
import { backhanded } from './backhanded';
import { grindstone } from './effort';
import { minimalEndorsement } from './endorsement';
import { faintPraise, levelWithPeers } from './faint-praise';
import { hedgedKnowledge } from './hedge';
import { improvement } from './improvement';
import { negatedNegative } from './negated-negative';
import {
  anyPosition,
  attachmentDump,
  begging,
  lifeStory,
  massMailing,
  replyDeadline,
  tooManyFollowUps,
} from './outreach';
import { personal } from './personal';
import { presence } from './presence';
import { casualAsk, dictating, minimalAsk, selfUndermining, selfWritten, tooLate } from './requests';
import * as ruleWords from './rule-words';
import { effortCommunal, standoutAbility } from './standout';
import { thinContact } from './thin-contact';
import type { Lexicon } from './types';

export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  ...ruleWords,
  anyPosition,
  attachmentDump,
  backhanded,
  begging,
  casualAsk,
  dictating,
  effortCommunal,
  faintPraise,
  grindstone,
  hedgedKnowledge,
  improvement,
  levelWithPeers,
  lifeStory,
  massMailing,
  minimalAsk,
  minimalEndorsement,
  negatedNegative,
  personal,
  presence,
  replyDeadline,
  selfUndermining,
  selfWritten,
  standoutAbility,
  thinContact,
  tooLate,
  tooManyFollowUps,
};
