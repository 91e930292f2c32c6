import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/build/files-under.ts';
import { isNodeBuiltin, moduleCode, projectFileOf, reachedFrom, runtimeUses, scriptBlocksOf, usesIn, type Use } from './module-graph.ts';

// Where code runs is enforced here, over the import graph, not stated in a comment:
// - the browser runs src/browser/** and the <script> blocks of .astro files, and every project module they import;
// - src/lib/** is pure logic that runs anywhere (build, browser, tests): no disk, processes, environment or Astro runtime;
// - the folders of src/lib/ are layered (README, Architecture): a folder imports only its own modules and folders of
//   lower layers, type-only imports included, so no folder imports one that imports it back.

/** The layers of src/lib/, lowest first: what each folder may build on. */
const layers: readonly (readonly string[])[] = [
  // Knowledge with no project dependency: Chinese text, HTML, the variants/URLs/dates/wording of the site, HTTP headers.
  ['text', 'html', 'site', 'headers'],
  // The content contract: what a publishable article, an override and the glossary are, and the check of an article file.
  ['article'],
  // The converter, handed articles and overrides.
  ['convert'],
  // What reads articles and converts: the importer, which writes only what the contract accepts, search, and the
  // rendering of an article body to HTML (its components' markup is the converter's contract).
  ['importer', 'search', 'render'],
];

type Read = (file: string) => string | undefined;

/** Returns what is wrong with one run-time import or `process` use of code that runs in the browser, or undefined. */
function browserProblem(use: Use, read: Read): string | undefined {
  if (use.specifier === undefined) return 'uses the `process` global, which browsers do not have';
  if (isNodeBuiltin(use.specifier)) return `imports Node's built-in "${use.specifier}", which browsers do not have`;
  if (use.specifier.startsWith('astro:')) return `imports "${use.specifier}", which exists only while Astro builds`;
  const target = projectFileOf(use.file, use.specifier, (file) => read(file) !== undefined);
  if (target?.startsWith('src/build/')) return `imports ${target}, build-time code that reads the disk and the environment`;
  return undefined;
}

/** Returns one line per import or use that code running in the browser must not make, naming the file, the line, the import and how the browser reaches it. */
function browserProblems(files: readonly string[], read: Read): string[] {
  const roots = [
    ...files.filter((file) => file.startsWith('src/browser/') && file.endsWith('.ts')),
    ...files.filter((file) => file.endsWith('.astro') && moduleCode(file, read(file) ?? '').browser.length > 0).map(scriptBlocksOf),
  ];
  return reachedFrom(roots, read).flatMap(({ module, chain }) =>
    runtimeUses(module, read).flatMap((use) => {
      const problem = browserProblem(use, read);
      return problem === undefined
        ? []
        : [`${use.file}:${use.line} ${problem}, but it runs in the browser (${chain.join(' → ')}): do that work at build time and pass the result in the page, or import a module of src/lib/ instead.`];
    }),
  );
}

const sideEffectModules = new Set(['fs', 'fs/promises', 'child_process', 'os']);

/** Returns what is wrong with one run-time import or `process` use of a src/lib module, or undefined. */
function libProblem(use: Use, read: Read): string | undefined {
  if (use.specifier === undefined) return 'uses the `process` global (the environment, the working folder)';
  if (isNodeBuiltin(use.specifier) && sideEffectModules.has(use.specifier.replace(/^node:/, ''))) return `imports "${use.specifier}", which reaches the disk, other programs or the machine`;
  if (use.specifier.startsWith('astro:')) return `imports "${use.specifier}", which exists only while Astro builds`;
  const target = projectFileOf(use.file, use.specifier, (file) => read(file) !== undefined);
  if (target !== undefined && !target.startsWith('src/lib/')) return `imports ${target}, outside src/lib/`;
  return undefined;
}

/** Returns one line per import or use a module of src/lib/ must not make, naming the file, the line and the import. */
function libProblems(files: readonly string[], read: Read): string[] {
  return files
    .filter((file) => file.startsWith('src/lib/') && file.endsWith('.ts'))
    .flatMap((file) =>
      runtimeUses(file, read).flatMap((use) => {
        const problem = libProblem(use, read);
        return problem === undefined ? [] : [`${use.file}:${use.line} ${problem}: src/lib/ is pure; do this in src/build/ or scripts/ and pass the result in.`];
      }),
    );
}

/** Returns the folder of src/lib/ a module is in (`article` for src/lib/article/schema.ts), or undefined outside src/lib/. */
function libFolder(file: string): string | undefined {
  return /^src\/lib\/([^/]+)\//.exec(file)?.[1];
}

/** Returns one line per import (type-only imports included) that goes sideways or up the layers of src/lib/, and per folder no layer holds. */
function layerProblems(files: readonly string[], read: Read, order: readonly (readonly string[])[] = layers): string[] {
  const layerOf = (folder: string) => order.findIndex((layer) => layer.includes(folder));
  const modules = files.filter((file) => libFolder(file) !== undefined && file.endsWith('.ts'));
  const unplaced = [...new Set(modules.map((file) => libFolder(file) as string))].filter((folder) => layerOf(folder) < 0);
  return [
    ...unplaced.map((folder) => `src/lib/${folder}/ is in no layer: add it to the layers in this test and to the README's Architecture section, above the folders it imports.`),
    ...modules.flatMap((file) => {
      const from = libFolder(file) as string;
      const text = read(file) ?? '';
      return usesIn(file, text, 1, { types: true }).flatMap((use) => {
        const target = use.specifier === undefined ? undefined : projectFileOf(use.file, use.specifier, (f) => read(f) !== undefined);
        const to = target === undefined ? undefined : libFolder(target);
        if (to === undefined || to === from || layerOf(from) < 0 || layerOf(to) < 0 || layerOf(to) < layerOf(from)) return [];
        const how = layerOf(to) === layerOf(from) ? 'in the same layer as' : 'in a higher layer than';
        return [`${use.file}:${use.line} imports ${target}: src/lib/${to}/ is ${how} src/lib/${from}/, so the folders would depend on each other; move the shared rule down into the lower folder, or pass it in as an argument.`];
      });
    }),
  ];
}

const root = path.resolve(import.meta.dirname, '../../..');
const projectFiles = filesUnder(path.join(root, 'src')).map((file) => `src/${file}`);
const readProject: Read = (file) => {
  const full = path.join(root, file);
  return existsSync(full) && !file.endsWith('/') ? readFileSync(full, 'utf8') : undefined;
};

describe('code that runs in the browser', () => {
  it('starts from src/browser/ and the <script> blocks of the pages', () => {
    const modules = reachedFrom([...projectFiles.filter((f) => f.startsWith('src/browser/')), scriptBlocksOf('src/pages/index.astro')], readProject).map((r) => r.module);
    expect(modules).toEqual(expect.arrayContaining(['src/browser/search.ts', 'src/lib/site/variants.ts', 'src/lib/site/preference.ts']));
    expect(modules).not.toContain('src/lib/headers/csp.ts');
  });

  it('reaches no Node built-in, no `process`, no astro: module and nothing in src/build/', () => {
    expect(browserProblems(projectFiles, readProject)).toEqual([]);
  });
});

describe('src/lib/', () => {
  it('reads no disk, runs no program, reads no environment, needs no Astro runtime and imports only src/lib/', () => {
    expect(libProblems(projectFiles, readProject)).toEqual([]);
  });
});

describe('the layers of src/lib/', () => {
  it('holds: each folder imports only folders of lower layers, type-only imports included', () => {
    expect(layerProblems(projectFiles, readProject)).toEqual([]);
  });

  it('puts every folder of src/lib/ in a layer', () => {
    const folders = [...new Set(projectFiles.map(libFolder).filter((folder) => folder !== undefined))].sort();
    expect(folders).toEqual([...layers.flat()].sort());
  });
});

describe('the import-graph check itself', () => {
  // A small project in memory, so each rule is seen to fail with a message that names the file, the line and the import.
  const files: Record<string, string> = {
    'src/browser/widget.ts': "import { helper } from '../lib/helper.ts';\nimport type { Stats } from 'node:fs';\nhelper();\n",
    'src/lib/helper.ts': "import { siteUrl } from '../build/site-url.ts';\nexport const helper = () => process.env['X'] ?? siteUrl;\n",
    'src/lib/reader.ts': "import { readFileSync } from 'node:fs';\nimport { createHash } from 'node:crypto';\nexport const read = () => import('astro:content');\n",
    'src/lib/pure.ts': "import { helper } from './helper.ts';\nconst options = { process: 1 };\nexport const pure = () => options.process + helper.length;\n",
    'src/build/site-url.ts': "export const siteUrl = process.env['SITE_URL'];\n",
    'src/pages/page.astro': "---\nimport { readFileSync } from 'node:fs';\n---\n<p>text</p>\n<script type=\"application/ld+json\">{}</script>\n<script>\n  import { read } from '../lib/reader.ts';\n  read();\n</script>\n",
  };
  const read: Read = (file) => files[file];
  const all = Object.keys(files);

  it('names the file, line and import of every browser problem, with the chain that reaches it', () => {
    expect(browserProblems(all, read)).toEqual([
      expect.stringMatching(/^src\/lib\/helper\.ts:1 imports src\/build\/site-url\.ts, .* \(src\/browser\/widget\.ts → src\/lib\/helper\.ts\)/),
      expect.stringMatching(/^src\/lib\/helper\.ts:2 uses the `process` global/),
      expect.stringMatching(/^src\/lib\/reader\.ts:1 imports Node's built-in "node:fs", .* \(src\/pages\/page\.astro <script> → src\/lib\/reader\.ts\)/),
      expect.stringMatching(/^src\/lib\/reader\.ts:2 imports Node's built-in "node:crypto"/),
      expect.stringMatching(/^src\/lib\/reader\.ts:3 imports "astro:content"/),
      expect.stringMatching(/^src\/build\/site-url\.ts:1 uses the `process` global, .* \(src\/browser\/widget\.ts → src\/lib\/helper\.ts → src\/build\/site-url\.ts\)/),
    ]);
  });

  it('names the file, line and import of every src/lib problem, and lets pure code and node:crypto be', () => {
    expect(libProblems(all, read)).toEqual([
      expect.stringMatching(/^src\/lib\/helper\.ts:1 imports src\/build\/site-url\.ts, outside src\/lib\//),
      expect.stringMatching(/^src\/lib\/helper\.ts:2 uses the `process` global/),
      expect.stringMatching(/^src\/lib\/reader\.ts:1 imports "node:fs"/),
      expect.stringMatching(/^src\/lib\/reader\.ts:3 imports "astro:content"/),
    ]);
  });

  it('names an import up or across the layers, type-only ones included, and a folder in no layer', () => {
    const project: Record<string, string> = {
      'src/lib/low/a.ts': "import type { B } from '../high/b.ts';\nexport const a = 1;\n",
      'src/lib/low/c.ts': "import { a } from './a.ts';\nimport { d } from '../side/d.ts';\nexport const c = a + d;\n",
      'src/lib/side/d.ts': 'export const d = 1;\n',
      'src/lib/high/b.ts': "import { a } from '../low/a.ts';\nexport type B = typeof a;\nexport const t: import('../low/c.ts').C = 1;\n",
      'src/lib/loose/e.ts': "import { a } from '../low/a.ts';\n",
    };
    const order = [['low', 'side'], ['high']];
    expect(layerProblems(Object.keys(project), (file) => project[file], order)).toEqual([
      'src/lib/loose/ is in no layer: add it to the layers in this test and to the README\'s Architecture section, above the folders it imports.',
      expect.stringMatching(/^src\/lib\/low\/a\.ts:1 imports src\/lib\/high\/b\.ts: src\/lib\/high\/ is in a higher layer than src\/lib\/low\//),
      expect.stringMatching(/^src\/lib\/low\/c\.ts:2 imports src\/lib\/side\/d\.ts: src\/lib\/side\/ is in the same layer as src\/lib\/low\//),
    ]);
  });

  it('reads an .astro file as server frontmatter and browser <script> blocks, with their lines', () => {
    const code = moduleCode('src/pages/page.astro', files['src/pages/page.astro'] ?? '');
    expect(code.server.flatMap((part) => usesIn('page.astro', part.code, part.firstLine))).toEqual([{ file: 'page.astro', line: 2, specifier: 'node:fs' }]);
    expect(code.browser.flatMap((part) => usesIn('page.astro', part.code, part.firstLine))).toEqual([{ file: 'page.astro', line: 7, specifier: '../lib/reader.ts' }]);
  });
});
