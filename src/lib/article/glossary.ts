import { scripts } from '../site/variants.ts';
import { describeIssues } from './friendly-issues.ts';
import { overrideListSchema, type Override } from './override-schema.ts';
import { loadYamlData, YamlDataError } from './yaml-data.ts';

const example = scripts.map((script, i) => `${i === 0 ? '- ' : '  '}${script}: …`).join('\n');

/** Returns `entry 2 (余华)`, or `entry 2 (余华), field hant`: where a problem is, as the editor counts entries. */
function placeIn(entries: readonly unknown[]) {
  return (path: readonly PropertyKey[]): string => {
    const [index, field] = path;
    if (typeof index !== 'number') return 'the list';
    const entry = entries[index];
    const named =
      entry !== null && typeof entry === 'object'
        ? scripts.map((script) => (entry as Record<string, unknown>)[script]).find((form) => typeof form === 'string' && form.trim() !== '')
        : undefined;
    const label = `entry ${index + 1}${typeof named === 'string' ? ` (${named.trim().slice(0, 40)})` : ''}`;
    return field === undefined ? label : `${label}, field "${String(field)}"`;
  };
}

/**
 * Returns the site-wide list of protected names and terms from the YAML text
 * of the glossary file `path` (a list of entries with one field per script
 * and an optional `note`), validated by the same schema as an article's
 * `overrides:`. Throws an error naming the file, the entry, the field and
 * what to write when an entry is malformed.
 */
export function parseGlossary(source: string, path: string): Override[] {
  // Only comments or blank lines: no entries yet (the YAML parser calls that an error).
  if (source.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))) return [];

  let parsed: unknown;
  try {
    parsed = loadYamlData(source, path);
  } catch (cause) {
    if (!(cause instanceof YamlDataError)) throw cause;
    if (cause.aliasAt) throw new Error(`The glossary ${path}, ${cause.aliasAt}: ${cause.reason}.`, { cause });
    const where = cause.line === undefined ? '' : ` at line ${cause.line + 1}, column ${(cause.column ?? 0) + 1}`;
    throw new Error(`The glossary ${path} is not valid YAML${where} (${cause.reason}). Each entry is written like this:\n${example}`, { cause });
  }
  if (parsed === null || parsed === undefined) return [];
  if (!Array.isArray(parsed)) {
    throw new Error(`The glossary ${path} must be a list of entries, each starting with "- ", like this:\n${example}`);
  }
  const result = overrideListSchema.safeParse(parsed);
  if (!result.success) {
    const problems = describeIssues(result.error.issues, parsed, placeIn(parsed));
    throw new Error(`The glossary ${path} has problems. Fix these and build again:\n${problems.map((p) => `  ${path}, ${p}`).join('\n')}`);
  }
  return result.data;
}
