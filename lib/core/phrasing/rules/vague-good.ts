import { aboutPatient, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Good knowledge", "a good student", "will make a good doctor": praise that could describe anyone. */
export const rule: SpanRuleDef = {
  id: 'vague-good',
  category: 'vague-praise',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  pattern: String.raw`(?:(?:very|quite|really|pretty|generally|overall|a|an|all-round|all-around) )?(?:good|nice|fine|decent|great|solid) (?:fund of )?(?:(?:medical|clinical|general|basic|theoretical|book|overall|interpersonal|communication|people) )?(?:knowledge|student|doctor|physician|resident|clinician|intern|person|human being|individual|candidate|trainee|colleague|worker|team (?:player|member)|skills|communicator|attitude|manners|rapport|bedside manner|work ethic|grasp|understanding|job|addition|fit|example|personality|character|learner|listener|habits|guy|boy|girl|kid)\b|(?:will|would|should|could|is going to|is sure to|is bound to) (?:make|be|become) (?:an? )?(?:(?:very|really|quite) )?(?:good|fine|nice|decent|solid|competent|capable|safe|reasonable|suitable|great|wonderful|valuable|welcome) (?:doctor|physician|resident|intern|clinician|addition|colleague|fit|candidate|house officer|member|asset|trainee)\b|(?:an? )?(?:asset|credit) to (?:any|your|the) (?:program|team|profession|residency)`,
  reject: (ctx) => aboutPatient(ctx) || strongSentence(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'He has good knowledge of medicine.',
    'She was a very good student.',
    'He will make a good doctor.',
    'She would be a great addition to your program.',
  ],
  pass: [
    'She reasoned through a complex DKA case and caught a missed potassium trend.',
    'The patient had a good response to diuresis.',
    'He is not just a good student; he is the best intern I have worked with.',
  ],
};
