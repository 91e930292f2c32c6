import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localizerFor } from '../../src/build/localize.ts';
import type { Author } from '../../src/lib/article/schema.ts';
import { authorRoleLabel } from '../../src/lib/site/ui.ts';
import { getVariant } from '../../src/lib/site/variants.ts';
import { importArticle } from '../../src/lib/importer/pipeline.ts';
import { goldenBase, scrapeNames, scrapesDir } from '../unit/importer/golden.ts';
import { build, cleanCopy, snapshotSources } from './project-copy.ts';

// Every golden scrape, imported, built in a throwaway copy of the project and
// read back from the built pages of both scripts. An article the report says
// needs a person gets exactly the curation an editor would make for it here.
const CURATION: Record<string, (mdx: string) => string> = {
  // 明報 prints no byline: the editor credits the paper's staff.
  'ming-pao': (mdx) => mdx.replace('authors: []\n', 'authors:\n  - name: 明报记者\n    role: reporter\n'),
  // The lone reading note was the scraper's: the editor deletes it, as the report asks.
  'guangxi-lone-note': (mdx) => mdx.replace('涠（wéi）', '涠'),
  // A government notice signs no person: the editor credits the office that issued it.
  'gov-portal': (mdx) => mdx.replace('authors: []\n', 'authors:\n  - name: 市场监管总局食品安全抽检监测司\n    role: text\n'),
};
/** What the editor's curation above credits, as `role:name`, where it replaces what the importer read. */
const CURATED_CREDITS: Record<string, readonly string[]> = {
  'ming-pao': ['reporter:明报记者'],
  'gov-portal': ['text:市场监管总局食品安全抽检监测司'],
};

interface Imported {
  readonly slug: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** Authors and credits, as `role:name`. */
  readonly credited: readonly string[];
}

const imported: Imported[] = [];
const toTraditional = localizerFor('hans', getVariant('zh-hant'));
let dist: string;

beforeAll(() => {
  const copy = cleanCopy(snapshotSources(), 'imported-articles');
  const articles = path.join(copy, 'content/articles');
  mkdirSync(articles, { recursive: true });
  for (const name of scrapeNames()) {
    let result;
    try {
      result = importArticle(readFileSync(path.join(scrapesDir, name)), `tests/fixtures/scrapes/${name}`);
    } catch {
      continue; // A refused scrape writes nothing; its golden report says why.
    }
    const base = goldenBase(name);
    const slug = `imported-${base}`;
    const mdx = readFileSync(path.join(scrapesDir, `${base}.mdx`), 'utf8');
    writeFileSync(path.join(articles, `${slug}.mdx`), (CURATION[base] ?? ((text: string) => text))(mdx));
    const curatedParagraphs = base === 'guangxi-lone-note' ? result.paragraphs.map((p) => p.replace('涠（wéi）', '涠')) : result.paragraphs;
    const credited = [...result.article.authors, ...(result.article.credits ?? [])].map((a) => `${a.role}:${a.name}`);
    imported.push({ slug, title: result.article.title, paragraphs: curatedParagraphs, credited: CURATED_CREDITS[base] ?? credited });
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
  it('imported at least 24 articles', () => {
    expect(imported.length).toBeGreaterThanOrEqual(24);
  });

  it('publishes each body in Simplified exactly as the importer repaired it', () => {
    for (const article of imported) {
      const html = readFileSync(path.join(dist, 'zh-hans/articles', article.slug, 'index.html'), 'utf8');
      expect({ slug: article.slug, paragraphs: bodyParagraphs(html) }).toEqual({ slug: article.slug, paragraphs: article.paragraphs });
    }
  });

  it('publishes each body in Traditional, converted, with nothing of the MDX escaping left', () => {
    for (const article of imported) {
      const html = readFileSync(path.join(dist, 'zh-hant/articles', article.slug, 'index.html'), 'utf8');
      const paragraphs = bodyParagraphs(html);
      expect(paragraphs).toHaveLength(article.paragraphs.length);
      paragraphs.forEach((paragraph, index) => {
        const simplified = article.paragraphs[index] ?? '';
        // The site's own conversion: phrases, house vocabulary, glossary and corner quotes.
        const expected = toTraditional.text(simplified);
        expect({ slug: article.slug, paragraph }).toEqual({ slug: article.slug, paragraph: expected });
      });
      expect(html).toContain(`<title>${toTraditional.text(article.title).replace(/&/g, '&amp;')}`);
      expect(html).not.toContain('&amp;#x');
    }
  });

  it('shows every author and credit in the byline of both scripts, under its role', () => {
    for (const article of imported) {
      for (const [variant, index] of [['zh-hans', 0], ['zh-hant', 1]] as const) {
        const html = readFileSync(path.join(dist, variant, 'articles', article.slug, 'index.html'), 'utf8');
        const byline = /<p class="byline">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
        for (const entry of article.credited) {
          const [role = '', name = ''] = entry.split(':');
          const shown = index === 0 ? name : toTraditional.text(name);
          const label = authorRoleLabel(getVariant(variant), role as Author['role']);
          expect({ slug: article.slug, variant, role, shown: byline.includes(`<span>${shown}`), label: byline.includes(`${label}／`) }).toEqual({
            slug: article.slug, variant, role, shown: true, label: true,
          });
        }
      }
    }
  });
});
