import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { seedPath } from './seed.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const node = fileURLToPath(new URL('../../../node_modules/.bin/node', import.meta.url));
const curated = fileURLToPath(new URL('../../../content/articles/2023-02-24-hunan-trade-secret-demonstration.mdx', import.meta.url));
const defaultName = '2023-02-24-23ed584e.mdx';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  temporary.push(dir);
  return dir;
}

/** Runs `npm run import` the way npm does, from the repository root. */
function runImport(...args: string[]) {
  const result = spawnSync(node, ['scripts/import.ts', ...args], { cwd: repo, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import', () => {
  it('writes the import as a page with --html: the scrape, the article and both scripts, the Traditional as the site converts it', () => {
    const out = tempDir();
    const page = join(out, 'view.html');
    const run = runImport(seedPath, '--out', out, '--html', page);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`The import as a page: ${page} (open it in a browser).`);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h2>The scrape</h2>');
    expect(html).toContain('<h2>The article</h2>');
    // The Traditional column as the site converts the stored Simplified (示范 → 示範, not the scrape's 示范).
    const traditional = /<td lang="zh-Hant">([\s\S]*?)<\/td>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '');
    expect(traditional).toBe('湖南省市場監管局為省商業秘密保護示範基地、示範企業、示範站（點）授牌');
  });

  it('writes <date>-<sha prefix>.mdx and prints the report', () => {
    const out = tempDir();
    const run = runImport(seedPath, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toEqual([defaultName]);
    expect(run.stdout).toContain(`→ ${join(out, defaultName)}`);
    expect(run.stdout).toMatch(/^ +229 {2}pinyin annotations removed$/m);
    expect(run.stdout).toMatch(/^ {2}3:8 {2}byline: /m);
    expect(readFileSync(join(out, defaultName), 'utf8')).toMatch(/^---\ntitle: 湖南省市场监管局/);
  });

  it('takes --slug for the file name and refuses one that is not lower-case ASCII', () => {
    const out = tempDir();
    expect(runImport(seedPath, '--out', out, '--slug', 'hunan-awards').status).toBe(0);
    expect(readdirSync(out)).toEqual(['hunan-awards.mdx']);
    const bad = runImport(seedPath, '--out', out, '--slug', '湖南');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--slug «湖南» cannot name an article file');
  });

  it('gives byte-identical files when importing twice, in two folders or with --force', () => {
    const [first, second] = [tempDir(), tempDir()];
    expect(runImport(seedPath, '--out', first).status).toBe(0);
    expect(runImport(seedPath, '--out', second).status).toBe(0);
    const bytes = readFileSync(join(first, defaultName));
    expect(readFileSync(join(second, defaultName))).toEqual(bytes);
    expect(runImport(seedPath, '--out', first, '--force').status).toBe(0);
    expect(readFileSync(join(first, defaultName))).toEqual(bytes);
  });

  it('never overwrites an existing file without --force', () => {
    const out = tempDir();
    const target = join(out, defaultName);
    writeFileSync(target, 'curated by hand\n');
    const refused = runImport(seedPath, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${target}: already exists`);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('curated by hand\n');

    expect(runImport(seedPath, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\n/);
  });

  it('refuses raw text already imported under another slug, naming that file, unless forced', () => {
    const out = tempDir();
    const earlier = join(out, '2023-02-24-hunan-trade-secret-demonstration.mdx');
    copyFileSync(curated, earlier);
    const refused = runImport(seedPath, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`was already imported as ${earlier}`);
    expect(refused.stderr).toContain('probably curated by hand');
    expect(existsSync(join(out, defaultName))).toBe(false);

    const forced = runImport(seedPath, '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain(`Note: ${earlier} was imported from the same raw file`);
    expect(readFileSync(earlier)).toEqual(readFileSync(curated));
    expect(existsSync(join(out, defaultName))).toBe(true);
  });

  it('explains a missing file, a missing argument and a raw file without a date line', () => {
    const out = tempDir();
    const missing = runImport(join(out, 'nope.txt'), '--out', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`${join(out, 'nope.txt')}: no such file`);

    const none = runImport();
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Give the raw file to import.');
    expect(none.stderr).toContain('Usage: npm run import -- <raw.txt>');

    const undated = join(out, 'undated.txt');
    writeFileSync(undated, '标题\n中国质量万里行\n第一段。\n');
    const noDate = runImport(undated, '--out', out);
    expect(noDate.status).toBe(1);
    expect(noDate.stderr).toContain(`${undated}: line 2 should hold the publication date`);
    expect(readdirSync(out)).toEqual(['undated.txt']);
  });

  it('checks --out and --slug before anything is written, with messages that say what to give', () => {
    const out = tempDir();
    const file = join(out, 'not-a-folder');
    writeFileSync(file, 'x');
    const onFile = runImport(seedPath, '--out', file);
    expect(onFile.status).toBe(1);
    expect(onFile.stderr).toContain(`--out ${file} is a file, not a folder`);
    expect(onFile.stderr).not.toContain('ENOTDIR');

    const under = runImport(seedPath, '--out', join(file, 'articles', '2024'));
    expect(under.status).toBe(1);
    expect(under.stderr).toContain(`its parent ${file} is a file, not a folder`);

    const long = runImport(seedPath, '--out', join(out, 'new', 'folder'), '--slug', 'a'.repeat(101));
    expect(long.status).toBe(1);
    expect(long.stderr).toContain('--slug is 101 characters long; an article file name may have at most 100');
    const extension = runImport(seedPath, '--out', out, '--slug', 'hunan.mdx');
    expect(extension.stderr).toContain('give it without .mdx, as --slug hunan');
    expect(readdirSync(out)).toEqual(['not-a-folder']);
  });

  it('reads a GB18030 file and says so; refuses a binary file without echoing its bytes', () => {
    const out = tempDir();
    const gbk = runImport(join(repo, 'tests/fixtures/scrapes/guangming-gb18030.txt'), '--out', out);
    expect(gbk.status).toBe(0);
    expect(gbk.stdout).toMatch(/^ {2}encoding GB18030: the file is not UTF-8; read as GB18030/m);
    expect(readFileSync(join(out, readdirSync(out)[0] ?? ''), 'utf8')).toContain('全国春播粮食面积稳中有增');

    const binary = join(out, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0xff, 0xfe]));
    const refused = runImport(binary, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${binary}: is not a text file`);
    expect(refused.stderr + refused.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFD]/u);
  });
});
