/**
 * Where settings live: one versioned WXT storage item, in `storage.sync` when the browser offers
 * it and `storage.local` otherwise, repaired field by field on every read.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { ignoreInvalidatedContext } from '../messaging/router';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { type RepairResult, repairSettings, type Settings, validateSettings } from './schema';

export type SettingsArea = 'sync' | 'local';

function defineSettingsItem(area: SettingsArea) {
  return storage.defineItem<unknown>(`${area}:settings`, {
    fallback: null,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

type SettingsItem = ReturnType<typeof defineSettingsItem>;
let itemPromise: Promise<SettingsItem> | undefined;

/** Picks sync storage when it answers, else local (sync is missing or disabled on some builds). */
async function chooseArea(): Promise<SettingsArea> {
  try {
    if (!browser.storage?.sync) return 'local';
    await browser.storage.sync.get('settings');
    return 'sync';
  } catch {
    return 'local';
  }
}

function settingsItem(): Promise<SettingsItem> {
  itemPromise ??= chooseArea().then(defineSettingsItem);
  return itemPromise;
}

/** Forgets the chosen storage area; for tests that switch sync on and off. */
export function resetSettingsStorageForTests(): void {
  itemPromise = undefined;
}

/** The storage area settings are kept in. */
export async function settingsArea(): Promise<SettingsArea> {
  return (await settingsItem()).key.startsWith('sync:') ? 'sync' : 'local';
}

/** Reads the settings; never throws: a corrupt field comes back as its default and is named in `reset`. */
export async function loadSettings(): Promise<RepairResult> {
  try {
    return repairSettings(await (await settingsItem()).getValue());
  } catch {
    return repairSettings(undefined);
  }
}

/** Stores a whole, valid settings object. Rejects an invalid one without writing anything. */
export async function saveSettings(settings: Settings): Promise<void> {
  const checked = validateSettings(settings);
  if (!checked.ok) throw new Error(`Invalid settings: ${checked.issues.join('; ')}`);
  await (await settingsItem()).setValue(checked.settings);
}

/** Changes some settings, keeping the rest as stored. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...patch };
  await saveSettings(next);
  return next;
}

/** Calls `onChange` with repaired settings after every change, in any context, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  void settingsItem().then((item) => {
    if (signal.aborted) return;
    const unwatch = item.watch((value) => onChange(repairSettings(value).settings));
    signal.addEventListener('abort', () => ignoreInvalidatedContext(unwatch), { once: true });
  });
}
