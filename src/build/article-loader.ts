import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Loader } from 'astro/loaders';
import { ArticleSourceError, checkArticleSource, type ArticleSource } from '../lib/article/check-source.ts';
import { findEntityConflicts } from '../lib/article/entity-conflicts.ts';
import { convertText, findUnusedOverrides } from '../lib/convert/converter.ts';
import { renderArticleBody } from '../lib/render/article-body.ts';
import { loaderCodeDigest } from './code-digest.ts';
import { defaultVariant } from '../lib/site/variants.ts';
import { loadGlossary } from './glossary-file.ts';
import { isOwnFile } from './own-file.ts';
import { resolvePhoto } from './photo-file.ts';

/**
 * Returns the loader of the articles in `<base>/*.mdx`. Every file is first
 * checked as text, so a bad article stops the build with one readable message
 * (file, field, what to write) instead of a schema dump or a silent drop.
 * Then each body, in the checked dialect, is rendered to HTML here, once
 * (`src/lib/render/article-body.ts`), and stored with the entry: no article
 * becomes a module for Vite to bundle, so the build's time and memory no
 * longer carry ten thousand modules. A file unchanged since the last build
 * (same text, same photos, same loader code) is neither checked nor rendered
 * again: its check comes from a cache in Astro's cache folder, its entry and
 * HTML stay in Astro's data store.
 */
export function checkedArticles(base: string, glossaryPath: string): Loader {
  return {
    name: 'checked-articles',
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const root = fileURLToPath(config.root);
      const code = loaderCodeDigest(root);
      const cacheFile = fileURLToPath(new URL('article-checks.v8', config.cacheDir));
      const cache = readCheckCache(cacheFile, code);
      const checked = await checkArticleFolder(base, glossaryPath, cache);
      writeCheckCache(cacheFile, code, cache);
      for (const warning of checked.warnings) logger.warn(warning);
      const ids = new Set<string>();
      for (const [filePath, article] of checked.articles) {
        const id = path.basename(filePath, '.mdx');
        ids.add(id);
        const digest = generateDigest(`${code}\n${checked.photoDigests.get(filePath) ?? ''}\n${JSON.stringify(article.frontmatter)}\n${article.body}`);
        if (store.get(id)?.digest === digest) continue;
        const { html, photos } = await renderArticleBody(article.body, filePath);
        const data = await parseData({ id, data: { ...article.frontmatter, bodyPhotos: photos }, filePath });
        store.set({ id, data, body: article.body, filePath: path.relative(root, filePath), digest, rendered: { html, metadata: { imagePaths: photos.map((p) => p.src) } } });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}

/** Returns the checks of the last build, or none when they were made by other code (or cannot be read). */
function readCheckCache(file: string, code: string): ArticleCheckCache {
  try {
    const saved = deserialize(readFileSync(file)) as { code: string; checks: [string, ArticleSource][] };
    return saved.code === code ? new Map(saved.checks) : new Map();
  } catch {
    return new Map();
  }
}

function writeCheckCache(file: string, code: string, cache: ArticleCheckCache): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, serialize({ code, checks: [...cache] }));
}

/** The articles of a folder that passed every check, with warnings for editors. */
export interface CheckedFolder {
  articles: Map<string, ArticleSource>;
  /** For each article, a digest of the bytes of its photos: a page changes when a photo does. */
  photoDigests: Map<string, string>;
  warnings: string[];
}

/**
 * Checks of article files already made, by the sha256 of the file's path and text: a
 * file unchanged since the last build is not parsed and checked again. Keyed
 * by the caller to the code that checked them (src/build/code-digest.ts).
 */
export type ArticleCheckCache = Map<string, ArticleSource>;

/**
 * Returns every article in `base` checked, with a warning for each override
 * (in the glossary or an article) that never matches; throws one error
 * listing every problem of every file.
 */
export async function checkArticleFolder(base: string, glossaryPath: string, cache?: ArticleCheckCache): Promise<CheckedFolder> {
  // The folder holding the articles folder and the glossary: the content folder this build was given.
  const content = path.dirname(base);
  for (const [what, file] of [['The articles folder', base], ['The glossary', glossaryPath]] as const) {
    if (!(await isOwnFile(content, file))) {
      throw new Error(`${what} ${file} is, or lies behind, a symbolic link: content must be files in the content folder itself. Replace the link with the real folder or file.`);
    }
  }
  const names = (await readdir(base)).filter((name) => name.endsWith('.mdx')).sort();
  const articles = new Map<string, ArticleSource>();
  const photoDigests = new Map<string, string>();
  const failures: ArticleSourceError[] = [];
  const checked: ArticleCheckCache = new Map();
  for (const name of names) {
    const filePath = path.join(base, name);
    try {
      if (!(await isOwnFile(base, filePath))) {
        throw new ArticleSourceError(filePath, [
          'file: is a symbolic link, and an article is a file of its own in the articles folder: replace the link with the article itself (rule: outside-folder).',
        ]);
      }
      const text = await readFile(filePath, 'utf8');
      // The file's name is part of what is checked (it becomes the page's address).
      const textDigest = createHash('sha256').update(`${filePath}\0`).update(text).digest('hex');
      const article = cache?.get(textDigest) ?? checkArticleSource(filePath, text);
      checked.set(textDigest, article);
      // Every photo goes through the one photo check, as the bundler's resolver will (src/integrations/article-photos.ts),
      // every build: a photo may change while its article does not.
      const refused: string[] = [];
      const photoHash = createHash('sha256');
      for (const photo of article.photos) {
        const verdict = await resolvePhoto(filePath, photo.src);
        if (verdict.refusal) refused.push(`${photo.field}: ${verdict.refusal.message}.`);
        else photoHash.update(`${photo.src}\0`).update(verdict.photo.bytes);
      }
      if (refused.length > 0) throw new ArticleSourceError(filePath, refused);
      articles.set(filePath, article);
      photoDigests.set(filePath, photoHash.digest('hex'));
    } catch (error) {
      if (error instanceof ArticleSourceError) failures.push(error);
      else throw new Error(`Could not read the article ${filePath}.`, { cause: error });
    }
  }
  const conflicts = findEntityConflicts(articles, (name, script) => convertText(name, { from: script, to: defaultVariant }));
  if (failures.length > 0 || conflicts.length > 0) {
    const message = [...failures.map((f) => f.message), ...conflicts].join('\n');
    throw new Error(`Some articles cannot be published. Fix these and build again:\n${message}`);
  }
  const warnings: string[] = [];
  const sources = new Map<string, string>();
  for (const [file, article] of articles) {
    // What conversion will see: the body and every frontmatter string, but not
    // the overrides themselves, or each would match its own definition.
    const source = `${article.body}\n${JSON.stringify({ ...article.data, overrides: [] })}`;
    sources.set(file, source);
    for (const unused of findUnusedOverrides(article.data.overrides, article.data.script, [source])) {
      warnings.push(`${file}: overrides entry "${unused[article.data.script]}" never matches this article; fix its spelling or remove it.`);
    }
  }
  for (const script of new Set([...articles.values()].map((a) => a.data.script))) {
    const texts = [...articles].filter(([, a]) => a.data.script === script).map(([file]) => sources.get(file) ?? '');
    for (const unused of findUnusedOverrides(loadGlossary(glossaryPath), script, texts)) {
      warnings.push(`${glossaryPath}: entry "${unused[script]}" never matches any article written in ${script}; fix its spelling or remove it.`);
    }
  }
  if (cache) {
    // Only the files of this build stay: the cache never outgrows the archive.
    cache.clear();
    for (const [digest, article] of checked) cache.set(digest, article);
  }
  return { articles, photoDigests, warnings };
}
