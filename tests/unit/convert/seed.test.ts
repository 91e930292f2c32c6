import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/lib/convert/converter.ts';
import { loadGlossary } from '../../../src/build/glossary-file.ts';
import { contentDirOf, glossaryFileOf } from '../../../src/build/content-files.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';

// The seed article as scraped: Traditional characters produced by a
// character-by-character mapping (示范, 復制, 关于→關于), with pinyin
// annotations after some characters (監(jiān)).
const raw = readFileSync(new URL('../../../raw/000_641221267d3722fd.txt', import.meta.url), 'utf8');
const scraped = raw.replace(/(\p{Script=Han})\([a-zü\u00E0-\u01DC]+\)/gu, '$1');

const hant = getVariant('hant');
const hans = getVariant('hans');
const overrides = loadGlossary(glossaryFileOf(contentDirOf('.')));
const simplified = convertText(scraped, { from: 'hant', to: hans, overrides });
const traditional = convertText(simplified, { from: 'hans', to: hant, overrides });

describe('the seed article, Simplified source → Traditional (cn→tw)', () => {
  it('has no pinyin annotations left to convert', () => {
    expect(scraped).not.toMatch(/\p{Script=Han}\([a-z]/u);
    expect(scraped).toContain('市場監管局');
  });

  it.for(['示範', '規範', '複製', '製造業', '關於', '採取', '並', '七百餘家', '依託', '知識產權局'])(
    'writes %s',
    (word) => {
      expect(traditional).toContain(word);
    },
  );

  it.for(['示范', '規范', '復制', '制造業', '關于', '采取', '七百余家', '依托'])('leaves no %s', (word) => {
    expect(traditional).not.toContain(word);
  });

  it('keeps the agency name 知識產權局, never Taiwan’s 智慧財產權局', () => {
    expect(traditional).toContain('長沙市市場監管局、知識產權局、經開區管委會');
    expect(traditional).not.toContain('智慧財產');
  });

  it('keeps every person and place name of the story', () => {
    for (const name of ['錢俊君', '丁珍良', '劉學如', '黃星星', '周欣', '長沙經開區', '湘潭高新區', '中國質量萬里行']) {
      expect(traditional).toContain(name);
    }
  });

  it('differs from the scrape only where the scrape mapped one character blindly, and in quote style', () => {
    const blindMappings = new Set([
      ...['范>範', '于>於', '制>製', '采>採', '并>並', '余>餘', '托>託', '復>複'],
      ...Object.entries(hant.quotes).map(([mark, styled]) => `${mark}>${styled}`),
    ]);
    const ours = [...traditional];
    const theirs = [...scraped];
    expect(ours).toHaveLength(theirs.length);
    const changes = new Set(theirs.flatMap((char, i) => (char === ours[i] ? [] : [`${char}>${ours[i]}`])));
    expect(changes.size).toBeGreaterThan(0);
    for (const change of changes) expect(blindMappings, change).toContain(change);
  });

  it('turns the article’s curly quotes into corner quotes', () => {
    expect(simplified).toContain('“三高四新”');
    expect(traditional).toContain('「三高四新」');
    expect(traditional).not.toMatch(/[“”]/);
  });
});
