// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRouter } from '../../background/router';
import { TabMentions } from '../../background/tab-mentions';
import { createClaimStore } from '../../claims/store';
import { listenForMessages } from '../../messaging/router';
import { SETTINGS_VERSION } from '../../settings/migrations';
import { resetSettingsStorageForTests } from '../../settings/storage';
import { until } from '../until.test-helper';
import { LookupApp } from './LookupApp';

let root: HTMLElement;
let lifetime: AbortController;
const store = createClaimStore();

const searchBox = () => root.querySelector<HTMLInputElement>('input[type="search"]');
const articles = () => [...root.querySelectorAll<HTMLElement>('article')];
const ids = () => articles().map((a) => a.dataset.viewpoint);

function mount(search = '', surface: 'popup' | 'page' = 'page') {
  render(<LookupApp surface={surface} params={new URLSearchParams(search)} />, root);
}

function type(text: string) {
  const input = searchBox() as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

function key(target: Element, name: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
}

beforeEach(() => {
  fakeBrowser.reset();
  resetSettingsStorageForTests();
  lifetime = new AbortController();
  // The real background router, answering through WXT's fake runtime.
  listenForMessages(
    fakeBrowser.runtime.onMessage,
    createBackgroundRouter({ store: () => store, tabMentions: new TabMentions() }),
    lifetime.signal,
  );
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  lifetime.abort();
  vi.restoreAllMocks();
});

describe('lookup app', () => {
  it('has a labelled search field and lists the four topics with their viewpoint counts', async () => {
    mount();
    const input = await until(searchBox, 'the search field');
    const label = root.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toBe('Search all viewpoints');
    await until(() => root.querySelectorAll('[data-topic]').length === 4, 'the topics');
    const rows = [...root.querySelectorAll('[data-topic]')].map((li) => li.textContent);
    expect(rows[0]).toContain('DeepSeek');
    expect(rows[0]).toContain('33 viewpoints');
    expect(rows[3]).toContain('6 viewpoints');
  });

  it('searches as you type, grouped by topic, with the matched text marked', async () => {
    mount();
    await until(searchBox, 'the search field');
    type('蒸餾');
    await until(() => articles().length > 0, 'results');
    const expected = store.search('蒸餾').map((r) => r.viewpoint.id);
    expect(new Set(ids())).toEqual(new Set(expected));
    const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')].map((g) => g.dataset.group);
    expect(groups[0]).toBe('distillation');
    for (const article of articles()) {
      expect(article.querySelector('mark'), article.dataset.viewpoint).not.toBeNull();
    }
  });

  it('says so when nothing matches and offers the topics', async () => {
    mount('q=zzzqqq');
    const hint = await until(() => root.querySelector('.vl-empty'), 'the empty state');
    expect(root.textContent).toContain('No viewpoint matches “zzzqqq”.');
    const chips = [...hint.querySelectorAll<HTMLButtonElement>('[data-suggest-topic]')];
    expect(chips.map((c) => c.dataset.suggestTopic)).toEqual(['deepseek', 'openai', 'nvidia', 'distillation']);
    chips[2]?.click();
    await until(() => articles().length === 21, "Nvidia's viewpoints");
    expect(searchBox()?.value).toBe('');
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    mount();
    const input = await until(searchBox, 'the search field');
    type('Altman');
    await until(() => articles().length === 4, 'four results');
    // Collapsed, a result shows no source line; expanded it shows the full card content.
    expect(articles()[0]?.querySelector('.vl-source')).toBeNull();
    input.focus();
    key(input, 'ArrowDown');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.vl-disclosure')];
    expect(document.activeElement).toBe(buttons[0]);
    key(buttons[0] as HTMLElement, 'ArrowDown');
    expect(document.activeElement).toBe(buttons[1]);
    key(buttons[1] as HTMLElement, 'End');
    expect(document.activeElement).toBe(buttons[3]);
    key(buttons[3] as HTMLElement, 'Home');
    key(buttons[0] as HTMLElement, 'ArrowUp');
    expect(document.activeElement).toBe(input);
    key(input, 'Enter');
    await until(() => articles()[0]?.querySelector('.vl-source'), 'the first result expanded');
    expect(buttons[0]?.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(buttons[0]);
    key(buttons[0] as HTMLElement, 'Escape');
    expect(document.activeElement).toBe(input);
  });

  it('keeps the keyboard in place when a topic opens and closes', async () => {
    mount();
    const topicButton = () => root.querySelector<HTMLButtonElement>('[data-topic="openai"] button');
    (await until(topicButton, 'the OpenAI topic')).click();
    const back = await until(() => root.querySelector<HTMLButtonElement>('[data-back]'), 'the back button');
    await until(() => document.activeElement === back, 'focus on the back button');
    await until(() => articles().length === 28, "OpenAI's viewpoints");
    key(back, 'ArrowDown');
    expect(document.activeElement).toBe(root.querySelector('.vl-disclosure'));
    back.click();
    await until(() => document.activeElement === topicButton(), 'focus back on the OpenAI topic');
  });

  it('remembers the query for the session and shows it next time', async () => {
    mount();
    await until(searchBox, 'the search field');
    type('36%');
    await until(async () => (await fakeBrowser.storage.session.get('lookupLastQuery')).lookupLastQuery, 'a save');
    render(null, root);
    mount('', 'popup');
    await until(() => searchBox()?.value === '36%', 'the remembered query');
    await until(() => ids().length === 1, 'its result');
    expect(ids()).toEqual(['kasi-openai-market-share-fell']);
  });

  it('opens a topic from ?topic= and a query from ?q= (the lookup page)', async () => {
    mount('topic=distillation');
    await until(() => articles().length === 6, "distillation's viewpoints");
    expect(root.querySelector('[data-open-topic]')?.getAttribute('data-open-topic')).toBe('distillation');
    render(null, root);
    mount('q=%E5%93%81%E7%89%8C');
    await until(() => articles().length === 2, 'two results for 品牌');
    expect(searchBox()?.value).toBe('品牌');
  });

  it('takes a query handed over by the context menu in the popup', async () => {
    await fakeBrowser.storage.session.set({ lookupPendingQuery: 'local' });
    mount('', 'popup');
    await until(() => searchBox()?.value === 'local', 'the handed-over query');
    await until(() => articles().length === 4, 'four results');
    expect(await fakeBrowser.storage.session.get('lookupPendingQuery')).toEqual({});
  });

  it('follows the language setting', async () => {
    await fakeBrowser.storage.sync.set({ settings: { language: 'zh' }, settings$: { v: SETTINGS_VERSION } });
    mount();
    await until(() => root.querySelector('label')?.textContent === '搜索全部观点', 'Chinese labels');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
