import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { seedSlug } from '../../../scripts/bench/seed.ts';
import { checkedArticles } from '../../../src/build/article-loader.ts';
import { articleFileOf, articlesDirOf, contentDirOf, glossaryFileOf } from '../../../src/build/content-files.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const content = contentDirOf(root);
const seed = readFileSync(articleFileOf(content, seedSlug), 'utf8');

const dir = mkdtempSync(path.join(tmpdir(), 'loader-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const articles = articlesDirOf(dir);
mkdirSync(articles, { recursive: true });
writeFileSync(glossaryFileOf(dir), readFileSync(glossaryFileOf(content), 'utf8'));

interface StoredEntry {
  id: string;
  digest?: string;
  rendered?: { html: string };
  data: Record<string, unknown>;
}

/** Astro's data store as the loader uses it, keeping a log of what was written and removed. */
function dataStore() {
  const entries = new Map<string, StoredEntry>();
  const log: string[] = [];
  return {
    log,
    entries,
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => {
      log.push(`set ${entry.id}`);
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => {
      log.push(`delete ${id}`);
      entries.delete(id);
    },
    keys: () => [...entries.keys()],
  };
}

/** Runs the loader once, as `astro build` does on each build, against `store`. */
async function load(store: ReturnType<typeof dataStore>): Promise<string[]> {
  const warnings: string[] = [];
  store.log.length = 0;
  await checkedArticles(articles, glossaryFileOf(dir)).load({
    store,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    logger: { warn: (message: string) => warnings.push(message), info: () => undefined },
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${path.join(dir, 'cache')}/`) },
  } as never);
  return warnings;
}

describe('the article loader on a build after a build: only what changed is checked and rendered again', () => {
  const store = dataStore();
  const second = seed.replace(/^title: .*$/m, 'title: 长沙市授予企业商业秘密保护示范称号').replace('为深入贯彻', '长沙讯 为深入贯彻');

  it('stores every article with its rendered body and a digest', async () => {
    writeFileSync(path.join(articles, 'hunan.mdx'), seed);
    writeFileSync(path.join(articles, 'changsha.mdx'), second);
    expect(await load(store)).toEqual([]);
    expect(store.log.sort()).toEqual(['set changsha', 'set hunan']);
    const hunan = store.get('hunan');
    expect(hunan?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(hunan?.rendered?.html).toContain('<p');
    expect(store.get('changsha')?.rendered?.html).toContain('长沙讯');
  });

  it('writes nothing on a build where no file changed', async () => {
    const before = store.get('hunan')?.digest;
    await load(store);
    expect(store.log).toEqual([]);
    expect(store.get('hunan')?.digest).toBe(before);
  });

  it('renders again only the article whose text changed', async () => {
    const before = store.get('hunan')?.digest;
    writeFileSync(path.join(articles, 'changsha.mdx'), second.replace('长沙讯', '长沙消息'));
    await load(store);
    expect(store.log).toEqual(['set changsha']);
    expect(store.get('changsha')?.rendered?.html).toContain('长沙消息');
    expect(store.get('hunan')?.digest).toBe(before);
  });

  it('removes the entry of an article whose file is gone, and only it', async () => {
    rmSync(path.join(articles, 'changsha.mdx'));
    await load(store);
    expect(store.log).toEqual(['delete changsha']);
    expect(store.keys()).toEqual(['hunan']);
  });
});
