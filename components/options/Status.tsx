/** A polite status line: errors in the danger colour and announced, successes quietly. */
export function Status({ error, message }: { error?: string; message?: string }) {
  if (error)
    return (
      <p role="alert" className="sl-error">
        {error}
      </p>
    );
  if (message)
    return (
      <p role="status" className="sl-ok">
        {message}
      </p>
    );
  return null;
}
