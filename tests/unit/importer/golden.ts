import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportError } from '../../../src/lib/importer/errors.ts';
import { renderArticleMdx } from '../../../src/lib/importer/mdx.ts';
import { importArticle } from '../../../src/lib/importer/pipeline.ts';
import { localizerFor } from '../../../src/build/localize.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';
import { formatReport } from '../../../src/lib/importer/report.ts';

/** The golden corpus: raw scrapes, each with the MDX and report the importer must give. */
export const scrapesDir = fileURLToPath(new URL('../../fixtures/scrapes/', import.meta.url));
/** How the corpus names a raw file in reports, the same on every machine. */
export const scrapesPath = 'tests/fixtures/scrapes';

/** Returns the raw scrape file names of the corpus, sorted. */
export function scrapeNames(): string[] {
  return readdirSync(scrapesDir)
    .filter((name) => name.endsWith('.txt') && !name.endsWith('.report.txt') && !name.endsWith('.zh-hant.txt'))
    .sort();
}

/** Returns the expected files of a scrape: `<name>.mdx` (when it imports) and `<name>.report.txt`. */
export function goldenOutputs(name: string): { mdx: string | undefined; report: string } {
  const path = `${scrapesPath}/${name}`;
  try {
    const { article, report } = importArticle(readFileSync(join(scrapesDir, name)), path);
    return { mdx: renderArticleMdx(article), report: formatReport(report) };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { mdx: undefined, report: `Refused: ${error.message}\n` };
  }
}

/** Returns the base name of a scrape's expected files. */
export function goldenBase(name: string): string {
  return name.replace(/\.txt$/, '');
}

/**
 * What an editor does to an imported article whose report says it needs a
 * person, before it is published: to the MDX file, and so to the paragraphs
 * and credits a reader sees.
 */
export const curation: Readonly<Record<string, { mdx(text: string): string; paragraph?(text: string): string; credited?: readonly string[] }>> = {
  // 明報 prints no byline: the editor credits the paper's staff.
  'ming-pao': { mdx: (mdx) => mdx.replace('authors: []\n', 'authors:\n  - name: 明报记者\n    role: reporter\n'), credited: ['reporter:明报记者'] },
  // The lone reading note was the scraper's: the editor deletes it, as the report asks.
  'guangxi-lone-note': { mdx: (mdx) => mdx.replace('涠（wéi）', '涠'), paragraph: (text) => text.replace('涠（wéi）', '涠') },
  // A government notice signs no person: the editor credits the office that issued it, as the report asks.
  'gov-portal': {
    mdx: (mdx) => mdx.replace('authors: []\n', 'authors:\n  - name: 市场监管总局食品安全抽检监测司\n    role: text\n'),
    credited: ['text:市场监管总局食品安全抽检监测司'],
  },
};

/** What a reader of a published scrape reads in the stored (Simplified) script: title, credits as `role:name`, body paragraphs. */
export interface PublishedText {
  readonly title: string;
  readonly credited: readonly string[];
  readonly paragraphs: readonly string[];
}

/** Returns what a scrape that imports publishes, after the editor's curation, in the script it is stored in. */
export function publishedText(name: string): PublishedText {
  const { article, paragraphs } = importArticle(readFileSync(join(scrapesDir, name)), `${scrapesPath}/${name}`);
  const curated = curation[goldenBase(name)];
  return {
    title: article.title,
    credited: curated?.credited ?? [...article.authors, ...(article.credits ?? [])].map((a) => `${a.role}:${a.name}`),
    paragraphs: paragraphs.map((text) => curated?.paragraph?.(text) ?? text),
  };
}

/**
 * Returns the golden Traditional text of a published scrape
 * (`<name>.zh-hant.txt`): `title:` and `credited:` lines, a blank line, then
 * one body paragraph a line, as the site's converter (house vocabulary and
 * glossary) gives them. Written by `npm run golden:scrapes`, reviewed as a
 * diff, and then the expected text of the built Traditional page.
 */
export function traditionalGolden(text: PublishedText): string {
  const toTraditional = localizerFor('hans', getVariant('zh-hant'));
  const lines = [`title: ${toTraditional.text(text.title)}`, ...text.credited.map((entry) => `credited: ${entry.replace(/:(.*)$/, (_, name: string) => `:${toTraditional.text(name)}`)}`), ''];
  for (const paragraph of text.paragraphs) {
    if (paragraph.includes('\n')) throw new Error(`A paragraph holds a line break, which the golden file cannot keep: «${paragraph.slice(0, 40)}»`);
    lines.push(toTraditional.text(paragraph));
  }
  return `${lines.join('\n')}\n`;
}

/** Reads a golden Traditional text back into its parts. */
export function readTraditionalGolden(file: string): PublishedText {
  const [head = '', body = ''] = readFileSync(file, 'utf8').split('\n\n');
  const lines = head.split('\n');
  return {
    title: lines.find((line) => line.startsWith('title: '))?.slice('title: '.length) ?? '',
    credited: lines.filter((line) => line.startsWith('credited: ')).map((line) => line.slice('credited: '.length)),
    paragraphs: body.split('\n').filter((line) => line !== ''),
  };
}
