// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setBody } from '../../page/set-body.test-helper';
import { SETTINGS_VERSION } from '../../settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { resetSettingsStorageForTests } from '../../settings/storage';
import { until } from '../until.test-helper';
import { OptionsApp } from './OptionsApp';
import { SETTINGS_FILE_FORMAT, settingsFileContent } from './settings-file';

let root: HTMLElement;

async function stored(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}

async function store(value: unknown) {
  await fakeBrowser.storage.sync.set({ settings: value, settings$: { v: SETTINGS_VERSION } });
}

/** The control whose <label> reads exactly `text` (what a screen reader announces as its name). */
function control<T extends HTMLElement = HTMLInputElement>(text: string): T | undefined {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  return (label && (root.querySelector(`[id="${label.htmlFor}"]`) as T | null)) || undefined;
}

function button(text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
}

async function mount() {
  render(<OptionsApp />, root);
  return until(() => control<HTMLInputElement>('Nvidia'), 'the topic checkboxes');
}

function chooseFile(input: HTMLInputElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => {
  fakeBrowser.reset();
  resetSettingsStorageForTests();
  vi.restoreAllMocks();
  root = document.createElement('div');
  document.body.append(root);
  Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
});
afterEach(() => {
  render(null, root);
  root.remove();
  setBody('');
});

describe('OptionsApp', () => {
  it('has one checkbox per topic named by its display name, and a main landmark', async () => {
    await mount();
    for (const name of ['DeepSeek', 'OpenAI', 'Nvidia', 'Distillation']) {
      const box = control(name);
      expect(box?.type, name).toBe('checkbox');
      expect(box?.checked, name).toBe(true);
    }
    expect(root.querySelector('main h1')?.textContent).toBe('Viewpoint Lens settings');
    expect(document.documentElement.lang).toBe('en');
  });

  it('stores a topic switch at once and says "Saved"', async () => {
    const nvidia = await mount();
    nvidia.click();
    const saved = await until(() => root.querySelector('[role="status"]')?.textContent === 'Saved', '"Saved"');
    expect(saved).toBe(true);
    expect((await stored())?.topics).toEqual({ ...DEFAULT_SETTINGS.topics, nvidia: false });
  });

  it('follows the language setting: Chinese names and text', async () => {
    await store({ ...DEFAULT_SETTINGS, language: 'zh' });
    render(<OptionsApp />, root);
    await until(() => control('英伟达'), 'the Chinese topic checkboxes');
    expect(control('蒸馏')?.type).toBe('checkbox');
    expect(root.querySelector('h1')?.textContent).toBe('观点透镜设置');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('观点透镜设置');
  });

  it('follows the browser language when the setting is "auto"', async () => {
    Object.defineProperty(navigator, 'language', { value: 'zh-TW', configurable: true });
    render(<OptionsApp />, root);
    await until(() => control('英伟达'), 'the Chinese topic checkboxes');
  });

  it('says which stored settings were damaged and reset, and stores the repair', async () => {
    await store({ ...DEFAULT_SETTINGS, theme: 'plaid', hoverDelayMs: -4, badge: false });
    await mount();
    const notice = await until(() => root.querySelector('.notice'), 'the reset notice');
    expect(notice.textContent).toContain(
      'Some stored settings were damaged and have been reset to their defaults: Wait before a card opens, Colours of cards and of this page.',
    );
    await until(async () => (await stored())?.theme === 'auto', 'the repaired value');
    const repaired = await stored();
    expect(repaired).toMatchObject({ theme: 'auto', hoverDelayMs: 300, badge: false });
    button('Dismiss')?.click();
    await until(() => !root.querySelector('.notice'), 'the notice to go');
  });

  it('adds a site from a pasted address, explains a bad one, and removes one', async () => {
    await mount();
    const denied = root.querySelector('[data-list="denied"]') as HTMLElement;
    const input = denied.querySelector('input') as HTMLInputElement;
    const form = denied.querySelector('form') as HTMLFormElement;
    input.value = 'not a site';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    form.requestSubmit();
    const error = await until(() => denied.querySelector('[role="alert"]'), 'the error');
    expect(error.textContent).toBe('“not a site” is not a site name. Type one such as example.com.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);

    input.value = 'https://News.Example.com/story';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    form.requestSubmit();
    await until(async () => (await stored())?.deniedSites?.length === 1, 'the stored site');
    expect((await stored())?.deniedSites).toEqual(['news.example.com']);
    expect(denied.querySelector('.site-name')?.textContent).toBe('news.example.com');
    expect(denied.querySelector('[role="alert"]')).toBeNull();

    const remove = denied.querySelector('.site-remove') as HTMLButtonElement;
    expect(remove.getAttribute('aria-label')).toBe('Remove news.example.com');
    remove.click();
    await until(async () => (await stored())?.deniedSites?.length === 0, 'the site to go');
  });

  it('imports nothing from a bad file and names each problem', async () => {
    await store({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await mount();
    const input = control('Import settings from a file') as HTMLInputElement;
    const bad = JSON.stringify({
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_VERSION,
      settings: { ...DEFAULT_SETTINGS, theme: 'neon', hoverDelayMs: 9000 },
    });
    chooseFile(input, 'bad.json', bad);
    const alert = await until(() => root.querySelector('.problems'), 'the problem list');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.querySelector('p')?.textContent).toBe('Nothing was changed: bad.json cannot be imported.');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items.join('\n')).toContain('Colours of cards and of this page (theme): "neon" is not allowed');
    expect(items.join('\n')).toContain('Wait before a card opens (hoverDelayMs): 9000 is not allowed');
    expect((await stored())?.theme).toBe('dark');

    chooseFile(input, 'notes.txt', 'hello');
    await until(
      () => root.querySelector('.problems li')?.textContent?.startsWith('The file is not valid JSON'),
      'not JSON',
    );
  });

  it('imports a valid file as a whole', async () => {
    await mount();
    const input = control('Import settings from a file') as HTMLInputElement;
    const wanted: Settings = {
      ...DEFAULT_SETTINGS,
      highlightStyle: 'underline',
      allowedSites: ['example.org'],
      onlySites: true,
    };
    chooseFile(input, 'backup.json', settingsFileContent(wanted));
    await until(
      () => root.querySelector('[role="status"]')?.textContent === 'Settings imported from backup.json.',
      'the import message',
    );
    expect(await stored()).toEqual(wanted);
    expect((control('An underline') as HTMLInputElement).checked).toBe(true);
    expect(root.querySelector('.problems')).toBeNull();
  });

  it('resets only after an in-page confirmation, which Cancel and Escape leave', async () => {
    await store({ ...DEFAULT_SETTINGS, theme: 'dark', deniedSites: ['example.com'] });
    await mount();
    const resetButton = button('Reset all settings…') as HTMLButtonElement;
    resetButton.click();
    const cancel = await until(() => button('Cancel'), 'the confirmation');
    await until(() => document.activeElement === cancel, 'focus on Cancel');
    expect(resetButton.getAttribute('aria-expanded')).toBe('true');
    cancel.click();
    await until(() => !button('Cancel') && document.activeElement === resetButton, 'focus back on the button');

    resetButton.click();
    const step = await until(() => root.querySelector('.confirm'), 'the confirmation again');
    step.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => !root.querySelector('.confirm'), 'Escape to close it');
    expect((await stored())?.theme).toBe('dark');

    resetButton.click();
    (await until(() => button('Reset settings'), 'the confirm button')).click();
    await until(
      () => root.querySelector('[role="status"]')?.textContent === 'All settings were reset to their defaults.',
      'the reset message',
    );
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
    expect(document.activeElement).toBe(resetButton);
  });

  it('applies the theme setting to the page', async () => {
    await mount();
    expect(document.documentElement.dataset.theme).toBe('auto');
    control('Dark')?.click();
    await until(() => document.documentElement.dataset.theme === 'dark', 'the dark theme');
    await until(async () => (await stored())?.theme === 'dark', 'the stored theme');
  });

  it('says when a change could not be stored and shows what is stored', async () => {
    const nvidia = await mount();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    nvidia.click();
    const error = await until(() => root.querySelector('.error.banner'), 'the error');
    expect(error.textContent).toBe(
      "The settings are too large for the browser's synced storage. Remove some sites and try again.",
    );
    await until(() => nvidia.checked, 'the checkbox to show the stored value again');
  });

  it('exports the settings as a file download, with no network', async () => {
    await store({ ...DEFAULT_SETTINGS, theme: 'light' });
    await mount();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:settings';
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    button('Export settings')?.click();
    expect(clicked[0]?.download).toMatch(/^viewpoint-lens-settings-\d{4}-\d\d-\d\d\.json$/);
    expect(clicked[0]?.href).toBe('blob:settings');
    const file = JSON.parse(await (blobs[0] as Blob).text());
    expect(file).toMatchObject({ format: SETTINGS_FILE_FORMAT, settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
  });
});
