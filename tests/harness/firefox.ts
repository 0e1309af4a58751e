/**
 * Debian Firefox ESR with the built add-on installed as a temporary add-on over WebDriver BiDi
 * (puppeteer-core). Used for the Firefox smoke tests.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_BUILD, requireBuild } from './extension';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Launches Firefox headless and installs the add-on. */
export async function launchFirefox(): Promise<{ browser: Browser; addonId: string }> {
  const path = requireBuild(FIREFOX_BUILD);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  const addonId = await browser.installExtension(path);
  return { browser, addonId };
}
