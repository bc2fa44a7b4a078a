import { rule as effortOnly } from './rules/effort-only';
import { rule as faintAdequate } from './rules/faint-adequate';
import { rule as faintCompetent } from './rules/faint-competent';
import { rule as faintMetExpectations } from './rules/faint-met-expectations';
import { rule as faintNoComplaints } from './rules/faint-no-complaints';
import { rule as faintSatisfactory } from './rules/faint-satisfactory';
import { rule as faintShouldBeAble } from './rules/faint-should-be-able';
import { rule as hedgeAlthough } from './rules/hedge-although';
import { rule as hedgeAtTimes } from './rules/hedge-at-times';
import { rule as hedgeConcerns } from './rules/hedge-concerns';
import { rule as hedgeImprovement } from './rules/hedge-improvement';
import { rule as hedgePotential } from './rules/hedge-potential';
import { rule as hedgeQualifiers } from './rules/hedge-qualifiers';
import { rule as hedgeReserved } from './rules/hedge-reserved';
import { rule as hedgeSeems } from './rules/hedge-seems';
import { rule as hedgeSupervision } from './rules/hedge-supervision';
import { rule as letterBackhanded } from './rules/letter-backhanded';
import { rule as letterGrindstone } from './rules/letter-grindstone';
import { rule as letterGrindstoneHeavy } from './rules/letter-grindstone-heavy';
import { rule as letterHedgedKnowledge } from './rules/letter-hedged-knowledge';
import { rule as letterImprovement } from './rules/letter-improvement';
import { rule as letterLevelWithPeers } from './rules/letter-level-with-peers';
import { rule as letterLukewarm } from './rules/letter-lukewarm';
import { rule as letterMinimalEndorsement } from './rules/letter-minimal-endorsement';
import { rule as letterNegatedNegative } from './rules/letter-negated-negative';
import { rule as letterNoComparison } from './rules/letter-no-comparison';
import { rule as letterNoExample } from './rules/letter-no-example';
import { rule as letterPersonal } from './rules/letter-personal';
import { rule as letterPresence } from './rules/letter-presence';
import { rule as letterThinRemote } from './rules/letter-thin-remote';
import { rule as letterTooShort } from './rules/letter-too-short';
import { rule as outreachAnyPosition } from './rules/outreach-any-position';
import { rule as outreachAttachments } from './rules/outreach-attachments';
import { rule as outreachBegging } from './rules/outreach-begging';
import { rule as outreachFollowUpPressure } from './rules/outreach-follow-up-pressure';
import { rule as outreachGenericOpening } from './rules/outreach-generic-opening';
import { rule as outreachLifeStory } from './rules/outreach-life-story';
import { rule as outreachMassMailing } from './rules/outreach-mass-mailing';
import { rule as outreachNoAsk } from './rules/outreach-no-ask';
import { rule as outreachNoRecipientWork } from './rules/outreach-no-recipient-work';
import { rule as outreachReplyDeadline } from './rules/outreach-reply-deadline';
import { rule as outreachTooLong } from './rules/outreach-too-long';
import { rule as outreachVagueAsk } from './rules/outreach-vague-ask';
import { rule as personalBackhanded } from './rules/personal-backhanded';
import { rule as personalLife } from './rules/personal-life';
import { rule as presenceAttended } from './rules/presence-attended';
import { rule as presenceTasks } from './rules/presence-tasks';
import { rule as requestAnyLetter } from './rules/request-any-letter';
import { rule as requestCasual } from './rules/request-casual';
import { rule as requestDictating } from './rules/request-dictating';
import { rule as requestGenericSalutation } from './rules/request-generic-salutation';
import { rule as requestMinimalAsk } from './rules/request-minimal-ask';
import { rule as requestNoDeadline } from './rules/request-no-deadline';
import { rule as requestNoMaterials } from './rules/request-no-materials';
import { rule as requestNoSpecialty } from './rules/request-no-specialty';
import { rule as requestNotStrong } from './rules/request-not-strong';
import { rule as requestNotWaive } from './rules/request-not-waive';
import { rule as requestOfferDraft } from './rules/request-offer-draft';
import { rule as requestSelfUndermining } from './rules/request-self-undermining';
import { rule as requestSelfWritten } from './rules/request-self-written';
import { rule as requestTooLate } from './rules/request-too-late';
import { rule as requestVagueUrgency } from './rules/request-vague-urgency';
import { rule as thinContact } from './rules/thin-contact';
import { rule as vagueGood } from './rules/vague-good';
import { rule as vaguePleasant } from './rules/vague-pleasant';
import { rule as weakEndorsement } from './rules/weak-endorsement';
import { lexiconPattern, ruleText } from './text-source';
import type { DocumentRuleDef, Rule, SpanRuleDef } from './types';

/** Every built-in rule, one file each under rules/. Order matters where two rules match at the same place: the first wins. */
const DEFINITIONS: readonly (SpanRuleDef | DocumentRuleDef)[] = [
  personalBackhanded,
  personalLife,
  thinContact,
  faintSatisfactory,
  faintAdequate,
  faintMetExpectations,
  faintNoComplaints,
  faintShouldBeAble,
  faintCompetent,
  presenceAttended,
  presenceTasks,
  effortOnly,
  hedgeConcerns,
  hedgeImprovement,
  hedgeSupervision,
  hedgePotential,
  hedgeSeems,
  hedgeQualifiers,
  hedgeAtTimes,
  hedgeReserved,
  hedgeAlthough,
  vagueGood,
  vaguePleasant,
  weakEndorsement,
  letterLukewarm,
  letterLevelWithPeers,
  letterPresence,
  letterGrindstone,
  letterHedgedKnowledge,
  letterBackhanded,
  letterNegatedNegative,
  letterImprovement,
  letterPersonal,
  letterThinRemote,
  letterMinimalEndorsement,
  letterNoExample,
  letterNoComparison,
  letterTooShort,
  letterGrindstoneHeavy,
  requestGenericSalutation,
  requestOfferDraft,
  requestNotWaive,
  requestAnyLetter,
  requestNotStrong,
  requestVagueUrgency,
  requestNoDeadline,
  requestNoMaterials,
  requestNoSpecialty,
  requestMinimalAsk,
  requestSelfUndermining,
  requestDictating,
  requestTooLate,
  requestSelfWritten,
  requestCasual,
  outreachGenericOpening,
  outreachVagueAsk,
  outreachNoAsk,
  outreachNoRecipientWork,
  outreachTooLong,
  outreachAnyPosition,
  outreachMassMailing,
  outreachReplyDeadline,
  outreachBegging,
  outreachAttachments,
  outreachFollowUpPressure,
  outreachLifeStory,
];

/** The rules with their words (title, explanation, suggestion), read from the catalog when they are used. */
export const RULES: readonly Rule[] = DEFINITIONS.map((def) =>
  Object.defineProperties(
    { ...def },
    {
      title: { get: () => ruleText(def.id).title, enumerable: true },
      explanation: { get: () => ruleText(def.id).explanation, enumerable: true },
      suggestion: { get: () => ruleText(def.id).suggestion, enumerable: true },
      ...('lexicon' in def && def.lexicon
        ? { pattern: { get: () => lexiconPattern(def.lexicon as string), enumerable: true } }
        : {}),
    },
  ),
) as Rule[];
