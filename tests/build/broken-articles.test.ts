import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Real builds of broken copies of the seed article: what an editor sees when
// they save a mistake and run `npm run build`.
const root = path.resolve(import.meta.dirname, '../..');
const slug = '2023-02-24-hunan-trade-secret-demonstration';
const seed = readFileSync(path.join(root, 'content/articles', `${slug}.mdx`), 'utf8');
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Builds the site with the seed article replaced by `source`; returns the exit status and all output. */
function buildWith(source: string): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'broken-article-'));
  temps.push(dir);
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  writeFileSync(path.join(dir, 'content/articles', `${slug}.mdx`), source);
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: path.join(dir, 'content'), DIST_DIR: path.join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a broken article stops the build and says where and what to do', () => {
  it.each([
    ['a missing date', seed.replace(/^date: .*\n/m, ''), /date: is missing; add it/],
    ['an impossible date', seed.replace('date: 2023-02-24', 'date: 2023-02-30'), /date: is not a real calendar date/],
    ['an unclosed frontmatter', seed.replace(/\n---\n/, '\n\n'), /frontmatter: the block opened by `---` on line 1 is never closed/],
    ['a pinyin leftover in the body', seed.replace('该省局党组成员', '该省(shěng)局党组成员'), /body \(line \d+, column \d+\): a pinyin annotation «省\(shěng\)»/],
    ['U+FFFD in the body', seed.replace('钱俊君在授牌仪式上', '钱俊\uFFFD在授牌仪式上'), /body \(line \d+, column 3\): a replacement character \(U\+FFFD\)/],
  ])('%s', (_name, source, message) => {
    const { status, output } = buildWith(source);
    expect(status).not.toBe(0);
    expect(output).toContain(`${slug}.mdx`);
    expect(output).toMatch(message);
  });
});
