/**
 * The README's growth chart: build time, peak memory and first-search bytes
 * against archive size, one line per bench run, drawn by Vega-Lite from
 * bench/results/history.json. `chartRows` is the data mapping (tested);
 * Vega renders the SVG in Node without a canvas.
 */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { BenchHistory } from './history.ts';

/** The three panels, left to right, and the unit of their y axis. */
export const chartPanels = ['build time (s)', 'peak memory (GB)', 'first search (KB gzip)'] as const;
export type ChartPanel = (typeof chartPanels)[number];

/** One point of the chart. */
export interface ChartRow {
  panel: ChartPanel;
  /** Which figure of the panel: CPU or wall; process tree or largest process; dearest or cheapest query. */
  measure: string;
  articles: number;
  value: number;
  /** The bench run the point belongs to: its day, and its source when transcribed. */
  run: string;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** Returns the run's legend label: its day, with "earlier run, from the README" for transcribed figures. */
function runLabel(date: string, source: string): string {
  const day = date.slice(0, 10);
  return source === 'npm run bench' ? day : `${day} (${source})`;
}

/**
 * Returns the chart's points from the history: seconds with one decimal, GB
 * with two, KB with one (1 KB = 1,024 bytes); figures a run did not measure
 * are left out, not drawn as zero.
 */
export function chartRows(history: BenchHistory): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const [size, byDate] of Object.entries(history.sizes)) {
    const articles = Number(size);
    for (const [date, run] of Object.entries(byDate)) {
      const label = runLabel(date, run.source);
      const add = (panel: ChartPanel, measure: string, value: number | null, places: number) => {
        if (value !== null) rows.push({ panel, measure, articles, value: round(value, places), run: label });
      };
      add('build time (s)', 'CPU (user + system)', run.cpuMs === null ? null : run.cpuMs / 1000, 1);
      add('build time (s)', 'wall', run.wallMs / 1000, 1);
      add('peak memory (GB)', 'process tree', run.peakTreeRssBytes / 1024 ** 3, 2);
      add('peak memory (GB)', 'largest process', run.peakProcessRssBytes === null ? null : run.peakProcessRssBytes / 1024 ** 3, 2);
      add('first search (KB gzip)', 'dearest query', run.firstSearchGzipBytes && run.firstSearchGzipBytes.max / 1024, 1);
      add('first search (KB gzip)', 'cheapest query', run.firstSearchGzipBytes && run.firstSearchGzipBytes.min / 1024, 1);
    }
  }
  return rows;
}

/** Returns the Vega-Lite spec: three panels side by side, archive size on a log axis, colour by run, dash by measure. */
export function chartSpec(rows: readonly ChartRow[]): TopLevelSpec {
  const sizes = [...new Set(rows.map((r) => r.articles))].sort((a, b) => a - b);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'What a build costs as the archive grows (npm run bench)', anchor: 'start' },
    data: { values: rows.map((r) => ({ ...r })) },
    config: { font: 'sans-serif', view: { stroke: '#ccc' }, legend: { orient: 'bottom', columns: 1, labelLimit: 400 } },
    resolve: { scale: { y: 'independent' } },
    hconcat: chartPanels.map((panel) => ({
      title: panel,
      width: 220,
      height: 200,
      transform: [{ filter: { field: 'panel', equal: panel } }],
      mark: { type: 'line', point: true },
      encoding: {
        x: {
          field: 'articles',
          type: 'quantitative',
          title: 'articles in the archive',
          scale: { type: 'log' },
          axis: { values: sizes, format: ',d' },
        },
        y: { field: 'value', type: 'quantitative', title: panel, scale: { zero: true } },
        color: { field: 'run', type: 'nominal', title: 'bench run' },
        strokeDash: { field: 'measure', type: 'nominal', title: 'figure' },
        shape: { field: 'measure', type: 'nominal', title: 'figure' },
        detail: [{ field: 'run' }, { field: 'measure' }],
        tooltip: [{ field: 'run' }, { field: 'measure' }, { field: 'articles', format: ',d' }, { field: 'value' }],
      },
    })),
  };
}

/** Returns the chart as an SVG document (Vega's headless renderer: no canvas, no browser). */
export async function renderChart(rows: readonly ChartRow[]): Promise<string> {
  const { spec } = vegaLite.compile(chartSpec(rows));
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return `${await view.toSVG()}\n`;
  } finally {
    view.finalize();
  }
}
