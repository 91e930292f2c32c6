/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern on an
 * unindented line, then its headers on indented `Name: value` lines.
 * `# comments` and blank lines are ignored; `! Name` (Cloudflare) removes a
 * header an earlier rule set.
 */

/** One header line of a rule: set a value, or detach what earlier rules set. */
export type HeaderLine =
  | { readonly kind: 'set'; readonly name: string; readonly value: string }
  | { readonly kind: 'detach'; readonly name: string };

/** A path pattern and the header lines that apply to the paths it matches. */
export interface HeaderRule {
  readonly pattern: string;
  readonly lines: readonly HeaderLine[];
  /** 1-based line of the pattern in the file, for messages. */
  readonly line: number;
}

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Returns the rules of a `_headers` file in file order; throws on a line it cannot read, naming the file and line. */
export function parseHeadersFile(text: string, fileName = '_headers'): HeaderRule[] {
  const rules: { pattern: string; lines: HeaderLine[]; line: number }[] = [];
  const fail = (lineNumber: number, message: string): never => {
    throw new Error(`${fileName}:${lineNumber}: ${message}`);
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!trimmed.startsWith('/') && !/^https?:\/\//.test(trimmed)) {
        fail(lineNumber, `"${trimmed}" is not a path pattern: start it with "/" (or indent it if it is a header).`);
      }
      rules.push({ pattern: trimmed, lines: [], line: lineNumber });
      return;
    }
    const rule = rules.at(-1) ?? fail(lineNumber, 'a header comes before any path pattern: put a line such as "/*" above it.');
    if (trimmed.startsWith('!')) {
      const name = trimmed.slice(1).trim();
      if (!headerName.test(name)) fail(lineNumber, `"${name}" is not a header name.`);
      rule.lines.push({ kind: 'detach', name });
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) fail(lineNumber, `"${trimmed}" is not a header: write it as "Name: value".`);
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (!headerName.test(name)) fail(lineNumber, `"${name}" is not a header name.`);
    if (value === '') fail(lineNumber, `the header "${name}" has no value.`);
    rule.lines.push({ kind: 'set', name, value });
  });
  return rules;
}
