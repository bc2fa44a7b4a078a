/** Small helpers shared by the options sections. */
import { useEffect, useState } from 'react';
import { ValidationError } from '@/lib/data';
import { sendToBackground } from '@/lib/platform/protocol';
import { getSettings, type Settings, type SettingsPatch, updateSettings, watchSettings } from '@/lib/platform/settings';

/** The current settings (undefined while loading), kept live across the extension. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    getSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

/** A readable message for any error thrown by a write. */
export function errorText(error: unknown): string {
  if (error instanceof ValidationError) return error.problems.map((p) => p.message).join(' ');
  return error instanceof Error ? error.message : String(error);
}

/** Tells the background that data changed so it recomputes the badge; ignored if nobody listens. */
export async function notifyDataChanged(): Promise<void> {
  try {
    await sendToBackground({ type: 'data-changed' });
  } catch {
    // The background may be asleep or absent (tests); it recomputes on its own schedule too.
  }
}

/** Saves a settings patch; returns an error message or undefined. */
export async function saveSettings(patch: SettingsPatch): Promise<string | undefined> {
  try {
    await updateSettings(patch);
    await notifyDataChanged();
    return undefined;
  } catch (error) {
    return errorText(error);
  }
}

/** Offers text to the user as a downloaded file. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file as text. */
export function readText(file: Blob): Promise<string> {
  return file.text();
}

/** "1 deadline", "3 deadlines". */
export function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

/**
 * Settings plus a save that shows the change at once (a switch flips on click) and rolls it back with
 * an error message when the value is refused.
 */
export function useEditableSettings(): [Settings | undefined, (patch: SettingsPatch) => Promise<string | undefined>] {
  const settings = useSettings();
  const [pending, setPending] = useState<SettingsPatch>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh settings value from storage replaces the optimistic one
  useEffect(() => setPending({}), [settings]);
  const save = async (patch: SettingsPatch) => {
    setPending((current) => ({ ...current, ...patch }));
    const error = await saveSettings(patch);
    if (error) setPending({});
    return error;
  };
  return [settings && { ...settings, ...pending }, save];
}
