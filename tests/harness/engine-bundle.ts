/** Bundles tests/harness/engine-page.ts into one script to put into a plain page. */
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The engine bundle's source (an IIFE that defines `window.__viewpointLensBench`). */
export async function engineBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'engine-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    minify: true,
  });
  return result.outputFiles[0]?.text ?? '';
}
