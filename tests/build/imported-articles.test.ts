import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Author } from '../../src/lib/article/schema.ts';
import { authorRoleLabel } from '../../src/lib/site/ui.ts';
import { getVariant } from '../../src/lib/site/variants.ts';
import { ImportError } from '../../src/lib/importer/errors.ts';
import { importArticle } from '../../src/lib/importer/pipeline.ts';
import { curation, goldenBase, publishedText, readTraditionalGolden, scrapeNames, scrapesDir, type PublishedText } from '../unit/importer/golden.ts';
import { build, cleanCopy, snapshotSources } from './project-copy.ts';

// Every golden scrape, imported, built in a throwaway copy of the project and
// read back from the built pages of both scripts. An article the report says
// needs a person gets exactly the curation an editor would make for it
// (`curation` in tests/unit/importer/golden.ts). The Traditional pages are
// compared with the reviewed golden text beside each scrape
// (`<name>.zh-hant.txt`), never with the converter's output of the moment.

// Written out: a scrape that stops importing, or starts, fails the first test instead of dropping out.
const PUBLISHED = [
  'beijing-news', 'byline-first', 'caixin-print', 'china-daily-sloppy-pinyin', 'china-times-big5', 'chinanews-dirty-web', 'cna',
  'compiled-translated', 'date-first', 'gov-portal', 'guangming-copyright', 'guangming-gb18030', 'guangxi-lone-note', 'hk01',
  'jiemian-bom', 'keywords', 'liberty-times', 'ming-pao', 'people-copyright', 'people-daily', 'reposted', 'sina-editor-code',
  'southern-metropolis', 'thepaper', 'time-only', 'udn', 'wechat-account', 'wechat-original-title', 'wentu-credit', 'xinhua',
];
const REFUSED = ['mojibake-gbk-as-latin1', 'mojibake-utf8-as-1252', 'refused-damaged-big5'];

interface Imported extends PublishedText {
  readonly base: string;
  readonly slug: string;
}

const imported: Imported[] = [];
const refused: string[] = [];
let dist: string;

beforeAll(() => {
  const copy = cleanCopy(snapshotSources(), 'imported-articles');
  const articles = path.join(copy, 'content/articles');
  mkdirSync(articles, { recursive: true });
  for (const name of scrapeNames()) {
    const base = goldenBase(name);
    try {
      importArticle(readFileSync(path.join(scrapesDir, name)), `tests/fixtures/scrapes/${name}`);
    } catch (error) {
      // Only the importer's own refusal is a refusal; anything else is a bug and fails the file.
      if (!(error instanceof ImportError)) throw error;
      refused.push(base);
      continue;
    }
    const slug = `imported-${base}`;
    const mdx = readFileSync(path.join(scrapesDir, `${base}.mdx`), 'utf8');
    writeFileSync(path.join(articles, `${slug}.mdx`), curation[base]?.mdx(mdx) ?? mdx);
    imported.push({ base, slug, ...publishedText(name) });
  }
  dist = build(copy);
}, 1_200_000);

/** Returns the text of the article body's paragraphs in a built page, tags removed and entities decoded. */
function bodyParagraphs(html: string): string[] {
  return [...html.matchAll(/<p id="p\d+"[^>]*>([\s\S]*?)<\/p>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('every imported golden scrape builds and reads correctly in both scripts', () => {
  it('imports and builds every scrape but the one refused, by name', () => {
    expect(imported.map((article) => article.base)).toEqual(PUBLISHED);
    expect(refused).toEqual(REFUSED);
  });

  it('publishes each body in Simplified exactly as the importer repaired it', () => {
    for (const article of imported) {
      const html = readFileSync(path.join(dist, 'zh-hans/articles', article.slug, 'index.html'), 'utf8');
      expect({ slug: article.slug, paragraphs: bodyParagraphs(html) }).toEqual({ slug: article.slug, paragraphs: article.paragraphs });
    }
  });

  it('publishes each title, byline and body in Traditional as its reviewed golden text says, with nothing of the MDX escaping left', () => {
    expect(imported).toHaveLength(PUBLISHED.length);
    for (const article of imported) {
      const golden = readTraditionalGolden(path.join(scrapesDir, `${article.base}.zh-hant.txt`));
      expect(golden.paragraphs.length, `${article.base}.zh-hant.txt has no paragraphs`).toBeGreaterThan(0);
      const html = readFileSync(path.join(dist, 'zh-hant/articles', article.slug, 'index.html'), 'utf8');
      expect({ slug: article.slug, paragraphs: bodyParagraphs(html) }).toEqual({ slug: article.slug, paragraphs: golden.paragraphs });
      expect(html).toContain(`<title>${golden.title.replace(/&/g, '&amp;')}`);
      expect(html).not.toContain('&amp;#x');
      expect({ slug: article.slug, byline: bylineEntries(html, 'zh-hant', golden.credited) }).toEqual({ slug: article.slug, byline: golden.credited });
    }
  });

  it('shows every author and credit in the Simplified byline, under its role', () => {
    for (const article of imported) {
      expect(article.credited.length, `${article.base} credits nobody`).toBeGreaterThan(0);
      const html = readFileSync(path.join(dist, 'zh-hans/articles', article.slug, 'index.html'), 'utf8');
      expect({ slug: article.slug, byline: bylineEntries(html, 'zh-hans', article.credited) }).toEqual({ slug: article.slug, byline: article.credited });
    }
  });
});

/** Returns those of the `role:name` entries that the page's byline shows: the name, after its role's label. */
function bylineEntries(html: string, variant: 'zh-hans' | 'zh-hant', entries: readonly string[]): string[] {
  // An author's span carries the name for the name index (data-name); a credit's is bare.
  const byline = (/<p class="byline">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '').replace(/<span\b[^>]*>/g, '<span>');
  return entries.filter((entry) => {
    const [role = '', name = ''] = entry.split(':');
    return byline.includes(`<span>${name}`) && byline.includes(`${authorRoleLabel(getVariant(variant), role as Author['role'])}／`);
  });
}
