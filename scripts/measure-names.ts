/**
 * Measures the name index: its files, and what each of the benchmark's name
 * queries reads (files and gzip bytes), as the browser reads them
 * (src/lib/search/names/find.ts).
 *
 *   node scripts/measure-names.ts [dist]        the index a build wrote
 *   node scripts/measure-names.ts --corpus N    the index of the N-article benchmark archive,
 *                                               from its frontmatter (no build; written to a temporary folder)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexedName } from '../src/build/name-index.ts';
import { foldTableFor } from '../src/lib/search/fold-table.ts';
import { buildNameIndex, shardFile } from '../src/lib/search/names/layout.ts';
import { benchQueries, generateCorpus } from './bench/corpus.ts';
import { articleRefs, corpusNameRows } from './bench/name-rows.ts';
import { seedFile, seedSlug } from './bench/seed.ts';
import { pagefindBase } from '../src/lib/search/bundle.ts';
import { findNames } from '../src/lib/search/names/find.ts';
import { manifestFile, namesDirectory } from '../src/lib/search/names/layout.ts';
import { convertText } from '../src/lib/convert/converter.ts';
import { variants } from '../src/lib/site/variants.ts';

const corpusAt = process.argv.indexOf('--corpus');
let dist = path.resolve(process.argv[2] ?? 'dist');
if (corpusAt !== -1) {
  const count = Number(process.argv[corpusAt + 1]);
  const root = path.resolve(import.meta.dirname, '..');
  const refs = articleRefs(generateCorpus(seedSlug, readFileSync(seedFile(root), 'utf8'), count));
  dist = mkdtempSync(path.join(tmpdir(), 'name-index-'));
  process.on('exit', () => rmSync(dist, { recursive: true, force: true }));
  const rows = variants.map((variant) => corpusNameRows(refs, variant, new Map()));
  const table = foldTableFor(rows.flat().flatMap((row) => [row.name, ...row.aliases]));
  for (const [i, variant] of variants.entries()) {
    const folder = path.join(dist, pagefindBase(variant), namesDirectory);
    mkdirSync(folder, { recursive: true });
    const names = corpusNameRows(refs, variant, table);
    const { manifest, shards } = buildNameIndex(names.map((row) => indexedName(row, table)), table);
    writeFileSync(path.join(folder, manifestFile), JSON.stringify(manifest));
    for (const [n, shard] of shards.entries()) writeFileSync(path.join(folder, shardFile(n)), JSON.stringify(shard));
    console.log(`${count} articles, ${variant.key}: ${names.length} names (${rows[i]?.filter((r) => r.kind === 'group').length} groups, ${rows[i]?.filter((r) => r.kind === 'byline').length} bylines)`);
  }
}
const { rareName, alias, place } = benchQueries();
// A slip in the middle of the rare name, and a slip at its start (the last pair finds it).
const chars = [...rareName];
const queries = [rareName, `${chars[0]}${chars.length > 2 ? '峻' : ''}${chars.slice(2).join('')}`, `前${chars.slice(1).join('')}`, alias, place, '钱峻君', 'qian junjun', '示范企业'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const variant of variants) {
  const folder = path.join(dist, pagefindBase(variant), namesDirectory);
  const files = readdirSync(folder);
  const gz = files.map((f) => gzipSync(readFileSync(path.join(folder, f))).length).sort((a, b) => a - b);
  const raw = files.map((f) => readFileSync(path.join(folder, f)).length);
  console.log(`${variant.key}: ${files.length} files, ${kb(raw.reduce((a, b) => a + b, 0))} in all; gzip per file median ${kb(gz[Math.floor(gz.length / 2)] ?? 0)}, largest ${kb(gz[gz.length - 1] ?? 0)} (raw largest ${kb(Math.max(...raw))}); manifest ${kb(gzipSync(readFileSync(path.join(folder, manifestFile))).length)}`);
  for (const simplified of queries) {
    const query = /\p{Script=Han}/u.test(simplified) ? convertText(simplified, { from: 'hans', to: variant }) : simplified;
    let bytes = 0;
    const read: string[] = [];
    const lookup = await findNames(query, async (file) => {
      const body = readFileSync(path.join(folder, file));
      read.push(file);
      bytes += gzipSync(body).length;
      return JSON.parse(body.toString('utf8')) as unknown;
    });
    const top = lookup.matches[0] ?? lookup.suggestions[0];
    console.log(`  ${query}: ${read.length} requests, ${kb(bytes)} gzip; ${lookup.matches.length} names${lookup.more ? '+' : ''}, ${lookup.suggestions.length} suggested; first: ${top ? `${top.entry.name} (${top.how})` : '—'}`);
  }
}
