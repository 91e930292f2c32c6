/**
 * `npm run mutation [-- group…]`: mutation testing of src/lib/ with StrykerJS,
 * one module group at a time, the guard modules first. Each group keeps its
 * own incremental file, reports/mutation/incremental/<group>.json (not
 * committed: a megabyte of JSON that changes with every run), so a rerun on
 * the same clone tests only the mutants whose code or tests changed since.
 * Stryker rewrites its incremental file with the files of one run only, so
 * one file per group keeps every group's results. An interrupted run (Ctrl-C)
 * saves what it finished. Slow (an hour or more for everything on two
 * cores): not part of `npm test` or CI. Prints a Markdown table per group for
 * the README. `STRYKER_TYPECHECK=1` adds the TypeScript checker, which sets
 * aside mutants that do not compile; on the shared two-core machine it held
 * a run to about 14 mutants a minute (one runner) against 40 to 80 without
 * it (two runners), so it is off by default: such mutants then run, and are
 * killed by the tests or survive like any other.
 */
import { Stryker } from '@stryker-mutator/core';
import { relative } from 'node:path';

type MutantResult = Awaited<ReturnType<Stryker['runMutationTest']>>[number];

interface Group {
  readonly name: string;
  /** The score the group must reach (README: ≥ 85 % for the guards, ≥ 70 % for the rest). */
  readonly target: number;
  readonly mutate: readonly string[];
}

// The modules that guard readers and machines, each group measured alone.
const guards: readonly Group[] = [
  { name: 'failed-build', target: 85, mutate: ['src/integrations/failed-build.ts', 'src/lib/site/output-folder.ts'] },
  { name: 'headers', target: 85, mutate: ['src/lib/headers/*.ts'] },
  { name: 'escape', target: 85, mutate: ['src/lib/html/escape.ts'] },
  { name: 'byline', target: 85, mutate: ['src/lib/importer/steps/credit-grammar.ts'] },
  { name: 'article-check', target: 85, mutate: ['src/lib/article/check-source.ts', 'src/lib/article/body-dialect.ts', 'src/lib/article/fields.ts', 'src/lib/article/characters.ts'] },
  { name: 'markup', target: 85, mutate: ['src/lib/html/text-nodes.ts', 'src/lib/convert/converter.ts'] },
  { name: 'photos', target: 85, mutate: ['src/lib/article/photos.ts'] },
];
const guarded = guards.flatMap((group) => group.mutate);
const rest = (folder: string): string[] => [`src/lib/${folder}/**/*.ts`, '!src/lib/**/*.d.ts', ...guarded.map((file) => `!${file}`)];
const others: readonly Group[] = ['article', 'convert', 'html', 'site', 'text', 'search', 'importer'].map((folder) => ({ name: folder, target: 70, mutate: rest(folder) }));
const groups = [...guards, ...others];

/** Returns Stryker's mutation score: detected (killed, timed out) over every valid mutant, as a percentage. */
function score(results: readonly MutantResult[]): { detected: number; valid: number; survived: number; noCoverage: number; percent: number } {
  const detected = results.filter((r) => r.status === 'Killed' || r.status === 'Timeout').length;
  const survived = results.filter((r) => r.status === 'Survived').length;
  const noCoverage = results.filter((r) => r.status === 'NoCoverage').length;
  const valid = detected + survived + noCoverage;
  return { detected, valid, survived, noCoverage, percent: valid === 0 ? 100 : (100 * detected) / valid };
}

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !groups.some((group) => group.name === name));
if (unknown.length > 0) {
  console.error(`Unknown group ${unknown.join(', ')}. The groups are: ${groups.map((group) => group.name).join(', ')}.`);
  process.exit(2);
}
const chosen = asked.length === 0 ? groups : groups.filter((group) => asked.includes(group.name));
const tables: string[] = [];
let missed = false;
for (const group of chosen) {
  console.log(`\n=== ${group.name}: ${group.mutate.join(' ')} ===`);
  const results = await new Stryker({
    mutate: [...group.mutate],
    incrementalFile: `reports/mutation/incremental/${group.name}.json`,
    htmlReporter: { fileName: `reports/mutation/${group.name}.html` },
    jsonReporter: { fileName: `reports/mutation/${group.name}.json` },
    ...(process.env['STRYKER_TYPECHECK'] === '1' ? { checkers: ['typescript'], tsconfigFile: 'tsconfig.mutation.json' } : {}),
  }).runMutationTest();
  const fileOf = (result: MutantResult) => relative(process.cwd(), result.fileName);
  const files = [...new Set(results.map(fileOf))].sort();
  const total = score(results);
  if (total.percent < group.target) missed = true;
  tables.push(
    [
      `${group.name} (target ≥ ${group.target} %): **${total.percent.toFixed(1)} %** (${total.detected} of ${total.valid} mutants detected)`,
      '',
      '| module | score | detected / mutants | survived | not covered |',
      '| --- | --- | --- | --- | --- |',
      ...files.map((file) => {
        const s = score(results.filter((r) => fileOf(r) === file));
        return `| \`${file}\` | ${s.percent.toFixed(1)} % | ${s.detected} / ${s.valid} | ${s.survived} | ${s.noCoverage} |`;
      }),
    ].join('\n'),
  );
}
console.log(`\n${tables.join('\n\n')}`);
if (missed) {
  console.log('\nA group is below its target: kill its survivors with tests, or mark an equivalent mutant with // Stryker disable next-line <mutator>: <why>.');
  process.exitCode = 1;
}
