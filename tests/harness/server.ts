/**
 * A static file server on 127.0.0.1 for test pages (never file://: extensions and CSP behave
 * differently there). Serves tests/fixtures/pages at `/`, and ../shared/realpages at `/real/`
 * when that folder exists. A page named `*.strict-csp.html` is sent with
 * `Content-Security-Policy: default-src 'none'`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../fixtures/pages');
export const REAL_PAGES = resolve(import.meta.dirname, '../../../shared/realpages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TestServer {
  origin: string;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  close(): Promise<void>;
}

function fileFor(urlPath: string, roots: Record<string, string>): string | undefined {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const prefix = Object.keys(roots).find((p) => path.startsWith(p));
  const [base, rel] = prefix
    ? [roots[prefix] as string, path.slice(prefix.length)]
    : path.startsWith('/real/')
      ? [REAL_PAGES, path.slice(6)]
      : [FIXTURE_PAGES, path.slice(1)];
  const file = normalize(join(base, rel || 'index.html'));
  if (!file.startsWith(base)) return undefined; // no ../ escapes
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Starts the server on a free port; `roots` maps more URL prefixes (`/bench/`) to folders. */
export async function startServer(roots: Record<string, string> = {}): Promise<TestServer> {
  const server: Server = createServer((request, response) => {
    const file = fileFor(request.url ?? '/', roots);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    if (file.endsWith('.strict-csp.html')) headers['content-security-policy'] = "default-src 'none'";
    response.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
