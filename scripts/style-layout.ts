/**
 * `npm run style-layout -- <dir>=<path> …`: the browser's style and
 * layout work on pages of one or more built sites, as Lighthouse (mobile,
 * simulated throttling) breaks down the main thread. Runs are interleaved
 * page by page, so a busy machine weighs on every page alike, and the median
 * is reported. Used to compare the article page with a Starlight page holding
 * the same article.
 *
 *   npm run style-layout -- --runs 9 dist=/zh-hant/articles/<slug>/ /tmp/starlight/dist=/
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { launchDebugChromium } from './chromium.ts';
import { formatTable } from './bench/table.ts';
import { startServer, type RunningServer } from './serve.ts';

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '7' } } });
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number; got "${flags.runs}".`);
if (positionals.length === 0) throw new Error('Name at least one page as <built site dir>=<path>, for example dist=/zh-hant/.');

const pages = positionals.map((arg) => {
  const at = arg.lastIndexOf('=');
  if (at < 1) throw new Error(`"${arg}" is not <built site dir>=<path>.`);
  return { dir: path.resolve(arg.slice(0, at)), path: arg.slice(at + 1), samples: [] as number[] };
});
const servers = new Map<string, RunningServer>();
try {
  for (const page of pages) if (!servers.has(page.dir)) servers.set(page.dir, await startServer({ root: page.dir, port: 0 }));
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      const chromium = await launchDebugChromium();
      try {
        const url = new URL(page.path, servers.get(page.dir)!.url).href;
        const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyAudits: ['mainthread-work-breakdown'] });
        const items = (result?.lhr.audits['mainthread-work-breakdown']?.details as { items?: { group?: string; duration?: number }[] } | undefined)?.items ?? [];
        page.samples.push(Math.round(items.filter((i) => i.group === 'styleLayout').reduce((sum, i) => sum + (i.duration ?? 0), 0)));
      } finally {
        await chromium.close();
      }
    }
    console.error(`run ${run}/${runs} done`);
  }
} finally {
  for (const server of servers.values()) await server.close();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;
console.log(
  formatTable(
    ['site', 'page', 'style & layout ms (median)', 'runs'],
    pages.map((p) => [path.relative(process.cwd(), p.dir) || '.', p.path, String(median(p.samples)), p.samples.join(' ')]),
  ),
);
