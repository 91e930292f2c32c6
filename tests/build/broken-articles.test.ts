import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSlug } from '../../scripts/bench/seed.ts';
import { articleFileOf, contentDirOf } from '../../src/build/content-files.ts';
import { cleanCopy, root, runBuild, snapshotSources } from './project-copy.ts';

// Real builds of broken copies of the seed article: what an editor sees when
// they save a mistake and run `npm run build`.
const article = articleFileOf(contentDirOf('.'), seedSlug);
const seed = readFileSync(path.join(root, article), 'utf8');
let sources: string;

beforeAll(() => {
  sources = snapshotSources();
});

describe('a broken article stops the build and says where and what to do', () => {
  it.each([
    ['a missing date', seed.replace(/^date: .*\n/m, ''), /date: is missing; add it/],
    ['an impossible date', seed.replace('date: 2023-02-24', 'date: 2023-02-30'), /date: is not a real calendar date/],
    ['an unclosed frontmatter', seed.replace(/\n---\n/, '\n\n'), /frontmatter: the block opened by `---` on line 1 is never closed/],
    ['a pinyin leftover in the body', seed.replace('该省局党组成员', '该省(shěng)局党组成员'), /body \(line \d+, column \d+\): a pinyin annotation «省\(shěng\)»/],
    ['U+FFFD in the body', seed.replace('钱俊君在授牌仪式上', '钱俊\uFFFD在授牌仪式上'), /body \(line \d+, column 3\): a replacement character \(U\+FFFD\)/],
  ])('%s', (name, source, message) => {
    const copy = cleanCopy(sources, name.replace(/\W+/g, '-'));
    writeFileSync(path.join(copy, article), source);
    const { status, output } = runBuild(copy);
    expect(status).not.toBe(0);
    expect(output).toContain(article);
    expect(output).toMatch(message);
  });
});
