/**
 * Browser test (Chromium, built extension): every fixture page in tests/fixtures/pages carries
 * its expected counts in `data-expect-*` attributes (per frame); this one test checks them all,
 * and checks that the page's own markup and root attributes are exactly what the same page shows
 * in a browser without the extension (DESIGN.md contract 3).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedCounts, highlightTexts, pageSnapshot, waitForCounts } from '../harness/highlights';
import { FIXTURE_PAGES } from '../harness/server';
import { useExtensionBrowser } from '../harness/setup';

const pages = readdirSync(FIXTURE_PAGES).filter((name) => name.endsWith('.html') && !name.includes('-child'));

const env = useExtensionBrowser({ plain: true });

describe.each(pages)('fixture %s', (name) => {
  it('highlights exactly the expected mentions in every frame and changes nothing', async () => {
    const page = await env.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(env.server.url(`/${name}`));
    const reference = await env.plain.newPage({ viewport: { width: 1280, height: 800 } });
    await reference.goto(env.server.url(`/${name}`));

    expect(page.frames().length).toBe(reference.frames().length);
    for (const [index, frame] of page.frames().entries()) {
      const expected = await expectedCounts(frame);
      await waitForCounts(frame, expected);
      const texts = await highlightTexts(frame);
      for (const list of Object.values(texts)) for (const text of list) expect(text).toMatch(/^\S(.*\S)?$/);
      const referenceFrame = reference.frames()[index];
      if (!referenceFrame) throw new Error('frame missing in the reference page');
      expect(await pageSnapshot(frame)).toBe(await pageSnapshot(referenceFrame));
    }
    expect(await page.locator('viewpoint-lens-ui').count()).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), reference.close()]);
  });
});

describe('strict Content-Security-Policy', () => {
  it('still paints the highlight styles from the manifest CSS', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/strict.strict-csp.html'));
    await waitForCounts(page, { deepseek: 1, openai: 1, nvidia: 1, distillation: 1 });
    const background = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('p') as Element, '::highlight(viewpoint-lens-nvidia)').backgroundColor,
    );
    expect(background).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    await page.close();
  });
});
