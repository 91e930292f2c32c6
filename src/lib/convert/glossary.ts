import { load, YAMLException } from 'js-yaml';
import { scripts, type Script } from '../site/variants.ts';
import { scriptName } from './markers.ts';
import type { Override } from './overrides.ts';

const example = scripts.map((script, i) => `${i === 0 ? '- ' : '  '}${script}: …`).join('\n');

function describe(entry: Record<string, unknown>): string {
  const named = scripts.map((script) => entry[script]).find((form) => typeof form === 'string' && form.trim() !== '');
  return typeof named === 'string' ? ` (${named})` : '';
}

/**
 * Returns the site-wide list of protected names and terms from the YAML text
 * of the glossary file `path` (a list of entries with one field per script
 * and an optional `note`). Throws an error naming the file, the entry, the
 * field and what to write when an entry is malformed.
 */
export function parseGlossary(source: string, path: string): Override[] {
  // Only comments or blank lines: no entries yet (the YAML parser calls that an error).
  if (source.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))) return [];

  let parsed: unknown;
  try {
    parsed = load(source, { filename: path });
  } catch (cause) {
    let where = '';
    if (cause instanceof YAMLException) {
      where = cause.mark ? ` at line ${cause.mark.line + 1}, column ${cause.mark.column + 1}` : '';
      where += ` (${cause.reason})`;
    }
    throw new Error(`The glossary ${path} is not valid YAML${where}. Each entry is written like this:\n${example}`, {
      cause,
    });
  }
  if (parsed === null || parsed === undefined) return [];
  if (!Array.isArray(parsed)) {
    throw new Error(`The glossary ${path} must be a list of entries, each starting with "- ", like this:\n${example}`);
  }

  const problems: string[] = [];
  const overrides: Override[] = [];
  const firstBySource = new Map<string, { entry: number; override: Override }>();
  parsed.forEach((raw: unknown, index) => {
    const entryNumber = index + 1;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(`entry ${entryNumber}: must be a mapping with one field per script, like this:\n${example}`);
      return;
    }
    const entry = raw as Record<string, unknown>;
    const label = `entry ${entryNumber}${describe(entry)}`;
    const before = problems.length;
    for (const field of Object.keys(entry)) {
      if (field !== 'note' && !(scripts as readonly string[]).includes(field)) {
        problems.push(`${label}: unknown field "${field}". The fields are ${[...scripts, 'note'].join(', ')}.`);
      }
    }
    for (const script of scripts) {
      const form = entry[script];
      if (form === undefined) {
        problems.push(`${label}: field "${script}" is missing. Write the ${scriptName(script)} form, e.g. \`${script}: …\`.`);
      } else if (typeof form !== 'string' || form.trim() === '') {
        problems.push(`${label}: field "${script}" must be the ${scriptName(script)} form as text, not ${JSON.stringify(form)}.`);
      } else if (form !== form.trim()) {
        problems.push(`${label}: field "${script}" starts or ends with spaces; write the term alone.`);
      }
    }
    if (entry['note'] !== undefined && typeof entry['note'] !== 'string') {
      problems.push(`${label}: field "note" must be text explaining why the entry exists.`);
    }
    if (problems.length > before) return;

    const override = Object.fromEntries([
      ...scripts.map((script): [string, string] => [script, entry[script] as string]),
      ...(typeof entry['note'] === 'string' ? [['note', entry['note']] as [string, string]] : []),
    ]) as Override;
    for (const script of scripts) {
      const key = `${script}\u0000${override[script]}`;
      const earlier = firstBySource.get(key);
      if (!earlier) {
        firstBySource.set(key, { entry: entryNumber, override });
        continue;
      }
      const differing = scripts.filter((other: Script) => earlier.override[other] !== override[other]);
      problems.push(
        differing.length === 0
          ? `${label}: repeats entry ${earlier.entry}; remove one of them.`
          : `${label}: its ${script} form "${override[script]}" is already entry ${earlier.entry}, which gives another ${differing.join('/')} form, so text written in ${script} could not tell them apart. Keep one entry.`,
      );
      break;
    }
    overrides.push(override);
  });

  if (problems.length > 0) {
    throw new Error(`The glossary ${path} has problems. Fix these and build again:\n${problems.map((p) => `  ${path}, ${p}`).join('\n')}`);
  }
  return overrides;
}
