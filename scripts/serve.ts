/**
 * A static server for the built site, with nothing but Node: it serves
 * `dist/` the way a static host does (index.html for directories, a
 * redirect to the trailing slash, 404.html with status 404) and applies the
 * headers of `dist/_headers`, so the browser tests and `npm start` see the
 * same Content-Security-Policy the host sends. It gzips on the fly when
 * asked, so byte budgets can be measured on the wire.
 *
 *   node scripts/serve.ts          serves dist/ (or DIST_DIR) on PORT (default 4321)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileRules, headersForPath, type CompiledRules } from '../src/lib/headers/headers-for-path.ts';
import { parseHeadersFile } from '../src/lib/headers/headers-file.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  // Pagefind's index files are gzip data its own code unpacks.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Returns the Content-Type a static host sends for a file name. */
export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Returns whether a response of this type is worth gzipping (text, not data that is already compressed). */
function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|wasm|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

/** Returns whether an Accept-Encoding header accepts gzip (a `q=0` refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    return q === undefined || Number(q) > 0;
  }
  return false;
}

export interface ServerOptions {
  /** The directory to serve; relative paths resolve from the working directory. */
  readonly root?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

export interface RunningServer {
  /** The site's root URL, ending in "/". */
  readonly url: string;
  close(): Promise<void>;
}

interface Found {
  readonly file: string;
  readonly status: number;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/**
 * Returns the server running over `root`; it applies `root/_headers` (read
 * once, at start) to every response whose path a rule matches.
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1' }: ServerOptions = {}): Promise<RunningServer> {
  const rootDir = await realpath(path.resolve(root)).catch((cause: unknown) => {
    throw new Error(`Cannot serve ${path.resolve(root)}: it does not exist. Build the site first (npm run build).`, { cause });
  });
  const headersFile = path.join(rootDir, '_headers');
  const rules: CompiledRules = compileRules(
    (await isFile(headersFile)) ? parseHeadersFile(await readFile(headersFile, 'utf8'), headersFile) : [],
  );

  /** Returns the file inside the root for a decoded URL path, or undefined when the path leaves the root. */
  async function insideRoot(urlPath: string): Promise<string | undefined> {
    const candidate = path.resolve(rootDir, `.${urlPath}`);
    if (candidate !== rootDir && !candidate.startsWith(rootDir + path.sep)) return undefined;
    // A symlink may point anywhere: judge where it leads, not its name.
    const real = await realpath(candidate).catch(() => candidate);
    return real === rootDir || real.startsWith(rootDir + path.sep) ? candidate : undefined;
  }

  /** Returns the 404.html nearest up a missing path (/zh-hans/… gets /zh-hans/404.html), as Cloudflare Pages does; the root's otherwise. */
  async function nearestNotFound(target: string): Promise<string> {
    for (let dir = path.dirname(target); dir.startsWith(rootDir + path.sep); dir = path.dirname(dir)) {
      if (await isFile(path.join(dir, '404.html'))) return path.join(dir, '404.html');
    }
    return path.join(rootDir, '404.html');
  }

  async function find(urlPath: string): Promise<Found | { redirect: true } | { status: 403 }> {
    const target = await insideRoot(urlPath);
    if (target === undefined) return { status: 403 };
    const notFound = { file: await nearestNotFound(target), status: 404 };
    // Host configuration, never content.
    if (path.relative(rootDir, target) === '_headers' || path.relative(rootDir, target) === '_redirects') return notFound;
    const info = await stat(target).catch(() => undefined);
    if (info?.isFile()) return { file: target, status: 200 };
    if (info?.isDirectory() && (await isFile(path.join(target, 'index.html')))) {
      return urlPath.endsWith('/') ? { file: path.join(target, 'index.html'), status: 200 } : { redirect: true };
    }
    return notFound;
  }

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawUrl = request.url ?? '/';
    const queryAt = rawUrl.search(/[?#]/);
    const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = queryAt === -1 ? '' : rawUrl.slice(queryAt).replace(/#.*/, '');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(rawPath);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: the path is not valid percent-encoding.\n');
      return;
    }
    if (!urlPath.startsWith('/') || urlPath.includes('\0')) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request.\n');
      return;
    }
    for (const [name, value] of headersForPath(rules, urlPath)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed.\n');
      return;
    }
    const found = await find(urlPath);
    if ('redirect' in found) {
      response.writeHead(301, { Location: `${rawPath}/${query}`, 'Content-Length': 0 }).end();
      return;
    }
    if (!('file' in found)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden: the path leaves the site.\n');
      return;
    }
    const body = await readFile(found.file).catch(() => undefined);
    if (body === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found.\n');
      return;
    }
    const contentType = contentTypeOf(found.file);
    response.setHeader('Content-Type', contentType);
    let payload = body;
    if (compressible(contentType)) {
      response.setHeader('Vary', 'Accept-Encoding');
      if (acceptsGzip(request.headers['accept-encoding'])) {
        payload = gzipSync(body);
        response.setHeader('Content-Encoding', 'gzip');
      }
    }
    response.setHeader('Content-Length', payload.length);
    response.writeHead(found.status);
    response.end(request.method === 'HEAD' ? undefined : payload);
  }

  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      console.error(`serve: ${request.url}:`, error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal server error.\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4321);
  // DIST_DIR is where astro.config.ts builds to when it is set.
  const root = path.resolve(import.meta.dirname, '..', process.env.DIST_DIR ?? 'dist');
  try {
    const server = await startServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
    console.log(`Serving ${path.relative(process.cwd(), root) || '.'}/ at ${server.url} (Ctrl-C to stop)`);
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
