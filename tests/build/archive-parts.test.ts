import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/files-under.ts';
import { mergeParts } from '../../src/build/merge-parts.ts';
import { generateCorpus, writeCorpus } from '../../scripts/bench/corpus.ts';
import { seedFile, seedSlug } from '../../scripts/bench/seed.ts';
import { drawPhoto } from './newsroom.ts';
import { build, cleanCopy, root, snapshotSources } from './project-copy.ts';

// One small archive (the bench's generator: the seed and eleven stories over
// the ten years before it, plus one story of 2024 with a lead photo and a body
// photo, which its article pages and the front page both render) built whole,
// and built as CI would in parts: the articles of 2013–2018, those of
// 2019–2024, and the listings, each in a clean copy of its own (a job of its
// own), then joined by merge-parts.

const corpusFolder = 'parts-content';
const photoStory = '2024-01-15-changsha-exhibition-photos';
const photoSource = `---
title: 长沙会展中心举办商业秘密保护成果展
summary: 1月15日，长沙会展中心举办商业秘密保护成果展。
date: 2024-01-15
script: hans
source:
  name: 湖南日报
  url: https://news.example.com/hunan/exhibition-photos
authors:
  - name: 记者乙
    role: text
  - name: 摄影丙
    role: photo
image:
  src: ./${photoStory}.png
  alt: 展台前，参观者在看一面写着商业秘密保护的展板
  caption: 1月15日，参观者在长沙会展中心的展台前了解商业秘密保护措施。
  credit: 摄影丙
entities:
  - id: changsha-exhibition-centre
    name: 长沙会展中心
    type: place
    roles:
      - role: host
---

1月15日，长沙会展中心举办商业秘密保护成果展，二十余家企业参展。

![两名工作人员在展台后整理资料](./${photoStory}-detail.png "展台后，工作人员在整理参展企业的资料。")

有关负责人表示，将继续推广示范创建经验。
`;

/** Returns every file of a tree with the sha256 of its bytes. */
function treeDigest(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

/** Returns the files that differ between two trees, one line each: only in one, or different bytes. */
function treeDifferences(whole: string, merged: string): string[] {
  const a = treeDigest(whole);
  const b = treeDigest(merged);
  const differences: string[] = [];
  for (const [file, digest] of a) {
    if (!b.has(file)) differences.push(`${file}: only in the whole build`);
    else if (b.get(file) !== digest) differences.push(`${file}: different bytes`);
  }
  for (const file of b.keys()) if (!a.has(file)) differences.push(`${file}: only in the merged parts`);
  return differences;
}

/** Returns a copy of a built site without its search index (pagefind/). */
function withoutSearch(dist: string): string {
  const copy = `${dist}-without-search`;
  cpSync(dist, copy, { recursive: true, filter: (file) => path.relative(dist, file).split(path.sep)[0] !== 'pagefind' });
  return copy;
}

function buildPart(sources: string, part: string | undefined): string {
  const previous = process.env.ARCHIVE_PART;
  if (part === undefined) delete process.env.ARCHIVE_PART;
  else process.env.ARCHIVE_PART = part;
  try {
    // A part is pages only (astro build): the search index is written once over the merged site (README, "Building in parts").
    return build(cleanCopy(sources, part?.replace(/[^a-z0-9]+/g, '-') ?? 'whole'), { contentDir: corpusFolder, searchIndex: part === undefined });
  } finally {
    if (previous === undefined) delete process.env.ARCHIVE_PART;
    else process.env.ARCHIVE_PART = previous;
  }
}

afterEach(() => {
  delete process.env.ARCHIVE_PART;
});

describe('an archive built in parts and merged', () => {
  it('gives the same site, byte for byte, as one build of the whole archive', async () => {
    const sources = snapshotSources();
    const corpus = generateCorpus(seedSlug, readFileSync(seedFile(root), 'utf8'), 12);
    const articles = writeCorpus(path.join(root, 'content'), path.join(sources, corpusFolder), corpus);
    writeFileSync(path.join(articles, `${photoStory}.mdx`), photoSource);
    writeFileSync(path.join(articles, `${photoStory}.png`), await drawPhoto(1600, 1000, 200));
    writeFileSync(path.join(articles, `${photoStory}-detail.png`), await drawPhoto(900, 600, 30));
    const years = corpus.map((a) => Number(a.slug.slice(0, 4)));
    // The generator's dates, written out: with the photo story, the two parts hold 7 and 6 articles.
    expect(years.sort()).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2018, 2019, 2020, 2021, 2022, 2023]);

    const whole = buildPart(sources, undefined);
    const older = buildPart(sources, 'articles:2013-2018');
    const newer = buildPart(sources, 'articles:2019-2024');
    const listings = buildPart(sources, 'listings');

    // A part of some years holds only those years' article pages (and their assets and search files).
    const pagesOf = (dist: string) => filesUnder(dist).filter((f) => f.endsWith('.html') && !f.startsWith('_astro/') && !f.startsWith('pagefind/'));
    const olderPages = pagesOf(older);
    expect(olderPages.length).toBe(14);
    expect(olderPages.every((f) => /^zh-han[st]\/articles\/201[3-8]-/.test(f))).toBe(true);
    const newerPages = pagesOf(newer);
    expect(newerPages.length).toBe(12);
    expect(newerPages.every((f) => /^zh-han[st]\/articles\/(2019|202\d)-/.test(f))).toBe(true);
    // The photo story's renderings: written by its part (article page) and by the listings (front page), alike.
    const photos = (dist: string) => filesUnder(dist).filter((f) => f.startsWith('_astro/') && /\.(webp|jpe?g|png|avif)$/.test(f));
    expect(photos(newer).length).toBeGreaterThan(0);
    // Every part emits every article's photo originals; a part removes those none of its pages draws
    // (src/build/unreferenced-images.ts), so the older part, with no photo story, holds no photo at all.
    expect(photos(older)).toEqual([]);
    expect(pagesOf(listings).some((f) => f.includes('/articles/'))).toBe(false);

    const template = readFileSync(path.join(root, 'public/_headers'), 'utf8');
    const merged = path.join(path.dirname(whole), 'merged');
    const report = mergeParts(merged, [older, newer, listings], template);
    expect(report.merged).toEqual(['_headers']);
    // Pages, assets, _headers, sitemap, feeds: the merged site is the whole build's, byte for byte, without exception.
    expect(treeDifferences(withoutSearch(whole), merged)).toEqual([]);

    // Then the search index over the merged site, as the README's CI example does: the same files as the whole build's.
    const index = spawnSync(process.execPath, [path.join(path.dirname(whole), 'scripts/index-search.ts')], {
      cwd: path.dirname(whole),
      env: { ...process.env, DIST_DIR: merged, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(index.status, `${index.stdout}\n${index.stderr}`).toBe(0);
    expect(filesUnder(merged).some((f) => f.startsWith('pagefind/zh-hant/names/'))).toBe(true);
    expect(treeDifferences(whole, merged)).toEqual([]);
  }, 2_400_000);
});
