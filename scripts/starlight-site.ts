/**
 * `npm run starlight-site -- [dir]`: builds the comparison site for
 * `npm run style-layout`: a fresh Starlight project, installed from npm into
 * a folder of its own (default: a new temporary folder), holding the seed
 * article as one Starlight page in Simplified script, then `astro build`.
 * Prints the built folder and the page's path, ready for style-layout:
 *
 *   npm run starlight-site                         # → /tmp/starlight-XXXX/dist=/article/
 *   npm run style-layout -- dist=/zh-hans/articles/<slug>/ /tmp/starlight-XXXX/dist=/article/
 *
 * The versions are pinned so that two runs compare against the same Starlight.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedSlug } from './bench/seed.ts';
import { articleFileOf, contentDirOf } from '../src/build/content-files.ts';
import { checkArticleSource } from '../src/lib/article/check-source.ts';

/** The Starlight measured against, and the Astro it runs on. */
export const starlightVersion = '0.42.6';
export const astroVersion = '7.3.5';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.resolve(process.argv[2] ?? mkdtempSync(path.join(tmpdir(), 'starlight-')));

/** Returns the seed's body as plain Markdown: the three components of the article dialect give their text. */
export function plainMarkdown(body: string): string {
  return body
    .replace(/<Entity id="[^"]*">([^<]*)<\/Entity>/g, '$1')
    .replace(/<Keep>([^<]*)<\/Keep>/g, '$1')
    .replace(/<Term hans="([^"]*)" hant="[^"]*" \/>/g, '$1');
}

const file = articleFileOf(contentDirOf(root), seedSlug);
const seed = checkArticleSource(file, readFileSync(file, 'utf8'));
const body = readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---');

const write = (name: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
};
write('package.json', `${JSON.stringify({ name: 'starlight-comparison', private: true, type: 'module' }, null, 2)}\n`);
write(
  'astro.config.mjs',
  `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: '华文新闻', locales: { root: { label: '简体中文', lang: 'zh-CN' } }, pagefind: false })],
});
`,
);
write(
  'src/content.config.ts',
  `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
);
write('src/content/docs/article.md', `---\ntitle: ${JSON.stringify(seed.data.title)}\n---\n${plainMarkdown(body)}`);

const run = (command: string, args: string[]) => {
  console.error(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed in ${dir} (exit ${result.status}); see its output above.`);
};
run('npm', ['install', '--no-audit', '--no-fund', `astro@${astroVersion}`, `@astrojs/starlight@${starlightVersion}`]);
// Astro 7 needs a newer Node than the machine's may be: the one running this script (node_modules' Node 24 under npm run).
run(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build']);
console.log(`${path.join(dir, 'dist')}=/article/`);
