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
  { name: 'photos', target: 85, mutate: ['src/lib/article/photo-path.ts', 'src/lib/article/photos.ts'] },
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

// --ignore-static: leave out static mutants (code run while a module or a test file loads, such as a
// table or a regular expression built at the top level). Each of them reruns every test of the module with
// fresh imports, which made the article check's run an estimated fifteen hours on the shared machine; the
// scores of such a run say so, because they are over the other mutants only.
const ignoreStatic = process.argv.includes('--ignore-static');
// --force: test every mutant again. Incremental mode reuses a survivor's result when the tests that covered
// it did not change, so a new test for a static mutant (which no test "covers") is only seen with --force.
const force = process.argv.includes('--force');
const asked = process.argv.slice(2).filter((arg) => arg !== '--ignore-static' && arg !== '--force');
const unknown = asked.filter((name) => !groups.some((group) => group.name === name));
if (unknown.length > 0) {
  console.error(`Unknown group ${unknown.join(', ')}. The groups are: ${groups.map((group) => group.name).join(', ')}.`);
  process.exit(2);
}
// In the order asked for, so a run can put the group that matters most today first.
const chosen = asked.length === 0 ? groups : asked.map((name) => groups.find((group) => group.name === name)!);
const tables: string[] = [];
let missed = false;
for (const group of chosen) {
  console.log(`\n=== ${group.name}: ${group.mutate.join(' ')} ===`);
  const results = await new Stryker({
    mutate: [...group.mutate],
    incrementalFile: `reports/mutation/incremental/${group.name}.json`,
    htmlReporter: { fileName: `reports/mutation/${group.name}.html` },
    jsonReporter: { fileName: `reports/mutation/${group.name}.json` },
    ignoreStatic,
    force,
    ...(process.env['STRYKER_TYPECHECK'] === '1' ? { checkers: ['typescript'], tsconfigFile: 'tsconfig.mutation.json' } : {}),
  }).runMutationTest();
  const fileOf = (result: MutantResult) => relative(process.cwd(), result.fileName);
  const files = [...new Set(results.map(fileOf))].sort();
  const ignored = results.filter((r) => r.status === 'Ignored').length;
  const total = score(results);
  if (total.percent < group.target) missed = true;
  tables.push(
    [
      `${group.name} (target ≥ ${group.target} %): **${total.percent.toFixed(1)} %** (${total.detected} of ${total.valid} mutants detected` +
        `${ignored > 0 ? `; ${ignored} static or disabled mutants not run` : ''})`,
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
