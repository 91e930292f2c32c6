/**
 * The `_headers` file a build ships: public/_headers with the CSP hash
 * placeholders filled from the inline code of every built page, after
 * checking that no page carries inline code the policy would block.
 */
import { fillCspPlaceholders, parseCsp, scriptHashesPlaceholder, sha256Source, sortedSources, styleHashesPlaceholder } from './csp.ts';
import { parseHeadersFile } from './headers-file.ts';
import { scanInlineContent, type InlineContent } from './inline-content.ts';

/** A built page: its path inside the output directory and its HTML. */
export interface BuiltPage {
  readonly file: string;
  readonly html: string;
}

export interface BuiltHeadersOptions {
  /**
   * What to do with an inline executable `<script>`: `'fail'` (the default)
   * refuses the build; `'hash'` allows it by adding its hash to `script-src`.
   */
  readonly inlineScripts?: 'fail' | 'hash';
  /**
   * Returns what a built page is made from (an article file), or undefined,
   * so a refusal names the content to fix and not only the page.
   */
  readonly sourceOf?: (file: string) => string | undefined;
  /**
   * Returns what a page carries inline; by default it scans the page. The
   * build passes one that remembers the scans of unchanged pages
   * (src/build/inline-scans.ts), so publishing one story into a large
   * archive scans only the pages that changed.
   */
  readonly scan?: (page: BuiltPage) => InlineContent;
}

/** A page with what it carries inline. */
interface ScannedPage {
  readonly file: string;
  readonly inline: InlineContent;
}

function scanAll(pages: Iterable<BuiltPage>, options: BuiltHeadersOptions): ScannedPage[] {
  const scan = options.scan ?? ((page: BuiltPage) => scanInlineContent(page.html));
  return Array.from(pages, (page) => ({ file: page.file, inline: scan(page) }));
}

/** The filled file and the hashes that went into it. */
export interface BuiltHeaders {
  readonly text: string;
  readonly styleHashes: readonly string[];
  readonly scriptHashes: readonly string[];
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

/** Returns what each page carries inline that a hash-only CSP would block, as messages naming the page. */
export function blockedInlineCode(pages: Iterable<BuiltPage>, options: BuiltHeadersOptions = {}): string[] {
  return problemsOf(scanAll(pages, options), options);
}

function problemsOf(pages: readonly ScannedPage[], options: BuiltHeadersOptions): string[] {
  const problems: string[] = [];
  for (const { file: page, inline } of pages) {
    const source = options.sourceOf?.(page);
    const file = source ? `${page} (from ${source})` : page;
    if (options.inlineScripts !== 'hash') {
      for (const script of inline.scripts.filter((s) => s.executable)) {
        problems.push(
          `${file}: an inline <script${script.type ? ` type="${script.type}"` : ''}> «${excerpt(script.text)}». ` +
            'Move it into a component <script> (Astro bundles it into /_astro/) or a file loaded with src; do not use is:inline.',
        );
      }
    }
    for (const attribute of inline.styleAttributes) {
      problems.push(`${file}: <${attribute.tag} style="${excerpt(attribute.value)}">. Give the element a class and put the rule in the stylesheet.`);
    }
    for (const attribute of inline.handlerAttributes) {
      problems.push(`${file}: <${attribute.tag} ${attribute.name}="${excerpt(attribute.value)}">. Attach the handler with addEventListener in a bundled script.`);
    }
    for (const attribute of inline.javascriptUrls) {
      problems.push(`${file}: <${attribute.tag} ${attribute.name}="${excerpt(attribute.value)}">. Use a button and a bundled script instead of a javascript: URL.`);
    }
  }
  return problems;
}

/** Returns the sorted sha256 sources of every inline `<style>` and inline executable `<script>` of the pages. */
export function inlineHashes(pages: Iterable<BuiltPage>): { styles: string[]; scripts: string[] } {
  return hashesOf(scanAll(pages, {}));
}

function hashesOf(pages: readonly ScannedPage[]): { styles: string[]; scripts: string[] } {
  const styles = new Set<string>();
  const scripts = new Set<string>();
  for (const { inline } of pages) {
    for (const style of inline.styles) styles.add(sha256Source(style));
    for (const script of inline.scripts) if (script.executable) scripts.add(sha256Source(script.text));
  }
  return { styles: sortedSources(styles), scripts: sortedSources(scripts) };
}

/**
 * Returns a `_headers` template with the hash sources filled into the
 * placeholders of its Content-Security-Policy lines; comments and every
 * other line stay as written. Throws when there are hashes and no
 * placeholder in the right directive to receive them.
 */
export function fillHeadersTemplate(template: string, styleHashes: readonly string[], scriptHashes: readonly string[]): string {
  let stylePlaceholders = 0;
  let scriptPlaceholders = 0;
  const lines = template.split('\n').map((line) => {
    // The comment that documents the placeholders keeps them as written.
    if (line.trim().startsWith('#')) return line;
    // Equivalent mutants left standing here: (.*) with or without $ (it runs to the end of the line), \S* before the colon (the name has taken every non-space already).
    const match = /^(\s+)([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (!match || (!line.includes(styleHashesPlaceholder) && !line.includes(scriptHashesPlaceholder))) return line;
    const [, indent = '', name = '', value = ''] = match;
    if (name.toLowerCase() !== 'content-security-policy' && name.toLowerCase() !== 'content-security-policy-report-only') {
      throw new Error(`public/_headers: the hash placeholders belong in a Content-Security-Policy header, not in "${name}".`);
    }
    const policy = parseCsp(value);
    // Stryker disable next-line ArrayDeclaration,UpdateOperator: equivalent; only whether the count is 0 is read, and a default list never holds the placeholder.
    if ((policy.get('style-src') ?? []).includes(styleHashesPlaceholder)) stylePlaceholders++;
    // Stryker disable next-line ArrayDeclaration,UpdateOperator: equivalent; only whether the count is 0 is read, and a default list never holds the placeholder.
    if ((policy.get('script-src') ?? []).includes(scriptHashesPlaceholder)) scriptPlaceholders++;
    return `${indent}${name}: ${fillCspPlaceholders(value, { styles: styleHashes, scripts: scriptHashes })}`;
  });
  if (styleHashes.length > 0 && stylePlaceholders === 0) {
    throw new Error(
      `public/_headers: the built pages have ${styleHashes.length} inline <style> elements, but no Content-Security-Policy has ` +
        `${styleHashesPlaceholder} in its style-src. Add it there so their hashes are allowed.`,
    );
  }
  if (scriptHashes.length > 0 && scriptPlaceholders === 0) {
    throw new Error(
      `public/_headers: the built pages have ${scriptHashes.length} inline <script> elements, but no Content-Security-Policy has ` +
        `${scriptHashesPlaceholder} in its script-src. Add it there so their hashes are allowed.`,
    );
  }
  const text = lines.join('\n');
  // Fail here rather than on the host: the filled file must still read as a _headers file.
  parseHeadersFile(text, 'dist/_headers');
  return text;
}

/**
 * Returns public/_headers (`template`) with the sha256 sources of every
 * inline `<style>` and inline executable `<script>` of the pages filled into
 * its placeholders, sorted so the same pages always give the same file.
 * Throws, listing every page and element, when a page has inline code the
 * policy would block, or when the template lacks a placeholder it needs.
 */
export function builtHeaders(template: string, pages: Iterable<BuiltPage>, options: BuiltHeadersOptions = {}): BuiltHeaders {
  // Each page is read and scanned once: at ten thousand articles a walk of the built pages is seconds.
  const scanned = scanAll(pages, options);
  const problems = problemsOf(scanned, options);
  if (problems.length > 0) {
    throw new Error(
      `${problems.length} piece${problems.length === 1 ? '' : 's'} of inline code would be blocked by the Content-Security-Policy:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
  }
  const { styles, scripts } = hashesOf(scanned);
  return { text: fillHeadersTemplate(template, styles, scripts), styleHashes: styles, scriptHashes: scripts };
}
