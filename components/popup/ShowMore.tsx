/** Keeps long lists short in a small popup: the first few items, then "Show all". */
import { type ReactNode, useState } from 'react';

/** Renders the first `limit` children and a button revealing the rest. */
export function ShowMore({ items, limit = 8, label }: { items: ReactNode[]; limit?: number; label: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, limit);
  return (
    <>
      {shown}
      {items.length > limit && (
        <li>
          <button type="button" onClick={() => setAll(!all)}>
            {all ? 'Show fewer' : `Show all ${items.length} ${label}`}
          </button>
        </li>
      )}
    </>
  );
}
