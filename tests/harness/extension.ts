/** Where the built extension is, and a check that it was built. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT_DIR = resolve(ROOT, process.env.VL_OUT_DIR ?? '.output');
export const CHROME_BUILD = resolve(OUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = resolve(OUT_DIR, 'firefox-mv3');

/** Throws a clear message when the build the tests need is missing. */
export function requireBuild(path: string): string {
  if (!existsSync(resolve(path, 'manifest.json'))) {
    throw new Error(`No extension build at ${path}: run \`npm run build:all\` (npm test does it for you).`);
  }
  return path;
}
