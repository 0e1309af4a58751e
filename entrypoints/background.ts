import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setUpContextMenu } from '@/src/background/context-menu';
import { createBackgroundRouter } from '@/src/background/router';
import { TabMentions } from '@/src/background/tab-mentions';
import { type ClaimStore, createClaimStore } from '@/src/claims/store';
import { askTab } from '@/src/messaging/client';
import { listenForMessages } from '@/src/messaging/router';
import { loadSettings, watchSettings } from '@/src/settings/storage';

// Wiring only: the listeners are registered synchronously at start-up so that a message that
// wakes a sleeping worker is never missed; state that loads asynchronously is awaited inside.
export default defineBackground(() => {
  const lifetime = new AbortController();
  const tabMentions = new TabMentions({
    load: async () => (await browser.storage.session.get('tabMentions')).tabMentions as never,
    save: (snapshot) => browser.storage.session.set({ tabMentions: snapshot }),
  });
  let claims: ClaimStore | undefined;
  const store = () => {
    claims ??= createClaimStore();
    return claims;
  };
  listenForMessages(browser.runtime.onMessage, createBackgroundRouter({ store, tabMentions }), lifetime.signal);
  setUpContextMenu(lifetime.signal);

  // The keyboard command (default Alt+Shift+V) walks the mentions of the page in front.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'next-mention' && tab?.id !== undefined) {
      void askTab(tab.id, { type: 'page/next-mention', from: 'keyboard' });
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void tabMentions.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its frames report afresh.
    if (change.status === 'loading') void tabMentions.clear(tabId);
  });

  void loadSettings().then(({ settings }) => tabMentions.setBadgeEnabled(settings.badge));
  watchSettings((settings) => tabMentions.setBadgeEnabled(settings.badge), lifetime.signal);
});
