import { DOMAIN_000, DOMAIN_001, type Lexicon, MADERA_2019 } from './types';

/** Remote, brief or second-hand contact: the letter cannot carry first-hand clinical judgment (articles 000, 001). */
export const thinContact: Lexicon = {
  category: 'thin-contact',
  sources: [DOMAIN_000, DOMAIN_001, MADERA_2019],
  terms: [
    '(?:spent|spending) (?:only |just )?(?:one|two|three|four|a few|a couple of) (?:days|afternoons|mornings|sessions|shifts) with (?:me|us|our team|my team|the team)',
    'know (?:him|her|them|dr\\.? \\w+|mr\\.? \\w+|ms\\.? \\w+|mrs\\.? \\w+) (?:primarily|mainly|mostly|only|chiefly|largely) (?:through|from|via|by)',
    '(?:contact|interactions?|time together|acquaintance) (?:has been|was|were|have been|is) (?:limited|restricted|brief|confined)',

    '(?:mainly|mostly|largely|primarily|only|chiefly) (?:from|through|via|by) (?:(?:his|her|their|the|an?) )?(?:cv|résumé|resume|emails?|e-mails?|application|personal statement|zoom|phone|video|correspondence|transcripts?|online)',
    'over (?:zoom|skype|teams|video|the phone|e-?mail|webex)',
    '(?:virtual(?:ly)?|online|remote(?:ly)?|tele-?) ?(?:course|elective|rotation|sessions?|meetings?|interactions?|observership|lectures?|program|mentorship|contact)',
    '(?:supervised|worked with|saw|met|taught) (?:him|her|them) (?:on|for|during|in) (?:only |just )?(?:one|two|three|a few|a couple of|several) (?:\\w+ )?(?:calls|shifts|days|sessions|occasions|clinics|cases|afternoons)',
    'a handful of (?:sessions|meetings|shifts|times|days|cases|encounters|calls|clinics|occasions)',
    '(?:only |just )?(?:one|two|three|a few|a couple of|several) (?:overnight )?(?:calls|shifts|days|sessions|meetings|clinics|half-days|afternoons|mornings) (?:with me|together|in (?:my|our) clinic|on (?:my|our) service|last|during)',
    '(?:spent|spending) (?:only |just )?(?:one|two|three|four|a few|a couple of) (?:days|afternoons|mornings|sessions) with (?:me|us)',
    "i (?:cannot|can[’']t|am (?:not )?unable to|am not able to|could not) (?:speak|comment|attest) (?:directly |personally |fully )?(?:to|on)",
    'one of (?:several|many|a number of|the) (?:instructors|attendings|faculty|teachers|lecturers|tutors|supervisors)',
    'a (?:student|participant|member) (?:in|of) my (?:\\w+ )?(?:class|course|lecture|group|seminar)',
    'in (?:a|my|our) (?:large )?(?:lecture|class|course) of',
    'our (?:work|interactions?|contact|time) (?:together )?(?:was|were|took place|has been) (?:entirely|mostly|mainly|only|largely|exclusively)',
    '(?:knowledge|impression|view|sense) of (?:him|her|them) comes? (?:mainly|mostly|largely|primarily|only) from',
    'one (?:among|amongst|of) (?:about |some |roughly |nearly |over |more than |approximately )?(?:\\d+|\\w+ hundred|dozens|hundreds|many|several|the many) (?:\\w+ )?(?:students|trainees|participants|attendees|learners|observers)',
    'not in a position to (?:comment|speak|judge|assess|evaluate|attest)',
    '(?:met|seen|saw) (?:him|her|them|each other)(?: [\\w-]+){0,3}? (?:only )?(?:once|twice)\\b',
    '(?:met|seen|saw)(?: [\\w-]+){0,4}? only (?:once|twice)\\b',
    '(?:in person|face to face|face-to-face) (?:only )?(?:once|twice)',
    '(?:observations|knowledge|impressions?|views?|information|assessment|opinion) (?:of (?:him|her|them) )?(?:comes?|came|is drawn|are drawn|is based|are based) (?:\\w+ly )?(?:from|on)',
    'on leave for (?:most|much|part)',
    'second-?hand',
    "(?:residents|colleagues|fellows|nurses|team)[’']s? (?:remarks|reports|comments|feedback|accounts)",
    '(?:known|know) (?:\\w+\\.? ){1,3}(?:for|since) (?:only |just |about )?(?:one|two|three|a few|a couple of|\\d+) (?:days|weeks)',
  ],
};
