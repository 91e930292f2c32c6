import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartRows, chartSpec } from '../../../scripts/bench/chart.ts';
import { historyRunsOf, readHistory, withRuns, writeHistory, type BenchHistory, type HistoryRun } from '../../../scripts/bench/history.ts';

// The bench's history and the README chart drawn from it. Fixed figures in, the
// rows the chart plots out, written as numbers: no build runs and no pixel is compared.
const GB = 1024 ** 3;
const run = (change: Partial<HistoryRun>): HistoryRun => ({
  source: 'npm run bench',
  commit: null,
  load1m: 1,
  pages: null,
  entityPages: null,
  wallMs: 60_000,
  astroMs: null,
  indexMs: null,
  cpuMs: null,
  peakTreeRssBytes: 2 * GB,
  peakProcessRssBytes: null,
  distBytes: null,
  searchIndexBytes: null,
  firstSearchGzipBytes: null,
  phases: null,
  publish: null,
  ...change,
});

const corpus = (articles: number, change: object = {}) => ({
  articles,
  pages: articles * 5,
  entityPages: 100,
  wallMs: 40_000,
  astroMs: 30_000,
  pagefindMs: 10_000,
  cpuMs: 45_000,
  peakTreeRssBytes: 1_500_000_000,
  peakProcessRssBytes: 1_000_000_000,
  distBytes: 80_000_000,
  searchIndexBytes: 9_000_000,
  load1m: 0.5,
  searches: [{ firstSearchGzipBytes: 120_000 }, { firstSearchGzipBytes: 99_000 }, { firstSearchGzipBytes: 250_000 }],
  ...change,
});

describe('the bench history', () => {
  it('keeps one run per archive size with the cheapest and dearest first search and the publish row of the largest size', () => {
    const runs = historyRunsOf({
      date: '2026-12-05T10:00:00.000Z',
      commit: 'abc',
      corpora: [corpus(100, { searches: [] }), corpus(1000, { phases: { contentSyncMs: 5_000, indexMs: 10_000, note: 'x' } })],
      publish: { cold: { articles: 1000 }, rebuild: { wallMs: 20_000, cpuMs: 25_000, peakTreeRssBytes: 900_000_000 }, files: { changed: ['a', 'b'], added: ['c'] } },
    });
    expect(runs.map((r) => [r.articles, r.date])).toEqual([
      [100, '2026-12-05T10:00:00.000Z'],
      [1000, '2026-12-05T10:00:00.000Z'],
    ]);
    expect(runs[0]?.run.firstSearchGzipBytes).toBeNull();
    expect(runs[0]?.run.publish).toBeNull();
    expect(runs[1]?.run).toMatchObject({
      indexMs: 10_000,
      cpuMs: 45_000,
      firstSearchGzipBytes: { min: 99_000, max: 250_000 },
      phases: { contentSyncMs: 5_000, indexMs: 10_000 },
      publish: { wallMs: 20_000, cpuMs: 25_000, peakTreeRssBytes: 900_000_000, uploadedFiles: 3 },
    });
  });

  it('adds a run under its size and date, replaces one of the same size and date, and orders sizes and dates', () => {
    const history: BenchHistory = { about: '', sizes: { '10000': { '2026-11-29': run({ wallMs: 369_300 }) }, '1000': { '2026-12-04': run({ wallMs: 53_900 }) } } };
    const next = withRuns(history, [
      { articles: 1000, date: '2026-11-29', run: run({ wallMs: 33_600 }) },
      { articles: 10000, date: '2026-11-29', run: run({ wallMs: 360_000 }) },
      { articles: 100, date: '2026-12-05', run: run({ wallMs: 9_000 }) },
    ]);
    expect(Object.entries(next.sizes).map(([size, byDate]) => [size, Object.entries(byDate).map(([date, r]) => [date, r.wallMs])])).toEqual([
      ['100', [['2026-12-05', 9_000]]],
      ['1000', [['2026-11-29', 33_600], ['2026-12-04', 53_900]]],
      ['10000', [['2026-11-29', 360_000]]],
    ]);
  });
});

describe('the history file', () => {
  it('reads what it wrote, starts empty when missing, and names the file and the run it cannot read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-history-'));
    try {
      const file = path.join(dir, 'history.json');
      expect(readHistory(file).sizes).toEqual({});
      const history = withRuns(readHistory(file), [{ articles: 1000, date: '2026-12-05', run: run({ wallMs: 33_600 }) }]);
      writeHistory(file, history);
      expect(readHistory(file)).toEqual(history);
      writeFileSync(file, '{"sizes":{"1000":{"2026-12-05":{"wallMs":"fast"}}}}');
      expect(() => readHistory(file)).toThrow(`${file}: the run of 1000 articles on 2026-12-05 lacks wallMs or peakTreeRssBytes (numbers).`);
      writeFileSync(file, '{"sizes":{"many":{}}}');
      expect(() => readHistory(file)).toThrow(`${file}: "sizes" holds "many", which is not a number of articles with runs by date.`);
      writeFileSync(file, '[]');
      expect(() => readHistory(file)).toThrow(`${file} has no "sizes" object`);
      writeFileSync(file, '{');
      expect(() => readHistory(file)).toThrow(`${file} is not valid JSON`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the growth chart', () => {
  const history: BenchHistory = {
    about: '',
    sizes: {
      '1000': {
        '2026-11-29': run({ source: 'README, earlier run', wallMs: 33_600, cpuMs: 38_700, peakTreeRssBytes: 2 * GB, peakProcessRssBytes: 1.3 * GB, firstSearchGzipBytes: { min: 101_786, max: 252_006 } }),
      },
      '10000': {
        '2026-12-05T10:00:00.000Z': run({ wallMs: 369_349, cpuMs: null, peakTreeRssBytes: 4_000_000_000 }),
      },
    },
  };

  it('plots build time in seconds, memory in GB and first search in KB, one point per run and figure, leaving out what a run did not measure', () => {
    expect(chartRows(history)).toEqual([
      { panel: 'build time (s)', measure: 'CPU (user + system)', articles: 1000, value: 38.7, run: '2026-11-29 (README, earlier run)' },
      { panel: 'build time (s)', measure: 'wall', articles: 1000, value: 33.6, run: '2026-11-29 (README, earlier run)' },
      { panel: 'peak memory (GB)', measure: 'process tree', articles: 1000, value: 2, run: '2026-11-29 (README, earlier run)' },
      { panel: 'peak memory (GB)', measure: 'largest process', articles: 1000, value: 1.3, run: '2026-11-29 (README, earlier run)' },
      { panel: 'first search (KB gzip)', measure: 'dearest query', articles: 1000, value: 246.1, run: '2026-11-29 (README, earlier run)' },
      { panel: 'first search (KB gzip)', measure: 'cheapest query', articles: 1000, value: 99.4, run: '2026-11-29 (README, earlier run)' },
      { panel: 'build time (s)', measure: 'wall', articles: 10000, value: 369.3, run: '2026-12-05' },
      { panel: 'peak memory (GB)', measure: 'process tree', articles: 10000, value: 3.73, run: '2026-12-05' },
    ]);
  });

  it('gives Vega-Lite the rows as its data and the measured sizes as the x axis ticks of each panel', () => {
    const spec = chartSpec(chartRows(history)) as { data: { values: unknown[] }; hconcat: { title: string; encoding: { x: { axis: { values: number[] } } } }[] };
    expect(spec.data.values).toHaveLength(8);
    expect(spec.hconcat.map((p) => [p.title, p.encoding.x.axis.values])).toEqual([
      ['build time (s)', [1000, 10000]],
      ['peak memory (GB)', [1000, 10000]],
      ['first search (KB gzip)', [1000, 10000]],
    ]);
  });
});
