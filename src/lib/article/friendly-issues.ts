import type { z } from 'astro/zod';

/**
 * The one way a zod issue is told to an editor (as Starlight's
 * `parseWithFriendlyErrors` does): where (the field), what is wrong, what to
 * write. Articles and the glossary both go through it.
 */

/** Returns where an issue is, as a person reads it: `authors[2].role`, or `frontmatter` for the whole. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'frontmatter';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Returns one readable line per zod issue: the place (`place(path)`, by
 * default the field path), what is wrong and what to write.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  place: (path: readonly PropertyKey[]) => string = fieldPath,
): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown field, placed at the field itself.
      return issue.keys.map((key) => `${place([...issue.path, key])}: ${issue.message}.`);
    }
    const missing = valueAt(input, issue.path) === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union');
    return [missing ? `${place(issue.path)}: is missing; add it (it ${issue.message}).` : `${place(issue.path)}: ${issue.message}.`];
  });
}

/**
 * Returns the options of an object schema whose unknown fields are refused
 * with the list of known ones (a mistyped `sumary:` would otherwise vanish),
 * and whose wrong type is told as `wrongType`.
 */
export function strictFields(known: readonly string[], wrongType: string): { error: (issue: z.core.$ZodRawIssue) => string | undefined } {
  return {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return `is not a field we know: check its spelling (the fields here are ${known.join(', ')})`;
      if (issue.code === 'invalid_type') return wrongType;
      return undefined;
    },
  };
}
