import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '../settings/migrations';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { resetSettingsStorageForTests } from '../settings/storage';
import { handleMenuClick, LOOKUP_MENU_ID, lookupPageUrl, menuTitle, setUpContextMenu } from './context-menu';

type Listener = (...args: unknown[]) => unknown;

const pending = async () => (await fakeBrowser.storage.session.get('lookupPendingQuery')).lookupPendingQuery;

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** WXT's fake browser has no context menus: stand-ins that record what the module does. */
function fakeMenus() {
  const created: Array<Record<string, unknown>> = [];
  const updates: Array<[unknown, Record<string, unknown>]> = [];
  let clicked: Listener | undefined;
  const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
  menus.removeAll = vi.fn(async () => {
    created.length = 0;
  });
  menus.create = vi.fn((props: Record<string, unknown>, done?: () => void) => {
    created.push(props);
    done?.();
    return props.id;
  });
  menus.update = vi.fn(async (id: unknown, props: Record<string, unknown>) => {
    updates.push([id, props]);
  });
  menus.onClicked = { addListener: vi.fn((l: Listener) => (clicked = l)) };
  return { created, updates, click: (...args: unknown[]) => clicked?.(...args) };
}

let lifetime: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  resetSettingsStorageForTests();
  vi.restoreAllMocks();
  lifetime = new AbortController();
});
afterEach(() => lifetime.abort());

describe('look-up click', () => {
  it('hands the selection to the popup and opens it', async () => {
    const openPopup = vi.fn(async () => undefined);
    fakeBrowser.action.openPopup = openPopup;
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const where = await handleMenuClick(
      { menuItemId: LOOKUP_MENU_ID, selectionText: '  知识\n蒸馏 ' },
      { id: 7, index: 2, windowId: 1 },
    );
    expect(where).toBe('popup');
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(await pending()).toBe('知识 蒸馏');
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the lookup page next to the tab when the popup cannot open', async () => {
    fakeBrowser.action.openPopup = vi.fn(async () => {
      throw new Error('Could not find an active browser window.');
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const where = await handleMenuClick(
      { menuItemId: LOOKUP_MENU_ID, selectionText: 'Sam Altman' },
      { id: 7, index: 2 },
    );
    expect(where).toBe('tab');
    expect(create).toHaveBeenCalledTimes(1);
    const props = create.mock.calls[0]?.[0] as { url: string; index: number };
    const url = new URL(props.url);
    expect(url.pathname).toBe('/lookup.html');
    expect(url.searchParams.get('q')).toBe('Sam Altman');
    expect(url.searchParams.get('tab')).toBe('7');
    expect(props.index).toBe(3);
    // The popup did not take the query, so no later popup should show it as if just asked for.
    expect(await pending()).toBeUndefined();
  });

  it('falls back to a tab where the browser has no openPopup at all', async () => {
    // WXT's fake throws synchronously here, like a browser whose action API lacks the method.
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await handleMenuClick({ menuItemId: LOOKUP_MENU_ID, selectionText: '36%' })).toBe('tab');
    const props = create.mock.calls[0]?.[0] as { url: string };
    expect(new URL(props.url).searchParams.get('q')).toBe('36%');
    expect(new URL(props.url).searchParams.has('tab')).toBe(false);
  });

  it('ignores other menu items and empty selections', async () => {
    const openPopup = vi.fn(async () => undefined);
    fakeBrowser.action.openPopup = openPopup;
    expect(await handleMenuClick({ menuItemId: 'something-else', selectionText: 'OpenAI' })).toBe('ignored');
    expect(await handleMenuClick({ menuItemId: LOOKUP_MENU_ID, selectionText: ' \n ' })).toBe('ignored');
    expect(await handleMenuClick({ menuItemId: LOOKUP_MENU_ID })).toBe('ignored');
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('builds lookup page URLs that carry any query safely', () => {
    const url = new URL(lookupPageUrl('a&b=c #d', 12));
    expect(url.searchParams.get('q')).toBe('a&b=c #d');
    expect(url.searchParams.get('tab')).toBe('12');
    expect(new URL(lookupPageUrl('x', -1)).searchParams.has('tab')).toBe(false);
  });
});

describe('menu registration', () => {
  it('creates the item for selections at install, in the UI language', async () => {
    const menus = fakeMenus();
    setUpContextMenu(lifetime.signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    const item = await until(() => menus.created[0], 'the menu item');
    expect(item).toMatchObject({ id: LOOKUP_MENU_ID, contexts: ['selection'], title: menuTitle('en') });
    expect(menuTitle('en')).toBe('Look up viewpoints for “%s”');
  });

  it('recreates it at browser start without duplicating it', async () => {
    const menus = fakeMenus();
    setUpContextMenu(lifetime.signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await until(() => menus.created[0], 'the first item');
    await fakeBrowser.runtime.onStartup.trigger();
    // Wait for the second create itself, then check the first was removed before it.
    const create = (fakeBrowser.contextMenus as unknown as { create: ReturnType<typeof vi.fn> }).create;
    await until(() => create.mock.calls.length === 2 || undefined, 'the second create');
    expect(menus.created).toHaveLength(1);
  });

  it('follows the language setting', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, language: 'zh' },
      settings$: { v: SETTINGS_VERSION },
    });
    const menus = fakeMenus();
    setUpContextMenu(lifetime.signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect((await until(() => menus.created[0], 'the item')).title).toBe('查找关于“%s”的观点');
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, language: 'en' } });
    const [id, props] = await until(() => menus.updates[0], 'a title update');
    expect(id).toBe(LOOKUP_MENU_ID);
    expect(props.title).toBe('Look up viewpoints for “%s”');
  });

  it('answers clicks through the registered listener', async () => {
    const menus = fakeMenus();
    const openPopup = vi.fn(async () => undefined);
    fakeBrowser.action.openPopup = openPopup;
    setUpContextMenu(lifetime.signal);
    menus.click({ menuItemId: LOOKUP_MENU_ID, selectionText: 'Nvidia' }, { id: 3 });
    expect(await until(pending, 'the handed-over query')).toBe('Nvidia');
    expect(openPopup).toHaveBeenCalledTimes(1);
  });

  it('leaves the rest of the worker running where context menus are missing', () => {
    // WXT's fake browser throws on every context menu call, like a browser without the API.
    expect(() => setUpContextMenu(lifetime.signal)).not.toThrow();
  });
});
