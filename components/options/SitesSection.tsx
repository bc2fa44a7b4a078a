/** Sites: hints on or off for Gmail, Outlook and Yahoo; add or remove another webmail site. */
import { type FormEvent, useEffect, useState } from 'react';
import { SITES } from '@/lib/core/sites';
import { addCustomSite, ensureCustomSiteScripts, removeCustomSite } from '@/lib/platform/sites-registration';
import { errorText, useEditableSettings } from './hooks';
import { Status } from './Status';

const BUILT_IN = SITES.map((site) => [site.id, site.label] as const);

export function SitesSection() {
  const [settings, save] = useEditableSettings();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  useEffect(() => {
    // Sites restored from a backup, or registrations the browser dropped, get their hints back.
    ensureCustomSiteScripts().catch(() => undefined);
  }, []);
  if (!settings) return <p>Loading…</p>;

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      // permissions.request must run straight from the click, before any other await.
      const problem = await addCustomSite(address);
      setStatus(problem ? { error: problem } : { message: 'Site added. Reload its tab to see hints there.' });
      if (!problem) setAddress('');
    } catch (error) {
      setStatus({ error: errorText(error) });
    }
  }

  async function remove(origin: string) {
    try {
      const revoked = await removeCustomSite(origin);
      setStatus({
        message: revoked
          ? `${origin} removed; its permission was given back.`
          : `${origin} removed; hints no longer run there. The browser kept the site permission: remove it in the extension's details page if you want.`,
      });
    } catch (error) {
      setStatus({ error: errorText(error) });
    }
  }

  return (
    <div>
      <fieldset>
        <legend>Phrasing hints in webmail</legend>
        {BUILT_IN.map(([id, label]) => (
          <label key={id} className="sl-check">
            <input
              type="checkbox"
              checked={settings.sites[id]}
              onChange={async (e) => {
                const error = await save({ sites: { ...settings.sites, [id]: e.target.checked } });
                setStatus(error ? { error } : {});
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <h3>Other sites</h3>
      {settings.customSites.length === 0 ? (
        <p className="sl-muted">No other sites yet.</p>
      ) : (
        <ul>
          {settings.customSites.map((origin) => (
            <li key={origin} className="sl-row">
              <span>{origin}</span>
              <button type="button" onClick={() => remove(origin)}>
                Remove<span className="sl-sr"> {origin}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="sl-row">
        <label>
          Site address
          <input value={address} onChange={(e) => setAddress(e.target.value)} placeholder="https://mail.example.edu" />
        </label>
        <button type="submit">Add site</button>
      </form>
      <p className="sl-muted">
        The browser asks you to allow StrongLetter on that site. You can remove it at any time.
      </p>
      <Status {...status} />
    </div>
  );
}
