import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ImportError, printable } from '../../src/lib/importer/errors.ts';
import { importedSha256, renderArticleMdx } from '../../src/lib/importer/mdx.ts';
import { importArticle, type ImportResult } from '../../src/lib/importer/pipeline.ts';
import type { ImportReport } from '../../src/lib/importer/report.ts';
import { isUrlId } from '../../src/lib/site/urls.ts';

/** What to import and where to put it. */
export interface ImportOptions {
  /** The raw scraped text file. */
  readonly rawPath: string;
  /** The folder of article MDX files. */
  readonly outDir: string;
  /** The file name without `.mdx`; by default `<date>-<first 8 hex of the sha256>`. */
  readonly slug?: string | undefined;
  /** Overwrite an existing file and ignore an earlier import of the same raw file. */
  readonly force?: boolean | undefined;
}

/** The file written and the report of the import. */
export interface ImportOutcome {
  readonly written: string;
  readonly report: ImportReport;
  /** The whole import: the article, the repaired paragraphs, the scrape as decoded. */
  readonly result: ImportResult;
  /** Other MDX files in the folder imported from the same raw bytes (only with force). */
  readonly sameSource: readonly string[];
}

// File systems allow 255 bytes a name; URLs and editors' lists read better far shorter.
const MAX_SLUG = 100;

/**
 * Returns where the article was written after importing a raw file into the
 * output folder. Refuses, unless forced, to overwrite a file or to import raw
 * bytes that another file of the folder already came from.
 */
export function importFile(options: ImportOptions): ImportOutcome {
  const { rawPath, outDir, force = false } = options;
  // Everything that can be known before reading is checked before anything is written.
  if (options.slug !== undefined) checkSlug(options.slug);
  checkOutDir(outDir);
  const result = importArticle(readRaw(rawPath), rawPath);
  const { article, report } = result;
  const slug = options.slug ?? `${article.date}-${report.sha256.slice(0, 8)}`;
  const target = join(outDir, `${slug}.mdx`);
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new ImportError(target, 'is a folder, so the article cannot be written there: give another --slug, or move that folder away.');
  }

  const sameSource = listSameSource(outDir, report.sha256, `${slug}.mdx`);
  if (!force) {
    if (existsSync(target)) {
      throw new ImportError(
        target,
        'already exists, and importing again would overwrite it (and any curation done in it). Pass --force to overwrite it, or --slug <another-slug> to write a new file.',
      );
    }
    const [earlier] = sameSource;
    if (earlier) {
      throw new ImportError(
        rawPath,
        `was already imported as ${earlier} (same imported.sha256 ${report.sha256.slice(0, 12)}…), which was probably curated by hand since. Edit that file instead, or pass --force to write ${target} anyway.`,
      );
    }
  }

  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(target, renderArticleMdx(article));
  } catch (cause) {
    throw new ImportError(target, `cannot be written (${(cause as Error).message}); check that --out names a folder you can write to.`, { cause });
  }
  return { written: target, report, result, sameSource };
}

function checkSlug(slug: string): void {
  if (slug.endsWith('.mdx') && isUrlId(slug.slice(0, -4))) {
    throw new Error(`--slug «${printable(slug)}» names the file with its extension: give it without .mdx, as --slug ${slug.slice(0, -4)}.`);
  }
  if (!isUrlId(slug)) {
    throw new Error(
      `--slug «${printable(slug)}» cannot name an article file: use lower-case ASCII letters and digits joined by hyphens, for example 2023-02-24-hunan-trade-secret-demonstration.`,
    );
  }
  if (slug.length > MAX_SLUG) {
    throw new Error(`--slug is ${slug.length} characters long; an article file name may have at most ${MAX_SLUG}: shorten it to a few words, for example 2023-02-24-hunan-trade-secret-demonstration.`);
  }
}

/** Refuses an --out that is a file, sits under a file, or cannot be written, before any folder is made. */
function checkOutDir(outDir: string): void {
  if (outDir.trim() === '') throw new Error('--out is empty: give the folder to write the article into, for example content/articles.');
  let existing = resolve(outDir);
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  const named = existing === resolve(outDir) ? `--out ${printable(outDir)}` : `--out ${printable(outDir)}: its parent ${printable(existing)}`;
  if (!statSync(existing).isDirectory()) {
    throw new Error(`${named} is a file, not a folder: give the folder of article files, for example content/articles.`);
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch {
    throw new Error(`${named} is a folder you cannot write to: give a folder you own, for example content/articles, or fix its permissions.`);
  }
}

function readRaw(rawPath: string): Uint8Array {
  try {
    return readFileSync(rawPath);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `no such file (paths are relative to ${process.cwd()}). Check the name, for example raw/000_641221267d3722fd.txt.`
        : code === 'EISDIR'
          ? 'is a folder: give the raw .txt file inside it.'
          : `cannot be read (${(cause as Error).message}).`;
    throw new ImportError(rawPath, reason, { cause });
  }
}

function listSameSource(outDir: string, sha256: string, ownName: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir)
    .filter((name) => name.endsWith('.mdx') && name !== ownName)
    .sort()
    .filter((name) => importedSha256(readFileSync(join(outDir, name), 'utf8')) === sha256)
    .map((name) => join(outDir, name));
}
