/**
 * `npm run bench:chart`: draws docs/bench-growth.svg, the README's chart of
 * build time, peak memory and first-search bytes against archive size, from
 * the bench's history (bench/results/history.json). Run it after `npm run
 * bench` and commit both files.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chartRows, renderChart } from './bench/chart.ts';
import { readHistory } from './bench/history.ts';

const root = path.resolve(import.meta.dirname, '..');
const historyFile = path.join(root, 'bench/results/history.json');
const chartFile = path.join(root, 'docs/bench-growth.svg');

const rows = chartRows(readHistory(historyFile));
if (rows.length === 0) throw new Error(`${path.relative(root, historyFile)} holds no bench run yet: run npm run bench first.`);
writeFileSync(chartFile, await renderChart(rows));
const runs = new Set(rows.map((r) => r.run)).size;
process.stderr.write(`Wrote ${path.relative(root, chartFile)}: ${rows.length} points from ${runs} runs.\n`);
