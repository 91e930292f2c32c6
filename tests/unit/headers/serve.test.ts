import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, startServer, type RunningServer } from '../../../scripts/serve.ts';

// A small built site, laid out as `astro build` lays out dist/.
const parent = mkdtempSync(path.join(tmpdir(), 'serve-'));
const root = path.join(parent, 'dist');
const article = '<!DOCTYPE html><html lang="zh-Hans"><title>湖南省市场监管局为省商业秘密保护示范基地授牌</title><p>'.padEnd(4000, '授牌') + '</p>';
const files: Record<string, string | Buffer> = {
  'index.html': '<!DOCTYPE html><title>华文新闻</title>',
  '404.html': '<!DOCTYPE html><title>找不到页面</title>',
  'zh-hant/404.html': '<!DOCTYPE html><title>找不到這個頁面</title>',
  'zh-hans/articles/2023-02-24-hunan-trade-secret-demonstration/index.html': article,
  'zh-hans/rss.xml': '<?xml version="1.0"?><rss/>',
  '_astro/preference.C4aKFKfS.js': 'export const a = 1;',
  'pagefind/pagefind.zh_0a1b2c3d4e5.pf_meta': Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
  'pagefind/wasm.unknown.pagefind': Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'site.webmanifest': '{}',
  _headers: "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n",
};
for (const [file, content] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}
writeFileSync(path.join(parent, 'secret.txt'), 'outside the site');
symlinkSync(path.join(parent, 'secret.txt'), path.join(root, 'linked.txt'));

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ root });
});
afterAll(async () => {
  await server.close();
  rmSync(parent, { recursive: true, force: true });
});

/** Sends a request with the path exactly as written (fetch would normalise `..` away). */
function raw(rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serving the built site', () => {
  it('reports a URL on a free port of 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html for a directory, with the headers of _headers', async () => {
    const response = await raw('/zh-hans/articles/2023-02-24-hunan-trade-secret-demonstration/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe("default-src 'self'");
    expect(response.body.toString()).toBe(article);
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await raw('/zh-hans/articles/2023-02-24-hunan-trade-secret-demonstration?q=%E6%8E%88%E7%89%8C');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/zh-hans/articles/2023-02-24-hunan-trade-secret-demonstration/?q=%E6%8E%88%E7%89%8C');
  });

  it('answers a missing page with 404.html and status 404, headers included', async () => {
    const response = await raw('/zh-hans/articles/no-such-article/');
    expect(response.status).toBe(404);
    expect(response.body.toString()).toContain('找不到页面');
    expect(response.headers['content-security-policy']).toBe("default-src 'self'");
  });

  it('answers a missing page under a folder with that folder’s own 404.html, the nearest up its path', async () => {
    const response = await raw('/zh-hant/articles/no-such-article/');
    expect(response.status).toBe(404);
    expect(response.body.toString()).toContain('找不到這個頁面');
    expect((await raw('/zh-hant/no-such-page')).body.toString()).toContain('找不到這個頁面');
    expect((await raw('/elsewhere/no-such-page')).body.toString()).toContain('找不到页面');
  });

  it('applies the rules a path matches: bundles are immutable, pages are not', async () => {
    expect((await raw('/_astro/preference.C4aKFKfS.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw('/')).headers['cache-control']).toBeUndefined();
  });

  it.each([
    ['/_astro/preference.C4aKFKfS.js', 'text/javascript; charset=utf-8'],
    ['/zh-hans/rss.xml', 'application/xml; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/site.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/pagefind/pagefind.zh_0a1b2c3d4e5.pf_meta', 'application/octet-stream'],
    ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
  ])('serves %s as %s', async (urlPath, type) => {
    expect((await raw(urlPath)).headers['content-type']).toBe(type);
  });

  it('gzips text when the browser accepts it, and says it varies on that', async () => {
    const urlPath = '/zh-hans/articles/2023-02-24-hunan-trade-secret-demonstration/';
    const plain = await raw(urlPath);
    const zipped = await raw(urlPath, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(article);
  });

  it('leaves Pagefind’s already-compressed files alone', async () => {
    const response = await raw('/pagefind/wasm.unknown.pagefind', { 'Accept-Encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toEqual(files['pagefind/wasm.unknown.pagefind']);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await raw('/', {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(files['index.html'] as string));
    expect(response.body.length).toBe(0);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/zh-hans/..%2f..%2fsecret.txt', '/linked.txt'])('refuses %s, which leads outside the site', async (urlPath) => {
    const response = await raw(urlPath);
    expect(response.status).toBe(403);
    expect(response.body.toString()).not.toContain('outside the site');
  });

  it('does not publish its own configuration', async () => {
    expect((await raw('/_headers')).status).toBe(404);
  });

  it('refuses to write', async () => {
    expect((await raw('/', {}, 'POST')).status).toBe(405);
  });

  it('says to build first when there is nothing to serve', async () => {
    await expect(startServer({ root: path.join(parent, 'missing') })).rejects.toThrow(/does not exist\. Build the site first \(npm run build\)/);
  });
});

describe('reading Accept-Encoding', () => {
  it.each([
    [undefined, false],
    ['gzip', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['gzip;q=0', false],
    ['*', true],
    ['identity', false],
  ])('%j accepts gzip: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('npm start', () => {
  it('prints the URL to open, serves there, and stops cleanly on Ctrl-C', async () => {
    const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../../scripts/serve.ts')], {
      env: { ...process.env, DIST_DIR: root, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl-C to stop\)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.stderr.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
    });
    const response = await fetch(`${url}zh-hans/articles/2023-02-24-hunan-trade-secret-demonstration/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(article);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
