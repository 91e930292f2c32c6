import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type CorpusArticle } from '../../scripts/bench/corpus.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveSite } from '../../scripts/measure-search.ts';
import { seededRandom } from '../../scripts/seeded-random.ts';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { convertPlainText } from '../../src/lib/convert/text.ts';
import { pagefindDirectory } from '../../src/lib/search/bundle.ts';
import { sourceLocaleOf, variants, type Script, type Variant } from '../../src/lib/site/variants.ts';
import { build, cleanCopy, root, snapshotSources } from '../build/project-copy.ts';

// Recall as a property: a generated archive of 300 articles (the bench's generator, its fixed seed),
// built once with `astro build` in a copy of the project, searched in real Chromium through the search
// page. Every name a story carries finds it, in both scripts; and body phrases find exactly the stories
// that hold them. The truth comes from the article files by plain substring search, never from the
// search code.
const articleCount = 300;
const phraseCount = 500;
const seedSlug = '2023-02-24-hunan-trade-secret-demonstration';

interface SourceFacts {
  readonly slug: string;
  /** The script the file is written in. */
  readonly script: Script;
  /** What a reader may type to find the story: title, byline and credit names, source, entity names and aliases, as written. */
  readonly names: readonly string[];
  /** Every text of the story a search reads, fields apart, converted to Simplified. */
  readonly texts: readonly string[];
  /** The body's text without markup, converted to Simplified. */
  readonly body: string;
}

interface Frontmatter {
  title: string;
  script: Script;
  source: { name: string };
  authors: { name: string }[];
  credits?: { name: string }[];
  entities?: { name: string; aliases?: string[]; positions?: string[] }[];
  image?: { alt?: string; caption?: string; credit?: string };
}

/** Reads what an article file says, the way a reader sees it: frontmatter names, and the body with its markup removed. */
function factsOf(article: CorpusArticle): SourceFacts {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(article.source);
  if (!match) throw new Error(`${article.slug}: no frontmatter`);
  const data = yaml.load(match[1] ?? '') as Frontmatter;
  // Both scripts' pages fold to Simplified; the truth is the file's text converted to it (OpenCC, not the search code).
  const simplified = (text: string) => convertPlainText(text, sourceLocaleOf[data.script], sourceLocaleOf.hans);
  const body = simplified(
    (match[2] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/[#*_>`]/g, '')
      .replace(/\s+/g, ' '),
  );
  const entityNames = (data.entities ?? []).flatMap((e) => [e.name, ...(e.aliases ?? [])]);
  const names = [data.title, ...data.authors.map((a) => a.name), ...(data.credits ?? []).map((c) => c.name), data.source.name, ...entityNames];
  const captions = data.image ? [data.image.caption ?? ''] : [];
  return { slug: article.slug, script: data.script, names: [...new Set(names)], texts: [data.title, body, ...names, ...captions].map(simplified), body };
}

/** Returns the slugs of the stories whose texts hold `phrase` (any field, never across two fields). */
function storiesHolding(facts: readonly SourceFacts[], phrase: string): string[] {
  return facts.filter((f) => f.texts.some((text) => text.includes(phrase))).map((f) => f.slug).sort();
}

/** Returns `count` phrases of 2–8 Han characters cut from story bodies, chosen with a fixed seed. */
function samplePhrases(facts: readonly SourceFacts[], count: number): string[] {
  const rand = seededRandom(0x17);
  const phrases = new Set<string>();
  while (phrases.size < count) {
    const story = facts[Math.floor(rand() * facts.length)];
    const runs = story?.body.match(/\p{Script=Han}{2,}/gu) ?? [];
    const run = runs[Math.floor(rand() * runs.length)];
    if (!run) continue;
    const chars = [...run];
    const length = Math.min(chars.length, 2 + Math.floor(rand() * 7));
    const start = Math.floor(rand() * (chars.length - length + 1));
    phrases.add(chars.slice(start, start + length).join(''));
  }
  return [...phrases];
}

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
  // The index step may run apart from `astro build` (CONTRACTS.md §1): index here when Astro did not.
  if (!existsSync(path.join(dist, pagefindDirectory))) await writeSearchIndex(dist);
  server = await serveSite(dist);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Types each query into one search page and returns, per query, the slugs of
 * every story listed, clicking "more" until it is gone. Runs in the page so
 * thousands of searches take seconds, not minutes.
 */
async function searchAll(page: Page, queries: readonly string[]): Promise<Record<string, string[]>> {
  return page.evaluate(async (list) => {
    const input = document.querySelector<HTMLInputElement>('#search-q');
    const output = document.querySelector<HTMLElement>('#search-output');
    const more = document.querySelector<HTMLButtonElement>('#search-more');
    const results = document.querySelector<HTMLOListElement>('#search-results');
    const status = document.querySelector<HTMLElement>('#search-status');
    if (!input || !output || !more || !results || !status) throw new Error('not a search page');
    // No clock of its own (a busy machine is not a hang): a search that never ends ends in the test's timeout.
    const until = async (ready: () => boolean) => {
      while (!ready()) await new Promise((resolve) => setTimeout(resolve, 2));
    };
    const found: Record<string, string[]> = {};
    for (const query of list) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => {
        if (output.dataset['state'] === 'error') throw new Error(`the search for "${query}" failed`);
        return output.dataset['state'] === 'done' && output.dataset['query'] === query;
      });
      while (!more.hidden) {
        const shown = results.childElementCount;
        const said = status.textContent;
        more.click();
        // A press may show nothing new (the older periods it searched hold no match): then the status line
        // names an older period than before.
        await until(() => more.hidden === true || results.childElementCount > shown || status.textContent !== said);
      }
      found[query] = [...results.querySelectorAll<HTMLAnchorElement>('h2 a')]
        .map((a) => /\/articles\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1])
        .filter((slug): slug is string => slug !== undefined);
    }
    return found;
  }, queries);
}

async function openSearch(variant: Variant): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/${variant.path}/search/`);
  return page;
}


describe('search recall over a generated archive of 300 articles', () => {
  for (const variant of variants) {
    // Thousands of searches, each paged to its end: minutes on a busy machine, so a longer timeout than the project's.
    it(`finds every story by its title, byline, credits, source, entities and aliases, typed in ${variant.label}`, { timeout: 900_000 }, async () => {
      const page = await openSearch(variant);
      const wanted = new Map<string, Set<string>>();
      for (const fact of facts) {
        for (const name of fact.names) {
          const query = convertPlainText(name, sourceLocaleOf[fact.script], variant.opencc);
          wanted.set(query, (wanted.get(query) ?? new Set()).add(fact.slug));
        }
      }
      const found = await searchAll(page, [...wanted.keys()]);
      await page.close();
      const missing = [...wanted].flatMap(([query, slugs]) => [...slugs].filter((slug) => !found[query]?.includes(slug)).map((slug) => `${query} → ${slug}`));
      expect(wanted.size).toBeGreaterThan(articleCount);
      expect(missing).toEqual([]);
    });
  }

  it('finds for each of 500 body phrases exactly the stories that hold it', { timeout: 900_000 }, async () => {
    const [hans] = variants.filter((v) => v.key === 'hans');
    if (!hans) throw new Error('no Simplified variant');
    const phrases = samplePhrases(facts, phraseCount);
    const page = await openSearch(hans);
    const found = await searchAll(page, phrases);
    await page.close();
    const wrong = phrases.flatMap((phrase) => {
      const truth = storiesHolding(facts, phrase);
      const listed = [...new Set(found[phrase] ?? [])].sort();
      return JSON.stringify(listed) === JSON.stringify(truth) ? [] : [`${phrase}: listed ${listed.length}, hold it ${truth.length}`];
    });
    expect(phrases).toHaveLength(phraseCount);
    expect(wrong).toEqual([]);
  });
});
