import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentApp } from '@/src/page/content-app';

// Wiring only. Every page and frame, about:blank frames included; `ctx.signal` aborts when the
// extension is reloaded or disabled, which tears everything down.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    await startContentApp(ctx.signal);
  },
});
