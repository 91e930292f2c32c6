/**
 * Search recall against the truth of the article files: every name a story
 * carries finds it, in both scripts, and body phrases find exactly the
 * stories that hold them. The truth comes from the files by plain substring
 * search (after OpenCC conversion to Simplified, as both scripts' pages
 * fold), never from the search code. One home for the property test
 * (tests/browser/search-recall.test.ts) and the benchmark's recall row.
 */
import * as yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { convertPlainText } from '../../src/lib/convert/text.ts';
import { sourceLocaleOf, type Script, type Variant } from '../../src/lib/site/variants.ts';
import { seededRandom } from '../seeded-random.ts';
import type { CorpusArticle } from './corpus.ts';

/** What one article file says, as a reader can search it. */
export interface SourceFacts {
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
export function factsOf(article: CorpusArticle): SourceFacts {
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
export function storiesHolding(facts: readonly SourceFacts[], phrase: string): string[] {
  return facts.filter((f) => f.texts.some((text) => text.includes(phrase))).map((f) => f.slug).sort();
}

/** Returns `count` phrases of 2–8 Han characters cut from story bodies, chosen with a fixed seed. */
export function samplePhrases(facts: readonly SourceFacts[], count: number, seed = 0x17): string[] {
  const rand = seededRandom(seed);
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

/** Returns, for `variant`, every name of `facts` as a reader of that script types it, with the stories it must find. */
export function nameQueries(facts: readonly SourceFacts[], variant: Variant): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>();
  for (const fact of facts) {
    for (const name of fact.names) {
      const query = convertPlainText(name, sourceLocaleOf[fact.script], variant.opencc);
      wanted.set(query, (wanted.get(query) ?? new Set()).add(fact.slug));
    }
  }
  return wanted;
}

/**
 * Types each query into one search page and returns, per query, the slugs of
 * every story listed, clicking "more" until it is gone. Runs in the page so
 * thousands of searches take seconds, not minutes.
 */
export async function searchAll(page: Page, queries: readonly string[]): Promise<Record<string, string[]>> {
  return page.evaluate(async (list) => {
    const input = document.querySelector<HTMLInputElement>('#search-q');
    const output = document.querySelector<HTMLElement>('#search-output');
    const more = document.querySelector<HTMLButtonElement>('#search-more');
    const results = document.querySelector<HTMLOListElement>('#search-results');
    const status = document.querySelector<HTMLElement>('#search-status');
    if (!input || !output || !more || !results || !status) throw new Error('not a search page');
    // No clock of its own (a busy machine is not a hang): a search that never ends ends in the caller's timeout.
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

/** What a recall run found wrong: each name → story not listed, each phrase whose list differs from the truth. */
export interface RecallReport {
  readonly nameQueries: number;
  /** `query → slug` for each story a name did not list. */
  readonly missing: readonly string[];
  readonly phrases: number;
  /** `phrase: listed n, hold it m` for each phrase listed wrongly (a story missing or one too many). */
  readonly wrongPhrases: readonly string[];
}

/** Returns the names of `facts` searched on `variant`'s page at `origin` that did not list their story. */
export async function missingByName(browser: Browser, origin: string, variant: Variant, facts: readonly SourceFacts[]): Promise<{ queries: number; missing: string[] }> {
  const wanted = nameQueries(facts, variant);
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/${variant.path}/search/`);
    const found = await searchAll(page, [...wanted.keys()]);
    const missing = [...wanted].flatMap(([query, slugs]) => [...slugs].filter((slug) => !found[query]?.includes(slug)).map((slug) => `${query} → ${slug}`));
    return { queries: wanted.size, missing };
  } finally {
    await page.close();
  }
}

/** Returns the phrases searched on `variant`'s page at `origin` whose listed stories are not exactly those of `facts` holding them. */
export async function wrongPhrases(browser: Browser, origin: string, variant: Variant, facts: readonly SourceFacts[], phrases: readonly string[]): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/${variant.path}/search/`);
    const found = await searchAll(page, phrases);
    return phrases.flatMap((phrase) => {
      const truth = storiesHolding(facts, phrase);
      const listed = [...new Set(found[phrase] ?? [])].sort();
      return JSON.stringify(listed) === JSON.stringify(truth) ? [] : [`${phrase}: listed ${listed.length}, hold it ${truth.length}`];
    });
  } finally {
    await page.close();
  }
}
