/**
 * The search's period manifests (`pagefind/<variant>/periods.json`,
 * CONTRACTS §2 and src/lib/search/ for their layout) of a site merged from
 * parts: each part lists the periods of its own articles, and the site's
 * lists the union, newest first. Read generically, so it holds whatever a
 * period entry carries: a manifest is a JSON array (or an object whose
 * `periods` is one) of period names ("2023", "2023-q1") or of objects named
 * by a `period`, `id` or `name` string.
 */

type Entry = string | Record<string, unknown>;

function nameOf(entry: unknown, file: string): string {
  if (typeof entry === 'string') return entry;
  if (typeof entry === 'object' && entry !== null) {
    for (const key of ['period', 'id', 'name']) {
      const value = (entry as Record<string, unknown>)[key];
      if (typeof value === 'string') return value;
    }
  }
  throw new Error(`${file}: a period entry ${JSON.stringify(entry)} is neither a period name nor an object with a "period", "id" or "name" string.`);
}

function parsed(file: string, text: string): { periods: unknown[]; rest: Record<string, unknown> | null } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON (${(error as Error).message}): rebuild that part.`);
  }
  if (Array.isArray(value)) return { periods: value, rest: null };
  if (typeof value === 'object' && value !== null && Array.isArray((value as { periods?: unknown }).periods)) {
    const { periods, ...rest } = value as { periods: unknown[] };
    return { periods, rest };
  }
  throw new Error(`${file} holds neither a list of periods nor an object with a "periods" list.`);
}

/**
 * Returns the merged manifest: every period of every part once, newest first
 * (names compared as text with numbers in order, descending), written as the
 * first part wrote its own (indentation, final newline). Throws, naming both
 * files, when two parts describe one period differently or disagree on the
 * manifest's other fields.
 */
export function mergedPeriods(parts: readonly { file: string; text: string }[]): string {
  const first = parts[0];
  if (!first) throw new Error('No period manifest to merge.');
  const byName = new Map<string, { entry: Entry; file: string }>();
  let rest: { value: Record<string, unknown> | null; file: string } | undefined;
  for (const { file, text } of parts) {
    const manifest = parsed(file, text);
    if (rest && JSON.stringify(rest.value) !== JSON.stringify(manifest.rest)) {
      throw new Error(`${file} and ${rest.file} differ in more than their periods: the parts were built from different commits. Build every part from the same commit.`);
    }
    rest ??= { value: manifest.rest, file };
    for (const entry of manifest.periods) {
      const name = nameOf(entry, file);
      const seen = byName.get(name);
      if (seen && JSON.stringify(seen.entry) !== JSON.stringify(entry)) {
        throw new Error(`The period ${name} is described differently in ${seen.file} and ${file}: two parts hold articles of that period. Give each period to one part (ARCHIVE_PART years must not overlap).`);
      }
      byName.set(name, { entry: entry as Entry, file });
    }
  }
  const periods = [...byName.entries()].sort(([a], [b]) => b.localeCompare(a, 'en', { numeric: true })).map(([, { entry }]) => entry);
  const indent = /^[[{]\r?\n( +|\t)/.exec(first.text)?.[1] ?? '';
  // The object form keeps its keys in the first part's order, "periods" where it was.
  const value = rest?.value ? Object.assign(JSON.parse(first.text) as Record<string, unknown>, { periods }) : periods;
  return `${JSON.stringify(value, null, indent || undefined)}${first.text.endsWith('\n') ? '\n' : ''}`;
}
