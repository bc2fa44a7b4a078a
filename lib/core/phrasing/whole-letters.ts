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
