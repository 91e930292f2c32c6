import type { HeaderRule } from './headers-file.ts';
import { patternRegExp } from './path-pattern.ts';

/** Rules with their patterns compiled once, for a server that matches every request. */
export interface CompiledRules {
  readonly rules: readonly { readonly regExp: RegExp; readonly rule: HeaderRule }[];
}

/** Returns the rules ready to match many paths. */
export function compileRules(rules: readonly HeaderRule[]): CompiledRules {
  return { rules: rules.map((rule) => ({ regExp: patternRegExp(rule.pattern), rule })) };
}

/**
 * Returns the headers for a URL path as `[name, value]` pairs, names as the
 * file spells them. Every matching rule applies in file order; a header two
 * rules set is joined with ", " (as Cloudflare Pages does, and as two CSPs
 * mean two policies), and `! Name` drops what earlier rules set.
 */
export function headersForPath(compiled: CompiledRules, path: string): [string, string][] {
  const headers = new Map<string, { name: string; values: string[] }>();
  for (const { regExp, rule } of compiled.rules) {
    if (!regExp.test(path)) continue;
    for (const line of rule.lines) {
      // Stryker disable next-line MethodExpression: equivalent; any one case serves as the key, the name keeps its first spelling.
      const key = line.name.toLowerCase();
      if (line.kind === 'detach') {
        headers.delete(key);
        continue;
      }
      const existing = headers.get(key);
      if (existing) existing.values.push(line.value);
      else headers.set(key, { name: line.name, values: [line.value] });
    }
  }
  return [...headers.values()].map(({ name, values }) => [name, values.join(', ')]);
}
