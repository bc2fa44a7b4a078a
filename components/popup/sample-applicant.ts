/** The removable sample applicant for "look around": a realistic IMG applying in internal medicine. */
import { addDays } from '@/lib/core/calendar/dates';
import {
  addLetter,
  addOutreach,
  addProgram,
  addWriter,
  assignLetter,
  db,
  hasOwnData,
  TABLE_NAMES,
  todayIso,
  type WriterInput,
} from '@/lib/data';

const WRITERS: (WriterInput & { stage: 'working-together' | 'asked' | 'agreed' | 'letter-id-sent' | 'uploaded' })[] = [
  {
    name: 'Dr. Maria Lopez',
    institution: 'Riverside Community Hospital',
    usBased: true,
    specialty: 'Internal Medicine',
    contactType: 'us-hands-on',
    weeksTogether: 8,
    stage: 'uploaded',
  },
  {
    name: 'Dr. James Chen',
    institution: 'Lakeview Medical Center',
    usBased: true,
    specialty: 'Internal Medicine',
    contactType: 'externship',
    weeksTogether: 4,
    stage: 'letter-id-sent',
  },
  {
    name: 'Dr. Priya Rao',
    institution: 'Northgate Clinic',
    usBased: true,
    specialty: 'Family Medicine',
    contactType: 'observership',
    weeksTogether: 2,
    stage: 'agreed',
  },
  {
    name: 'Prof. Ahmed Karim',
    institution: 'Cairo University Hospital',
    usBased: false,
    role: 'professor',
    contactType: 'home-country',
    weeksTogether: 12,
    stage: 'asked',
  },
];

/** Fills the sample applicant; refuses when the user has data of their own, so the two never mix unasked. */
export async function loadSampleApplicant(): Promise<void> {
  // One transaction: the views never see half an applicant, and a failure leaves nothing behind.
  await db.transaction('rw', [...TABLE_NAMES], fillSample);
}

async function fillSample(): Promise<void> {
  if (await hasOwnData()) throw new Error('You already have your own data; sample data is only for an empty tracker.');
  const today = todayIso();
  const letters = [];
  for (const { stage, ...writer } of WRITERS) {
    const stored = await addWriter({ ...writer, sample: true });
    const letter = await addLetter({
      writerId: stored.id,
      specialty: writer.specialty === 'Internal Medicine' ? 'Internal Medicine' : undefined,
      stage,
      waiver: 'yes',
      strongAgreed: stage !== 'asked' && stage !== 'agreed',
      letterId:
        stage === 'letter-id-sent' || stage === 'uploaded' ? `L${stored.id.slice(0, 6).toUpperCase()}` : undefined,
      targetUploadDate: addDays(today, 6 + letters.length * 5),
      sample: true,
    });
    letters.push(letter);
  }
  const programs = await Promise.all(
    [
      { name: 'Riverside IM Residency', specialty: 'Internal Medicine', visa: 'j1' as const },
      { name: 'Metro University IM', specialty: 'Internal Medicine', chairLetterRequired: true },
      { name: 'Bayside Emergency Medicine', specialty: 'Emergency Medicine', service: 'ResidencyCAS' as const },
    ].map((program) => addProgram({ ...program, sample: true })),
  );
  await assignLetter(programs[0].id, letters[0].id);
  await assignLetter(programs[0].id, letters[1].id);
  // Two replies from two dozen emails: what cold outreach usually looks like.
  const first = ['Ellen', 'Omar', 'Lisa', 'Tom', 'Nina', 'Raj', 'Ana', 'Ben'];
  const last = ['Park', 'Said', 'Grant'];
  for (let index = 0; index < 24; index++) {
    await addOutreach({
      contactName: `Dr. ${first[index % first.length]} ${last[index % last.length]}`,
      institution: 'Sample Medical Center',
      purpose: index % 3 === 0 ? 'research' : 'observership',
      sentDate: addDays(today, -2 - index * 2),
      status: index === 3 ? 'positive' : index === 6 ? 'declined' : 'sent',
      replyDate: index === 3 || index === 6 ? addDays(today, -1) : undefined,
      sample: true,
    });
  }
}
