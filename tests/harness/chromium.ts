/**
 * Debian Chromium with the built extension loaded (Playwright). One helper for every E2E test:
 * launch, extension id, extension pages, errors the extension prints.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, requireBuild } from './extension';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Opens an extension page such as `popup.html`. */
  extensionPage(path: string): Promise<Page>;
  /** Closes the browser; keeps the profile when `keepProfile` (to test a restart). */
  close(keepProfile?: boolean): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Re-use a profile (browser restart tests). */
  userDataDir?: string;
  extensionPath?: string;
  viewport?: { width: number; height: number } | null;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** A touch screen (taps instead of hovers). */
  hasTouch?: boolean;
}

/** Launches Chromium with the extension and waits for its service worker. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extension = requireBuild(options.extensionPath ?? CHROME_BUILD);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'viewpoint-lens-chromium-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Extensions need the new headless mode, which Playwright selects through the flag.
    headless: false,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    extensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async (keepProfile = false) => {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Collects console errors and page errors of a page (the extension's included) while a test runs. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error}${process.env.VL_DEBUG ? `\n${error.stack}` : ''}`));
  return errors;
}

/** Chromium without the extension: the reference for "the page is unchanged". */
export async function launchPlainChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
}

/** Aborts every request that does not go to the local test server: tests never touch the network. */
export async function blockNetwork(context: BrowserContext): Promise<void> {
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|about:)/, (route) => route.abort());
}

/**
 * Makes page scripts repeatable: a paused fake clock (their timers never fire, Date is fixed) and
 * a seeded Math.random, so that a page with its own timestamps, random ids or timed ad frames
 * renders the same markup in two browsers and a difference can only come from the extension.
 * The clock lives in the page's own world; the extension's content script keeps real timers.
 */
export async function makeDeterministic(context: BrowserContext): Promise<void> {
  await context.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
  await context.clock.pauseAt(new Date('2026-01-01T00:00:00Z'));
  await context.addInitScript(() => {
    let seed = 42;
    Math.random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
  });
}
