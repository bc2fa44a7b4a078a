/** Privacy: what StrongLetter keeps, where, and that none of it leaves the browser. */
export function PrivacySection() {
  return (
    <div>
      <p>StrongLetter keeps everything on this computer, in this browser profile:</p>
      <ul>
        <li>
          Your writers, letters, programs, deadlines and outreach log are kept in the browser's own database (IndexedDB)
          for this extension.
        </li>
        <li>Your profile and settings are kept in the extension's local storage.</li>
        <li>
          The text you type in webmail is checked inside the page. It is not saved, and the body of an email you log as
          outreach is not kept.
        </li>
      </ul>
      <p>
        Nothing is sent to a server: there is no account, no analytics and no network request with your data. A backup
        or CSV file exists only where you save it. Removing the extension deletes its data.
      </p>
    </div>
  );
}
