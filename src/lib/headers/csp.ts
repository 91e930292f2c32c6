/**
 * Content-Security-Policy values: read into directives, and the hash
 * placeholders of `public/_headers` filled with the sha256 sources of the
 * inline `<style>` and `<script>` elements of the built pages.
 */
import { createHash } from 'node:crypto';

/** Written in `style-src` of public/_headers; replaced by the hashes of every inline `<style>`. */
export const styleHashesPlaceholder = '{{inline-style-hashes}}';
/** Written in `script-src` of public/_headers; replaced by the hashes of every inline executable `<script>`. */
export const scriptHashesPlaceholder = '{{inline-script-hashes}}';

/** Returns the CSP source expression (`'sha256-…'`) a browser accepts for exactly this inline text. */
export function sha256Source(text: string): string {
  // Stryker disable next-line StringLiteral: equivalent; Node reads a string as UTF-8 when no encoding is given.
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Returns the directives of a policy, names lower-cased, each with its source list, in policy order. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // A repeated directive is ignored by browsers: the first one counts.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Returns the sorted, de-duplicated hash sources, so the same pages always give the same header. */
export function sortedSources(sources: Iterable<string>): string[] {
  return [...new Set(sources)].sort();
}

/**
 * Returns a header value with the placeholders replaced by the given hash
 * sources (sorted), or removed when there are none.
 */
export function fillCspPlaceholders(value: string, hashes: { styles: Iterable<string>; scripts: Iterable<string> }): string {
  return value
    .replaceAll(styleHashesPlaceholder, sortedSources(hashes.styles).join(' '))
    .replaceAll(scriptHashesPlaceholder, sortedSources(hashes.scripts).join(' '))
    .replace(/[ \t]+;/g, ';')
    .replace(/[ \t]{2,}/g, ' ')
    .trimEnd();
}
