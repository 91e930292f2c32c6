import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/bench/corpus.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveSite } from '../../scripts/measure-search.ts';
import { factsOf, missingByName, samplePhrases, wrongPhrases, type SourceFacts } from '../../scripts/bench/recall.ts';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { pagefindDirectory } from '../../src/lib/search/bundle.ts';
import { variants } from '../../src/lib/site/variants.ts';
import { build, cleanCopy, root, snapshotSources } from '../build/project-copy.ts';

// Recall as a property: a generated archive of 300 articles (the bench's generator, its fixed seed),
// built once with `astro build` in a copy of the project, searched in real Chromium through the search
// page. Every name a story carries finds it, in both scripts; and body phrases find exactly the stories
// that hold them. The truth comes from the article files by plain substring search, never from the
// search code.
const articleCount = 300;
const phraseCount = 500;
const seedSlug = '2023-02-24-hunan-trade-secret-demonstration';

let dist: string;
let facts: SourceFacts[];
let server: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  const seedSource = readFileSync(path.join(root, 'content/articles', `${seedSlug}.mdx`), 'utf8');
  const corpus = generateCorpus(seedSlug, seedSource, articleCount);
  facts = corpus.map(factsOf);
  const copy = cleanCopy(snapshotSources(), 'search-recall');
  writeCorpus(path.join(root, 'content'), path.join(copy, 'recall-content'), corpus);
  dist = build(copy, { contentDir: 'recall-content' });
  // `astro build` writes the pages; the search index is its own step (npm run build runs both): index here when it has not run.
  if (!existsSync(path.join(dist, pagefindDirectory))) await writeSearchIndex(dist);
  server = await serveSite(dist);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search recall over a generated archive of 300 articles', () => {
  for (const variant of variants) {
    // Thousands of searches, each paged to its end: minutes on a busy machine, so a longer timeout than the project's.
    it(`finds every story by its title, byline, credits, source, entities and aliases, typed in ${variant.label}`, { timeout: 900_000 }, async () => {
      const { queries, missing } = await missingByName(browser, server.url, variant, facts);
      expect(queries).toBeGreaterThan(articleCount);
      expect(missing).toEqual([]);
    });
  }

  it('finds for each of 500 body phrases exactly the stories that hold it', { timeout: 900_000 }, async () => {
    const [hans] = variants.filter((v) => v.key === 'hans');
    if (!hans) throw new Error('no Simplified variant');
    const phrases = samplePhrases(facts, phraseCount);
    const wrong = await wrongPhrases(browser, server.url, hans, facts, phrases);
    expect(phrases).toHaveLength(phraseCount);
    expect(wrong).toEqual([]);
  });
});
