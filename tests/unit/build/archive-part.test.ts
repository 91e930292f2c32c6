import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'archive-part-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** Imports the build's part module afresh under ARCHIVE_PART=`value`: the build reads the variable once, as it loads. */
async function partModule(value: string | undefined) {
  vi.stubEnv('ARCHIVE_PART', value);
  vi.resetModules();
  return import('../../../src/build/archive-part.ts');
}

describe('the part a build writes, read once from ARCHIVE_PART', () => {
  const listings = ['/zh-hant/', '/zh-hans/', '/zh-hant/archive/2023-02/'];

  it('gives every listing page to the whole build and to the listings part', async () => {
    expect((await partModule(undefined)).listingPaths([...listings])).toEqual(listings);
    expect((await partModule('listings')).listingPaths([...listings])).toEqual(listings);
  });

  it('gives none to a part of some years\' articles, so listings come from one part only', async () => {
    const part = await partModule('articles:2019-2021');
    expect(part.archivePart).toEqual({ kind: 'articles', from: 2019, to: 2021 });
    expect(part.listingPaths([...listings])).toEqual([]);
  });

  it('stops the build at once on a part it cannot read, saying what to write', async () => {
    await expect(partModule('articles:21')).rejects.toThrow('ARCHIVE_PART="articles:21" names no part of the archive.');
  });
});

describe('articleSlugsIn: the article pages the listings part names without building them', () => {
  it('lists each .mdx file by its name, sorted, and nothing else in the folder', async () => {
    const articles = path.join(dir, 'articles');
    mkdirSync(articles, { recursive: true });
    for (const name of ['hunan-trade-secrets.mdx', 'changsha-awards.mdx', 'notes.md', 'lead.jpg', 'draft.mdx.bak']) writeFileSync(path.join(articles, name), '');
    const { articleSlugsIn } = await partModule(undefined);
    expect(articleSlugsIn(articles)).toEqual(['changsha-awards', 'hunan-trade-secrets']);
  });
});
