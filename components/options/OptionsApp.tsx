/** The options page: profile, deadlines, sites, phrasing rules, reminders, data and privacy. */
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
import { SitesSection } from './SitesSection';
import { WeekSection } from './WeekSection';
import './options.css';

const SECTIONS: [id: string, title: string, body: () => ReactNode][] = [
  ['profile', 'Profile', () => <ProfileSection />],
  ['deadlines', 'Deadlines', () => <DeadlinesSection />],
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
  return (
    <div className="sl-options">
      <header>
        <h1>StrongLetter options</h1>
        <p>Everything you enter stays in this browser. Nothing is sent anywhere.</p>
        <nav aria-label="Sections">
          <ul className="sl-row">
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {SECTIONS.map(([id, title, body]) => (
          <section key={id} id={id} aria-labelledby={`${id}-title`} className="sl-section">
            <h2 id={`${id}-title`}>{title}</h2>
            {body()}
          </section>
        ))}
      </main>
    </div>
  );
}
