/**
 * The bench's figures over time: bench/results/history.json, committed, one
 * run per archive size and date. `npm run bench` adds its run; `npm run
 * bench:chart` draws the README's growth chart from the file. latest.json
 * (not committed) keeps every detail of the last run; the history keeps the
 * few figures a reader compares across sizes and months.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One archive size built in one bench run. */
export interface HistoryRun {
  /** What produced the figures: `npm run bench`, or where earlier figures were transcribed from. */
  source: string;
  commit: string | null;
  /** 1-minute load average when the build started (2 CPUs shared): high load inflates wall time, not CPU time. */
  load1m: number | null;
  pages: number | null;
  entityPages: number | null;
  wallMs: number;
  /** Wall time of Astro (the rest of the wall time is the search index). */
  astroMs: number | null;
  /** Wall time of the search index. */
  indexMs: number | null;
  /** User + system time of the whole build (GNU time). */
  cpuMs: number | null;
  /** Highest summed resident memory of the build's process tree. */
  peakTreeRssBytes: number;
  /** Largest resident set of one process. */
  peakProcessRssBytes: number | null;
  distBytes: number | null;
  searchIndexBytes: number | null;
  /** Gzip bytes of the cheapest and the dearest of the bench's first searches (null when searches were not measured). */
  firstSearchGzipBytes: { min: number; max: number } | null;
  /** Where the wall time went (phase name → ms), when the bench measured it. */
  phases: Record<string, number | null> | null;
  /** Publishing one story into this archive, when the run measured it. */
  publish: { wallMs: number; cpuMs: number | null; peakTreeRssBytes: number; uploadedFiles: number | null } | null;
}

/** bench/results/history.json: runs keyed by archive size (articles), then by the run's date (ISO 8601). */
export interface BenchHistory {
  about: string;
  sizes: Record<string, Record<string, HistoryRun>>;
}

export const historyAbout =
  'Figures of `npm run bench`, keyed by archive size (articles) and the date of the run; each run adds itself (scripts/bench/history.ts). ' +
  'Times in ms, memory and sizes in bytes. `npm run bench:chart` draws docs/bench-growth.svg from this file.';

/** The parts of one built corpus in the bench's results that the history keeps (scripts/bench.ts, scripts/bench/build.ts). */
interface CorpusLike {
  articles: number;
  pages: number;
  entityPages: number;
  wallMs: number;
  astroMs: number;
  pagefindMs: number | null;
  cpuMs: number | null;
  peakTreeRssBytes: number;
  peakProcessRssBytes: number | null;
  distBytes: number;
  searchIndexBytes: number;
  load1m: number;
  searches: readonly { firstSearchGzipBytes: number }[];
  phases?: object;
}

/** The parts of the bench's results (bench/results/latest.json) that the history keeps. */
export interface BenchResultsLike {
  date: string;
  commit: string | null;
  corpora: readonly CorpusLike[];
  publish?: {
    cold: { articles: number };
    rebuild: { wallMs: number; cpuMs: number | null; peakTreeRssBytes: number };
    files?: { changed: readonly unknown[]; added: readonly unknown[] };
  } | null;
}

/** Returns the history runs of one bench run: one per archive size. */
export function historyRunsOf(results: BenchResultsLike): { articles: number; date: string; run: HistoryRun }[] {
  return results.corpora.map((c) => {
    const searchBytes = c.searches.map((s) => s.firstSearchGzipBytes);
    const publish = results.publish && results.publish.cold.articles === c.articles ? results.publish : null;
    const phases = c.phases
      ? Object.fromEntries(Object.entries(c.phases).filter((entry): entry is [string, number | null] => entry[1] === null || typeof entry[1] === 'number'))
      : null;
    return {
      articles: c.articles,
      date: results.date,
      run: {
        source: 'npm run bench',
        commit: results.commit,
        load1m: c.load1m,
        pages: c.pages,
        entityPages: c.entityPages,
        wallMs: c.wallMs,
        astroMs: c.astroMs,
        indexMs: c.pagefindMs,
        cpuMs: c.cpuMs,
        peakTreeRssBytes: c.peakTreeRssBytes,
        peakProcessRssBytes: c.peakProcessRssBytes,
        distBytes: c.distBytes,
        searchIndexBytes: c.searchIndexBytes,
        firstSearchGzipBytes: searchBytes.length > 0 ? { min: Math.min(...searchBytes), max: Math.max(...searchBytes) } : null,
        phases,
        publish: publish && {
          wallMs: publish.rebuild.wallMs,
          cpuMs: publish.rebuild.cpuMs,
          peakTreeRssBytes: publish.rebuild.peakTreeRssBytes,
          uploadedFiles: publish.files ? publish.files.changed.length + publish.files.added.length : null,
        },
      },
    };
  });
}

/**
 * Returns `history` with `runs` added: a run of the same size and date
 * replaces the one there. Sizes ascend, and dates ascend within a size.
 */
export function withRuns(history: BenchHistory, runs: readonly { articles: number; date: string; run: HistoryRun }[]): BenchHistory {
  const merged = new Map<number, Map<string, HistoryRun>>();
  for (const [size, byDate] of Object.entries(history.sizes)) merged.set(Number(size), new Map(Object.entries(byDate)));
  for (const { articles, date, run } of runs) {
    const byDate = merged.get(articles) ?? new Map<string, HistoryRun>();
    byDate.set(date, run);
    merged.set(articles, byDate);
  }
  const sizes: BenchHistory['sizes'] = {};
  for (const size of [...merged.keys()].sort((a, b) => a - b)) {
    const byDate = merged.get(size) as Map<string, HistoryRun>;
    sizes[String(size)] = Object.fromEntries([...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
  return { about: historyAbout, sizes };
}

/** Returns the history in `file`, or an empty one when the file does not exist yet. Throws, naming the file, when it is not a history. */
export function readHistory(file: string): BenchHistory {
  if (!existsSync(file)) return { about: historyAbout, sizes: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}); fix it or restore it with git checkout.`);
  }
  const sizes = (parsed as { sizes?: unknown } | null)?.sizes;
  if (typeof sizes !== 'object' || sizes === null || Array.isArray(sizes)) {
    throw new Error(`${file} has no "sizes" object (archive size → date → run); restore it with git checkout.`);
  }
  for (const [size, byDate] of Object.entries(sizes)) {
    if (!/^[1-9]\d*$/.test(size) || typeof byDate !== 'object' || byDate === null) {
      throw new Error(`${file}: "sizes" holds "${size}", which is not a number of articles with runs by date.`);
    }
    for (const [date, run] of Object.entries(byDate as object)) {
      const r = run as Partial<HistoryRun> | null;
      if (typeof r?.wallMs !== 'number' || typeof r.peakTreeRssBytes !== 'number') {
        throw new Error(`${file}: the run of ${size} articles on ${date} lacks wallMs or peakTreeRssBytes (numbers).`);
      }
    }
  }
  return parsed as BenchHistory;
}

/** Writes `history` to `file` (two-space JSON, a final newline: one line changes per figure in a diff). */
export function writeHistory(file: string, history: BenchHistory): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(history, null, 2)}\n`);
}
