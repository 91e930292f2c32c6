import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedSlug } from '../../../scripts/bench/seed.ts';
import { articleFileOf, contentDirOf } from '../../../src/build/content-files.ts';
import { ArticleSourceError, checkArticleSource } from '../../../src/lib/article/check-source.ts';
import { photoFormatOf, photoPathRefusal } from '../../../src/lib/article/photo-path.ts';

// The containment table: every photo path form we know of, with the verdict
// written out (`accepted`, or the one rule that refuses it). Each rule has a
// row that no other rule would refuse, so deleting any one rule fails a row.
// The same table runs for the lead photo (`image.src`) and for the body.
const table: readonly (readonly [src: string, verdict: string])[] = [
  ['./lead.jpg', 'accepted'],
  ['./photos/lead.JPG', 'accepted'],
  ['./照片/授牌现场.jpeg', 'accepted'],
  ['./detail.png', 'accepted'],
  ['./detail.webp', 'accepted'],
  ['./detail.avif', 'accepted'],
  ['./detail.gif', 'accepted'],
  ['./scan.tif', 'accepted'],
  ['./lead-2023_02.tiff', 'accepted'],
  ['', 'empty'],
  [`./${'a'.repeat(200)}.jpg`, 'too-long'],
  ['./授牌 现场.jpg', 'spaces-or-controls'],
  ['https://evil.example/pixel.png', 'web-address'],
  ['data:image/png;base64,AAAA', 'web-address'],
  ['file:///etc/secret.png', 'web-address'],
  ['C:/photos/lead.jpg', 'web-address'],
  ['./photos\\lead.jpg', 'backslash'],
  ['.\\..\\..\\secret.png', 'backslash'],
  ['./chart.js?.png', 'query'],
  ['./lead.jpg?raw', 'query'],
  ['./chart.js#.png', 'fragment'],
  ['./%2e%2e/%2e%2e/secret.png', 'percent-encoding'],
  ['./lead%20photo.jpg', 'percent-encoding'],
  ['/etc/lead.jpg', 'absolute'],
  ['//evil.example/pixel.png', 'absolute'],
  ['~/secret.jpg', 'absolute'],
  ['./../../../../etc/lead.jpg', 'parent-folder'],
  ['../photos/lead.jpg', 'parent-folder'],
  ['./photos/../../secret.jpg', 'parent-folder'],
  ['./photos/../lead.jpg', 'parent-folder'],
  ['lead.jpg', 'relative'],
  ['photos/lead.jpg', 'relative'],
  ['./photos//lead.jpg', 'plain-segments'],
  ['././lead.jpg', 'plain-segments'],
  ['./.hidden.jpg', 'plain-segments'],
  ['./photos/.git/lead.jpg', 'plain-segments'],
  ['./lead(1).jpg', 'plain-characters'],
  ['./a,b.jpg', 'plain-characters'],
  ["./it's.png", 'plain-characters'],
  ['./a"b.png', 'plain-characters'],
  ['./a:b.png', 'plain-characters'],
  ['./lead*.jpg', 'plain-characters'],
  ['./a&b.jpg', 'plain-characters'],
  ['./chart.js', 'image-extension'],
  ['./lead', 'image-extension'],
  ['./logo.svg', 'image-extension'],
  ['./lead.jpg.mjs', 'image-extension'],
  ['./jpg', 'image-extension'],
];

const file = articleFileOf(contentDirOf('.'), seedSlug);
const seed = readFileSync(file, 'utf8');

/** Returns the rule named by a refusal message, or `accepted`. */
const verdictOf = (message: string | undefined) => (message === undefined ? 'accepted' : (/\(rule: ([a-z-]+)\)\.?$/.exec(message)?.[1] ?? `no rule named in «${message}»`));

/** Returns the seed article (or `text`) with `src` as its lead photo, five lines more in the frontmatter. */
function withLead(src: string, text = seed): string {
  // JSON is YAML: the path arrives exactly as written, backslashes and all.
  return text.replace('entities:\n', `image:\n  src: ${JSON.stringify(src)}\n  alt: 授牌仪式现场\n  caption: 2月17日，授牌仪式现场。\n  credit: 周欣\nentities:\n`);
}

/** Returns the seed article with `markdown` as its last paragraph, and the line it is on. */
function withBody(markdown: string): { source: string; line: number } {
  const source = `${seed.trimEnd()}\n\n${markdown}\n`;
  return { source, line: source.split('\n').length - 1 };
}

/** Returns the problems of an article, or [] when it passes. */
function problemsOf(source: string): readonly string[] {
  try {
    checkArticleSource(file, source);
    return [];
  } catch (error) {
    if (!(error instanceof ArticleSourceError)) throw error;
    return error.problems;
  }
}

describe('the form of a photo path', () => {
  it.each(table)('«%s»: %s', (src, verdict) => {
    expect(verdictOf(photoPathRefusal(src)?.message)).toBe(verdict);
    expect(photoPathRefusal(src)?.rule ?? 'accepted').toBe(verdict);
  });

  it('quotes the path and says what to do', () => {
    expect(photoPathRefusal('./chart.js?.png')?.message).toBe(
      'the photo path «./chart.js?.png» holds a ?, which the bundler reads as the start of a query and so loads another file (as code, if it is code): ' +
        "rename the file to plain letters, digits, - and _ with its image extension, put it in the article's folder and write ./name.jpg (rule: query)",
    );
    expect(photoPathRefusal('./../../../../etc/lead.jpg')?.message).toBe(
      "the photo path «./../../../../etc/lead.jpg» climbs out of its folder with ..: a photo is a file in the article's own folder (or a folder inside it): put it there and write ./photo.jpg (rule: parent-folder)",
    );
  });

  it('knows the image type each extension promises', () => {
    expect(['./a.jpg', './a.JPEG', './a.png', './a.webp', './a.avif', './a.gif', './a.tif', './a.tiff', './a.svg'].map(photoFormatOf)).toEqual([
      'jpeg',
      'jpeg',
      'png',
      'webp',
      'heif',
      'gif',
      'tiff',
      'tiff',
      undefined,
    ]);
  });
});

describe('the lead photo (image.src) is held to the same table', () => {
  it.each(table)('«%s»: %s', (src, verdict) => {
    const problems = problemsOf(withLead(src));
    if (verdict === 'accepted') {
      expect(problems).toEqual([]);
      expect(checkArticleSource(file, withLead(src)).photos).toEqual([{ src, field: 'image.src' }]);
    } else {
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^image\.src: the photo path «/);
      expect(verdictOf(problems[0])).toBe(verdict);
    }
  });
});

describe('a photo in the body is held to the same table', () => {
  it.each(table)('«%s»: %s', (src, verdict) => {
    // In angle brackets a destination may hold spaces; Markdown still reads its backslash escapes, none of which occur here.
    const { source, line } = withBody(`![授牌仪式](<${src}> "授牌仪式现场。")`);
    const problems = problemsOf(source);
    if (verdict === 'accepted') {
      expect(problems).toEqual([]);
      expect(checkArticleSource(file, source).photos).toEqual([{ src, field: `body (line ${line}, column 1)` }]);
    } else {
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^body \\(line ${line}, column 1\\): the photo path «`))]);
      expect(verdictOf(problems[0])).toBe(verdict);
    }
  });

  // Markdown decodes escapes and character references before Astro reads the path: the rules see what Astro sees.
  it.each([
    ['./chart.js\\?.png', './chart.js?.png', 'query'],
    ['./chart.js&#63;.png', './chart.js?.png', 'query'],
    ['./chart.js&#x23;.png', './chart.js#.png', 'fragment'],
    ['.&#x2F;..&#x2F;secret.png', './../secret.png', 'parent-folder'],
    ['./&#46;&#46;/secret.png', './../secret.png', 'parent-folder'],
  ])('«%s» is read as «%s»: %s', (written, read, verdict) => {
    const { source, line } = withBody(`![图](${written})`);
    const problems = problemsOf(source);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^body \\(line ${line}, column 1\\): the photo path «${read.replace(/[.?#/]/g, '\\$&')}»`))]);
    expect(verdictOf(problems[0])).toBe(verdict);
  });

  it('lists the lead and every body photo for the disk check, with their places', () => {
    const { source, line } = withBody('![一](./a.jpg)\n\n![二](./b/c.png "说明")');
    expect(checkArticleSource(file, withLead('./lead.jpg', source)).photos).toEqual([
      { src: './lead.jpg', field: 'image.src' },
      { src: './a.jpg', field: `body (line ${line - 2 + 5}, column 1)` },
      { src: './b/c.png', field: `body (line ${line + 5}, column 1)` },
    ]);
  });
});
