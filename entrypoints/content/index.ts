import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentApp } from '@/src/page/content-app';
import { HoverController } from '@/src/page/hover-controller';

// Wiring only. Every page and frame, about:blank frames included; `ctx.signal` aborts when the
// extension is reloaded or disabled, which tears everything down.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    let hover: HoverController | undefined;
    const app = await startContentApp(ctx.signal, {
      onNextMention: (topicId, from) => hover?.next(topicId, from) ?? false,
    });
    hover = new HoverController(ctx, app);
    // Chromium does not re-inject or notify a content script when its extension is reloaded or
    // disabled: its runtime just goes away. Reading `ctx.isInvalid` notices that and aborts
    // `ctx.signal`, which removes the highlights, the card and every listener.
    ctx.setInterval(() => ctx.isInvalid, 1000);
  },
});
