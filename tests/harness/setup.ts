/**
 * The usual start of a browser test file: a local server, Chromium with the built extension and,
 * when asked, a plain Chromium to compare against; all started before the file's tests and closed
 * after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, type LaunchOptions, launchChromium, launchPlainChromium } from './chromium';
import { startServer, type TestServer } from './server';

export interface TestEnv {
  server: TestServer;
  browser: ExtensionBrowser;
  /** Chromium without the extension, when `plain` was asked for. */
  plain: Browser;
}

/** Registers the file's beforeAll/afterAll; the returned object is filled before the first test. */
export function useExtensionBrowser(options: LaunchOptions & { plain?: boolean } = {}): TestEnv {
  const env = {} as TestEnv;
  beforeAll(async () => {
    env.server = await startServer();
    [env.browser, env.plain] = await Promise.all([
      launchChromium(options),
      options.plain ? launchPlainChromium() : (undefined as unknown as Browser),
    ]);
  });
  afterAll(async () => {
    await Promise.all([env.browser?.close(), env.plain?.close()]);
    await env.server?.close();
  });
  return env;
}
