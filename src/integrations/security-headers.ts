import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listBuiltHtml } from '../build/built-site.ts';
import { builtHeaders, type BuiltHeadersOptions, type BuiltPage } from '../lib/headers/built-headers.ts';
import { loaderCodeDigest } from '../build/code-digest.ts';
import { articlesDir } from '../build/content-files.ts';
import { inlineScans } from '../build/inline-scans.ts';

/** Returns the content a built page is made from: its article file, or the entity entry of the articles naming it. */
function contentSourceOf(file: string): string | undefined {
  const match = /^[^/]+\/(articles|entities)\/([^/]+)\/index\.html$/.exec(file);
  if (!match) return undefined;
  return match[1] === 'articles' ? join(articlesDir, `${match[2]}.mdx`) : `the entities entry "${match[2]}" of the articles that name it`;
}

/**
 * Returns the built pages as a list read from disk one file at a time, each
 * time it is walked: at ten thousand articles, opening every page at once ran
 * out of file handles (EMFILE) and holding them all took gigabytes.
 */
function builtPages(dir: string): Iterable<BuiltPage> & { readonly count: number } {
  const files = listBuiltHtml(dir);
  return {
    count: files.length,
    *[Symbol.iterator]() {
      for (const file of files) yield { file, html: readFileSync(join(dir, file), 'utf8') };
    },
  };
}

/**
 * Returns the Astro integration that writes `dist/_headers`: public/_headers
 * with the sha256 of every inline `<style>` (and allowed inline `<script>`)
 * of the built pages filled into its Content-Security-Policy. It fails the
 * build when a page has inline code the policy would block. List it after
 * every integration that writes HTML.
 */
export function securityHeaders(options: BuiltHeadersOptions = {}): AstroIntegration {
  let publicDir: URL | undefined;
  let cacheDir: URL | undefined;
  let root: URL | undefined;
  return {
    name: 'huawen:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = config.publicDir;
        cacheDir = config.cacheDir;
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!publicDir || !cacheDir || !root) throw new Error('security-headers: Astro did not report its public, cache and root directories.');
        const templatePath = fileURLToPath(new URL('_headers', publicDir));
        let template: string;
        try {
          template = await readFile(templatePath, 'utf8');
        } catch (cause) {
          throw new Error(`security-headers: cannot read ${templatePath}; the site's security headers start from it.`, { cause });
        }
        const outDir = fileURLToPath(dir);
        const pages = builtPages(outDir);
        // One cache per output folder: a part's build and the whole site's do not trade scans.
        const scans = inlineScans(fileURLToPath(new URL(`inline-scans/${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.v8`, cacheDir)), loaderCodeDigest(fileURLToPath(root)));
        const { text, styleHashes, scriptHashes } = builtHeaders(template, pages, { sourceOf: contentSourceOf, scan: (page) => scans.scan(page), ...options });
        await writeFile(join(outDir, '_headers'), text);
        scans.save();
        logger.info(
          `Wrote _headers: ${styleHashes.length} inline style hash${styleHashes.length === 1 ? '' : 'es'} and ` +
            `${scriptHashes.length} inline script hash${scriptHashes.length === 1 ? '' : 'es'} from ${pages.count} pages ` +
            `(${scans.counts.scanned} scanned, ${scans.counts.remembered} unchanged since the last build).`,
        );
      },
    },
  };
}
