/**
 * The `_headers` of a site merged from parts of the archive: each part's
 * file carries the hashes of its own pages' inline code, and the site's
 * allows the hashes of every part, filled into the same template a single
 * build fills (src/lib/headers/built-headers.ts), so the merged file is the
 * one a build of the whole archive writes.
 */
import { fillHeadersTemplate } from './built-headers.ts';
import { parseCsp, sortedSources } from './csp.ts';
import { parseHeadersFile } from './headers-file.ts';

/** Returns the hash sources ('sha256-…') of the style-src and script-src directives of every Content-Security-Policy in a `_headers` file. */
export function hashSourcesOf(text: string, fileName: string): { styles: string[]; scripts: string[] } {
  const styles: string[] = [];
  const scripts: string[] = [];
  for (const rule of parseHeadersFile(text, fileName)) {
    for (const line of rule.lines) {
      if (line.kind !== 'set') continue;
      if (line.name.toLowerCase() !== 'content-security-policy' && line.name.toLowerCase() !== 'content-security-policy-report-only') continue;
      const policy = parseCsp(line.value);
      const hashes = (directive: string) => (policy.get(directive) ?? []).filter((source) => /^'sha(256|384|512)-/.test(source));
      styles.push(...hashes('style-src'));
      scripts.push(...hashes('script-src'));
    }
  }
  return { styles, scripts };
}

/** Returns the `_headers` of the merged site: `template` (public/_headers) filled with the hashes of every part's `_headers`. */
export function mergedHeaders(template: string, parts: readonly { file: string; text: string }[]): string {
  const styles: string[] = [];
  const scripts: string[] = [];
  for (const { file, text } of parts) {
    const hashes = hashSourcesOf(text, file);
    styles.push(...hashes.styles);
    scripts.push(...hashes.scripts);
  }
  return fillHeadersTemplate(template, sortedSources(styles), sortedSources(scripts));
}
