/** A calendar month of the archive, as written in URLs: `2023-02`. */
export type MonthKey = string;

/** Returns the month a date falls in (UTC, as frontmatter dates are calendar days): `2023-02`. */
export function monthOf(date: Date): MonthKey {
  return date.toISOString().slice(0, 7);
}

/** Returns items grouped by the month of their date, newest month first, each month keeping the items' order. */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => Date): { month: MonthKey; items: T[] }[] {
  const months = new Map<MonthKey, T[]>();
  for (const item of items) {
    const key = monthOf(dateOf(item));
    const list = months.get(key) ?? [];
    list.push(item);
    months.set(key, list);
  }
  return [...months].sort(([a], [b]) => b.localeCompare(a)).map(([month, list]) => ({ month, items: list }));
}
