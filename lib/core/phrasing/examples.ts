import { examples as effortOnly } from './rules/effort-only';
import { examples as faintAdequate } from './rules/faint-adequate';
import { examples as faintCompetent } from './rules/faint-competent';
import { examples as faintMetExpectations } from './rules/faint-met-expectations';
import { examples as faintNoComplaints } from './rules/faint-no-complaints';
import { examples as faintSatisfactory } from './rules/faint-satisfactory';
import { examples as faintShouldBeAble } from './rules/faint-should-be-able';
import { examples as hedgeAlthough } from './rules/hedge-although';
import { examples as hedgeAtTimes } from './rules/hedge-at-times';
import { examples as hedgeConcerns } from './rules/hedge-concerns';
import { examples as hedgeImprovement } from './rules/hedge-improvement';
import { examples as hedgePotential } from './rules/hedge-potential';
import { examples as hedgeQualifiers } from './rules/hedge-qualifiers';
import { examples as hedgeReserved } from './rules/hedge-reserved';
import { examples as hedgeSeems } from './rules/hedge-seems';
import { examples as hedgeSupervision } from './rules/hedge-supervision';
import { examples as letterBackhanded } from './rules/letter-backhanded';
import { examples as letterGrindstone } from './rules/letter-grindstone';
import { examples as letterGrindstoneHeavy } from './rules/letter-grindstone-heavy';
import { examples as letterHedgedKnowledge } from './rules/letter-hedged-knowledge';
import { examples as letterImprovement } from './rules/letter-improvement';
import { examples as letterLevelWithPeers } from './rules/letter-level-with-peers';
import { examples as letterLukewarm } from './rules/letter-lukewarm';
import { examples as letterMinimalEndorsement } from './rules/letter-minimal-endorsement';
import { examples as letterNegatedNegative } from './rules/letter-negated-negative';
import { examples as letterNoComparison } from './rules/letter-no-comparison';
import { examples as letterNoExample } from './rules/letter-no-example';
import { examples as letterPersonal } from './rules/letter-personal';
import { examples as letterPresence } from './rules/letter-presence';
import { examples as letterThinRemote } from './rules/letter-thin-remote';
import { examples as letterTooShort } from './rules/letter-too-short';
import { examples as outreachAnyPosition } from './rules/outreach-any-position';
import { examples as outreachAttachments } from './rules/outreach-attachments';
import { examples as outreachBegging } from './rules/outreach-begging';
import { examples as outreachFollowUpPressure } from './rules/outreach-follow-up-pressure';
import { examples as outreachGenericOpening } from './rules/outreach-generic-opening';
import { examples as outreachLifeStory } from './rules/outreach-life-story';
import { examples as outreachMassMailing } from './rules/outreach-mass-mailing';
import { examples as outreachNoAsk } from './rules/outreach-no-ask';
import { examples as outreachNoRecipientWork } from './rules/outreach-no-recipient-work';
import { examples as outreachReplyDeadline } from './rules/outreach-reply-deadline';
import { examples as outreachTooLong } from './rules/outreach-too-long';
import { examples as outreachVagueAsk } from './rules/outreach-vague-ask';
import { examples as personalBackhanded } from './rules/personal-backhanded';
import { examples as personalLife } from './rules/personal-life';
import { examples as presenceAttended } from './rules/presence-attended';
import { examples as presenceTasks } from './rules/presence-tasks';
import { examples as requestAnyLetter } from './rules/request-any-letter';
import { examples as requestCasual } from './rules/request-casual';
import { examples as requestDictating } from './rules/request-dictating';
import { examples as requestGenericSalutation } from './rules/request-generic-salutation';
import { examples as requestMinimalAsk } from './rules/request-minimal-ask';
import { examples as requestNoDeadline } from './rules/request-no-deadline';
import { examples as requestNoMaterials } from './rules/request-no-materials';
import { examples as requestNoSpecialty } from './rules/request-no-specialty';
import { examples as requestNotStrong } from './rules/request-not-strong';
import { examples as requestNotWaive } from './rules/request-not-waive';
import { examples as requestOfferDraft } from './rules/request-offer-draft';
import { examples as requestSelfUndermining } from './rules/request-self-undermining';
import { examples as requestSelfWritten } from './rules/request-self-written';
import { examples as requestTooLate } from './rules/request-too-late';
import { examples as requestVagueUrgency } from './rules/request-vague-urgency';
import { examples as thinContact } from './rules/thin-contact';
import { examples as vagueGood } from './rules/vague-good';
import { examples as vaguePleasant } from './rules/vague-pleasant';
import { examples as weakEndorsement } from './rules/weak-endorsement';
import type { RuleExamples } from './types';

/** Every rule's example sentences, by rule id. Test-only: the shipped registry leaves them out to keep the content script small. */
export const EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  'effort-only': effortOnly,
  'faint-adequate': faintAdequate,
  'faint-competent': faintCompetent,
  'faint-met-expectations': faintMetExpectations,
  'faint-no-complaints': faintNoComplaints,
  'faint-satisfactory': faintSatisfactory,
  'faint-should-be-able': faintShouldBeAble,
  'hedge-although': hedgeAlthough,
  'hedge-at-times': hedgeAtTimes,
  'hedge-concerns': hedgeConcerns,
  'hedge-improvement': hedgeImprovement,
  'hedge-potential': hedgePotential,
  'hedge-qualifiers': hedgeQualifiers,
  'hedge-reserved': hedgeReserved,
  'hedge-seems': hedgeSeems,
  'hedge-supervision': hedgeSupervision,
  'outreach-generic-opening': outreachGenericOpening,
  'outreach-no-ask': outreachNoAsk,
  'outreach-no-recipient-work': outreachNoRecipientWork,
  'outreach-too-long': outreachTooLong,
  'outreach-vague-ask': outreachVagueAsk,
  'personal-backhanded': personalBackhanded,
  'personal-life': personalLife,
  'presence-attended': presenceAttended,
  'presence-tasks': presenceTasks,
  'request-any-letter': requestAnyLetter,
  'request-generic-salutation': requestGenericSalutation,
  'request-no-deadline': requestNoDeadline,
  'request-no-materials': requestNoMaterials,
  'request-no-specialty': requestNoSpecialty,
  'request-not-strong': requestNotStrong,
  'request-not-waive': requestNotWaive,
  'request-offer-draft': requestOfferDraft,
  'request-vague-urgency': requestVagueUrgency,
  'thin-contact': thinContact,
  'vague-good': vagueGood,
  'vague-pleasant': vaguePleasant,
  'weak-endorsement': weakEndorsement,
  'letter-backhanded': letterBackhanded,
  'letter-grindstone': letterGrindstone,
  'letter-hedged-knowledge': letterHedgedKnowledge,
  'letter-improvement': letterImprovement,
  'letter-level-with-peers': letterLevelWithPeers,
  'letter-lukewarm': letterLukewarm,
  'letter-minimal-endorsement': letterMinimalEndorsement,
  'letter-negated-negative': letterNegatedNegative,
  'letter-personal': letterPersonal,
  'letter-presence': letterPresence,
  'letter-thin-remote': letterThinRemote,
  'letter-no-example': letterNoExample,
  'letter-no-comparison': letterNoComparison,
  'letter-too-short': letterTooShort,
  'letter-grindstone-heavy': letterGrindstoneHeavy,
  'outreach-any-position': outreachAnyPosition,
  'outreach-attachments': outreachAttachments,
  'outreach-begging': outreachBegging,
  'outreach-follow-up-pressure': outreachFollowUpPressure,
  'outreach-life-story': outreachLifeStory,
  'outreach-mass-mailing': outreachMassMailing,
  'outreach-reply-deadline': outreachReplyDeadline,
  'request-casual': requestCasual,
  'request-dictating': requestDictating,
  'request-minimal-ask': requestMinimalAsk,
  'request-self-undermining': requestSelfUndermining,
  'request-self-written': requestSelfWritten,
  'request-too-late': requestTooLate,
};
