// Texts for the kind detector (lib/core/phrasing/detect.ts), written by the team: cold emails to strangers,
// requests to people who know the applicant (first asks, thank-yous, follow-ups), letters, and texts that are
// none of these. Long and short ones, formal and casual.
import { GRINDSTONE_LETTER, STRONG_LETTER, VAGUE_LETTER } from '@/lib/core/phrasing/whole-letters';

export const COLD_EMAILS: string[] = [
  `Dear Dr. Okafor,

My name is Priya Nair and I am an international medical graduate from Kerala, India. I am seeking an observership in your nephrology department this spring to gain US clinical experience. I have attached my CV for your review.

Thank you for your time,
Priya`,
  'Respected Sir, I am a recent MBBS graduate looking for a research position in your lab. I read your recent paper on diabetic retinopathy screening and found it fascinating. I am available to start immediately. Regards, Ahmed',
  "Hello Dr. Kim, I'm an IMG hoping to shadow in your clinic for two weeks in June. Is there any possibility?",
  `Dear Dr. Alvarez,

I came across your profile on the hospital website. I graduated from the Universidad de Chile in 2024 and have passed Step 1 and Step 2 CK. I am interested in an externship or any hands-on clinical experience at your institution. My CV and scores are attached.

I look forward to hearing from you.
Camila Rojas`,
  'Dear Professor Lindqvist, although we have not met, I am writing because your work on sepsis outcomes matches my interests. I am a foreign medical graduate preparing for the Match and would love to volunteer as a research assistant on one of your projects. Could we have a short call next week?',
  'Good morning Dr. Brown, I hope this email finds you well. I am Dr. Chen, a physician from Taiwan applying for residency in 2027. I am looking for a clinical observership in internal medicine for 4 weeks. Please find my CV attached.',
  'Dear Dr. Shah, I am a medical graduate from Nigeria. Do you offer observerships for IMGs? CV attached. Thanks, Tunde',
  'To whom it may concern, I am writing to express my interest in research opportunities in your esteemed department. I graduated in 2023 and have two publications in cardiology.',
  'Dear Dr. Rossi, I read your article on frailty in older surgical patients. I am a graduate of a medical school in Egypt and hope to gain clinical experience in geriatrics before applying. Would you have room for an observer in your clinic this autumn? An observership there would also let me earn a US letter of recommendation.',
  'Hi Dr. Moore, quick question: does your department take visiting graduates for clinical electives? I am an IMG from Pakistan. My resume is attached.',
  'Dear Dr. Ferreira, I am a graduate of the University of Lagos hoping to join your stroke research group as a volunteer. Attached are my CV, my transcripts and two letters of recommendation for your reference.',
  'Dear Professor Lindqvist, I am a final-year biomedical student and I would like to ask whether there is a summer internship in your immunology lab. I have worked with flow cytometry for two years.',
  'Hello, I am looking for a research position in your cardiology group for six months before I apply to residency. I would love to help with data collection.',
];

export const REQUESTS: string[] = [
  `Dear Dr. Patel,

I hope you are doing well. I rotated on your cardiology service in March and really enjoyed working with you. Would you be willing to write me a strong letter of recommendation for internal medicine? The deadline is September 5, and I have attached my CV and personal statement.

Best regards,
Sam`,
  "Hi Dr. Lee, it's Maria from your July clinic. Could you write me a letter for my residency applications?",
  'Dear Professor Gomez, thank you again for mentoring me during my research year. I am applying to pediatrics this cycle and wanted to ask if you would feel comfortable writing a letter of support. I can send my statement and a summary of the projects we worked on.',
  'Dear Dr. Patel, thank you so much for agreeing to write my letter of recommendation! I have attached my CV and personal statement, and a list of the patients we saw together.',
  'Dear Dr. Patel, I am following up on the letter you kindly agreed to write. The ERAS portal shows it as not yet received; please let me know if anything would help.',
  'Dr. Novak, you supervised me on the night float rotation last winter. I am applying to emergency medicine and would be honored if you could serve as one of my letter writers. The letters are due by August 30.',
  "Hello Dr. Ahmed, I was your sub-intern on 5 West in January. Would you be able to provide a reference for my residency application? I'll waive my right to see it.",
  'Hi Dr. Grant, thanks so much for writing the letter, I really appreciate it.',
  'Dear Dr. Osei, I am applying to general surgery and would be grateful if you would consider writing a strong letter based on my externship with you in August.',
  'Dear Dr. Lund, thank you for supervising my research elective last spring. I am applying to neurology this cycle; could you write me a strong letter of recommendation?',
];

export const LETTERS: string[] = [
  STRONG_LETTER,
  VAGUE_LETTER,
  GRINDSTONE_LETTER,
  'Ms. Farah Ali rotated with our surgical team for four weeks. She presented her patients clearly and closed skin under supervision.',
  'To the Residency Selection Committee: I have known Dr. Yusuf since 2024, when he joined our hospitalist group. He quickly became the person our residents asked about antibiotic choices.',
  'Dr. Ines Carvalho worked in my clinic from January to April. Her history taking was thorough and her differentials were broad. I recommend her highly.',
  'It is with great enthusiasm that I recommend Dr. Tomas Novak. He was the most capable sub-intern on our service this year.',
  "This letter is in support of Kofi Mensah's application to your family medicine program. Kofi spent eight weeks with our team; he managed his own patients and presented them on rounds.",
  'Dr. Anh Tran completed a four-week observership in our rheumatology clinic. During that time she saw new patients with me and wrote clear assessments. I would be grateful if you would give her application careful consideration.',
  'I would like to recommend Ms. Eva Brandt for the summer internship in your laboratory. She joined my group last year, and she ran the cell culture work on her own within a month.',
];

/** Texts that are none of the three, or too bare to tell: the kind stays unknown. */
export const NEITHER: string[] = [
  'Hi team, the meeting is moved to 3 pm tomorrow.',
  'Dear Dr. Smith,',
  'Thanks, see you on Monday.',
  'Could you send me the slides from today’s lecture?',
];
