// Whole letters written for the whole-letter checks' examples and tests (imported by tests only; not shipped).

/** A strong letter: specific cases, numbers, a ranking, ability words and a closing. None of the checks apply. */
export const STRONG_LETTER = `Dear Program Director,

I am writing to recommend Dr. Amara Osei for your internal medicine residency. I supervised her for eight weeks on our inpatient medicine service at Riverside General in 2026, where she carried four to six patients a day as an acting intern and presented each of them on rounds.

Her clinical reasoning stood out from the first week. One night she admitted a 64-year-old man with what the emergency team had called a simple pneumonia; she noticed that his heart rate stayed high after fluids, ordered a CT angiogram, and found a saddle pulmonary embolism before he deteriorated. She then explained the diagnosis and the plan to the family in plain language, checked that they could repeat it back, and they asked for her by name the next day.

She also led a small audit of sepsis bundle timing on our ward, reviewing 120 admissions; her findings cut our median time to antibiotics from 90 to 55 minutes, and she presented them at our departmental quality meeting. The protocol she drafted with our pharmacists is still in use on three wards.

Of the 40 students I have supervised over the last five years, I would rank her in the top 5%. Her fund of knowledge is excellent, her notes are concise, and she works independently with sound judgment. I recommend her without reservation and expect her to be among the strongest interns in any program she joins.

Please do not hesitate to contact me if you need further information.

Sincerely,
Dr. Daniel Moreau
Associate Professor of Medicine`;

/** A short, vague letter with a closing: no example, no comparison, under 250 words. */
export const VAGUE_LETTER = `To whom it may concern,

It is my pleasure to write this letter for Dr. Ravi Menon, who rotated with our team on the medicine service. He was a pleasant and polite member of the group and got along well with the nurses and residents.

He came prepared each morning and was interested in learning about internal medicine. His knowledge was good for his level, and he communicated well with the team. I believe he will continue to grow as a physician.

I recommend him for your residency program.

Sincerely,
Dr. Helen Ward`;

/** A letter of effort and warmth: specific enough, but its effort and communal words outweigh its ability words. */
export const GRINDSTONE_LETTER = `Dear Selection Committee,

I am pleased to recommend Dr. Lina Haddad, who worked with me for twelve weeks in our family medicine clinic in 2026 and saw about 15 patients a day.

Lina is hardworking, dependable and punctual. She was always helpful to the nurses, kind to every patient, and careful with her notes. She is a warm, caring and compassionate person, and a real team player who is well liked by the staff. For example, she stayed late one evening to call a 70-year-old woman who had missed her follow-up appointment.

She is diligent, thorough and organized in her work, and she is a pleasant and supportive colleague. I have no doubt that she will be a dedicated and committed resident.

Sincerely,
Dr. Mark Ellis`;

/** A strong surgical letter with a story and a ranking but few figures. */
export const STRONG_SURGERY_LETTER = `Dear Members of the Selection Committee,

It is a privilege to recommend Dr. Mateo Ruiz for a categorical position in general surgery. He spent a month as a sub-intern on my colorectal service this summer, and I worked beside him in clinic, on the wards and in the operating room nearly every day.

Early in the rotation he was following a woman recovering from a low anterior resection who seemed to be doing well. On the evening of her fourth day he noticed that her heart rate had crept up and that she was more uncomfortable than her vital signs suggested. He examined her, ordered a lactate and a CT scan, and called me with a clear summary and a plan. The scan showed an early anastomotic leak, and because he acted that night she went back to theatre before she became septic. Our chief resident said afterwards that he would have been proud of that call himself.

In the operating room he was prepared for every case, knew the anatomy cold, and handled tissue gently. By the end of the month he was closing the fascia and skin on our laparoscopic cases with only light guidance, and his operative notes needed no correction.

He is also an excellent teacher. He ran a short session for the third-year students on reading abdominal films, which they rated as the most useful teaching of their block.

Of the sub-interns I have supervised over the last decade, he is one of the strongest, and I would rank him at the very top of this year's group. I recommend him with enthusiasm and without any reservation.

Sincerely,
Dr. Eleanor Walsh
Professor of Surgery`;

/** A strong research mentor's letter: what the applicant built and published, and where they stand. */
export const STRONG_RESEARCH_LETTER = `Dear Program Director,

I am delighted to recommend Dr. Hana Kobayashi for your internal medicine residency. She worked in my outcomes research group for eighteen months, from January 2025 to June 2026, and I met with her every week to review her work.

Hana came to us with a question of her own: why patients discharged on weekends were readmitted more often. She designed the study, wrote the protocol, obtained ethics approval, and built the dataset from 14,000 discharges across three hospitals. She learned survival analysis on her own and ran every model herself. The paper she wrote from it was accepted in a major general medicine journal, with her as first author, and she presented it at our national meeting, where it won the best trainee abstract award.

She also trained two medical students to abstract charts, wrote their guide, and checked their first fifty records with them. Both students have since published with us.

What sets her apart is judgment. When an early result looked striking, she was the one who found that it came from a coding change at one hospital and insisted we correct it before submission. That kind of care is rare at any level.

Among the more than thirty trainees who have worked in my group, she is in the top two. I recommend her in the strongest possible terms and would be glad to talk with you about her at any time.

Sincerely,
Dr. Peter Lindgren
Associate Professor of Medicine and Epidemiology`;

/** A long, polite, generic letter: over 250 words, but no example and no comparison with peers. */
export const GENERIC_LONG_LETTER = `Dear Program Director,

It is my pleasure to write this letter of recommendation for Dr. Sofia Marin, who joined our internal medicine department as an observer. During her time with us she took part in the daily activities of the team, attended our morning report and our teaching conferences, and followed the work of the residents on the wards.

Sofia is a pleasant and courteous person. She was always respectful with the nurses, the residents and the faculty, and she fitted in well with the culture of our department. She showed a genuine interest in internal medicine and asked thoughtful questions during the discussions. She was punctual and reliable, and she completed the tasks that were given to her.

Her fund of knowledge appeared appropriate for her level of training, and her English was clear. She was open to feedback and eager to learn from everyone around her. I believe that these qualities will serve her well in residency.

Sofia has told me about her wish to train in the United States, and I think that she has the motivation to do so. She has worked hard to prepare for the examinations, and she has a real commitment to caring for patients. Residency will give her the chance to develop further as a physician, and I am sure that she will take full advantage of it.

For these reasons I am happy to recommend her for a position in your program. I wish her every success in the future, and I would be glad to answer any questions you may have about her time with us.

Sincerely,
Dr. Andrew Kim`;
