/** The options page: a side navigation and one panel per section (profile, deadlines, season, …, privacy). */
import type { ReactNode } from 'react';
import { CheckInsSection } from './CheckInsSection';
import { DataSection } from './DataSection';
import { DeadlinesSection } from './DeadlinesSection';
import { InterviewSection } from './InterviewSection';
import { PhrasingSection } from './PhrasingSection';
import { PlanBSection } from './PlanBSection';
import { PrivacySection } from './PrivacySection';
import { ProfileSection } from './ProfileSection';
import { RemindersSection } from './RemindersSection';
import { SeasonSection } from './SeasonSection';
import { SectionNav, useCurrentSection } from './SectionNav';
import { SitesSection } from './SitesSection';
import { WeekSection } from './WeekSection';
import './options.css';

/** Every section, in order: the navigation, the panels and their deep links (#id) all come from this list. */
export const SECTIONS: [id: string, title: string, body: () => ReactNode][] = [
  ['profile', 'Profile', () => <ProfileSection />],
  ['deadlines', 'Deadlines', () => <DeadlinesSection />],
  ['season', 'Season', () => <SeasonSection />],
  ['sites', 'Sites', () => <SitesSection />],
  ['phrasing', 'Phrasing', () => <PhrasingSection />],
  ['reminders', 'Reminders', () => <RemindersSection />],
  ['week', 'Your week', () => <WeekSection />],
  ['check-ins', 'Check-ins', () => <CheckInsSection />],
  ['plan-b', 'Plan B', () => <PlanBSection />],
  ['interview', 'Interview sentences', () => <InterviewSection />],
  ['data', 'Data', () => <DataSection />],
  ['privacy', 'Privacy', () => <PrivacySection />],
];

export function OptionsApp() {
  const ids = SECTIONS.map(([id]) => id);
  const [current, go] = useCurrentSection(ids);
  return (
    <div className="sl-options">
      <header className="sl-options-header">
        <h1>StrongLetter options</h1>
        <p>Everything you enter stays in this browser. Nothing is sent anywhere.</p>
      </header>
      <SectionNav sections={SECTIONS.map(([id, title]) => ({ id, title }))} current={current} onGo={go} />
      <main className="sl-options-main">
        {SECTIONS.map(([id, title, body]) => (
          <section
            key={id}
            id={id}
            aria-labelledby={`${id}-title`}
            tabIndex={-1}
            className={id === current ? 'sl-section sl-section-current' : 'sl-section'}
          >
            <h2 id={`${id}-title`}>{title}</h2>
            {body()}
          </section>
        ))}
      </main>
    </div>
  );
}
