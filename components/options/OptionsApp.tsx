/** The options page: profile, deadlines, sites, phrasing rules and data. */
export function OptionsApp() {
  return (
    <main style={{ maxWidth: 880, margin: '0 auto', padding: 24 }}>
      <h1>StrongLetter options</h1>
      <p>Everything you enter stays in this browser. Nothing is sent anywhere.</p>
    </main>
  );
}
