import { type Lexicon, MADERA_2019 } from './types';

/** Framing the applicant by what they are still fixing: readers hear a current deficit (Madera et al. 2019). */
export const improvement: Lexicon = {
  category: 'improvement',
  sources: [MADERA_2019],
  terms: [
    '(?:became|grew|got|were becoming|was becoming) (?:noticeably |steadily |gradually |much |more |increasingly )*(?:broader|better|stronger|clearer|faster|sharper|more \\w+) (?:as|over|by|during|with|toward)',
    '(?:making|made|makes) (?:an |a real |a good |a great |real |good )?effort to (?:strengthen|improve|work on|develop|refine|polish)',
    '(?:an? |one )?(?:area|areas|thing|aspect) (?:that )?(?:i |we )?(?:encouraged|asked|advised|told|suggested)',
    'encouraged (?:him|her|them) to (?:focus on|work on|improve|strengthen|develop)',

    '(?:continues?|continued|is (?:still )?working|was (?:still )?working|still (?:needs?|working)|keeps? working) (?:to |on )?(?:refine|refining|improve|improving|develop|developing|strengthen|work on|polish)',
    '(?:something|an area|a skill) (?:that )?(?:he|she|they) (?:continues?|is (?:still )?working|needs?) to',
    'working on (?:being|becoming|improving|his|her|their|getting)',
    'could (?:improve|benefit|grow|develop) (?:with|from|in|by)',
    'with (?:further|more|additional|continued) (?:guidance|supervision|practice|experience|training|mentoring|feedback|coaching)',
    'should (?:become|get|grow|improve|mature|develop)',
    'needed (?:fewer|less|only (?:a few|occasional)) (?:prompts?|prompting|corrections?|reminders?|help|guidance|supervision)',
    '(?:went|progressed|moved|improved|grew|developed) from (?:\\w+ ){1,3}to (?:mostly|fairly|more|adequate|acceptable|reasonable|satisfactory|appropriate|clear|competent)',
    '(?:by|towards?) the (?:end|last (?:week|days?)|final (?:week|days?)) (?:of (?:the|his|her|their) (?:\\w+ )?)?,? ?(?:he|she|they) (?:was|were|had|needed|could)',
    '(?<!anion |osmolar |osmolal |air-bone )gap (?:narrowed|closed|shrank|decreased)',
    'closed (?:most of |much of |part of )?the gap',
    'behind (?:his|her|their) (?:peers|classmates|colleagues|cohort)',
    '(?:initially|at first|early on|in the beginning) (?:\\w+ ){0,4}(?:below|behind|weaker|struggled|needed|lacked|slower|hesitant)',
    'performing closer to',
    'caught up (?:with|to)',
    'room (?:to grow|for growth)',
    'working (?:hard )?(?:to|towards?) (?:strengthen|improve|build|develop|refine|overcome|address|polish|become|get better)',
    'hand-?holding',
    '(?:required|needed) (?:far |much |significantly |considerably )?(?:fewer|less) (?:\\w+ )?(?:prompts?|prompting|corrections?|reminders?|help|guidance|supervision|hand-?holding|direction)',
    'rarely needed (?:prompting|reminders?|help|correction|guidance)',
    '(?:confidence|comfort|assurance) (?:\\w+ ){0,3}(?:grew|improved|increased|developed)',
    'still (?:building|developing|gaining|growing)',
    'room for (?:him|her|them|improvement)',
    '(?:advised|encouraged|asked|told|urged|counsel(?:l)?ed) (?:him|her|them) to (?:keep |continue )?(?:strengthen|improv|develop|build|work on|focus on|review|brush up|read (?:more|up))\\w*',
  ],
};
