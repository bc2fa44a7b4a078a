/** The toolbar popup: the letter tracker. */
export function PopupApp() {
  return (
    <main style={{ width: 400, minHeight: 300, padding: 16, boxSizing: 'border-box' }}>
      <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>StrongLetter</h1>
      <p>Your letters, programs and deadlines will appear here.</p>
    </main>
  );
}
