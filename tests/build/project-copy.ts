import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Builds in throwaway copies of the project. A build of other content in the
// project itself would share its .astro/ and node_modules/.astro caches and
// could leave them pointing at that content for the next real build.
export const root = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Returns the project's files as a clone has them: tracked, plus new ones not ignored (no dist/, no caches). */
function projectFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split('\0').filter(Boolean);
}

/** Returns a new temporary directory, removed after the tests. */
function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `project-copy-${name}-`));
  temps.push(dir);
  return dir;
}

/** Returns a snapshot of the project's sources (no node_modules, no build output). */
export function snapshotSources(): string {
  const dir = tempDir('sources');
  for (const file of projectFiles()) {
    // A file git lists may have been deleted from the working tree since.
    if (!existsSync(path.join(root, file))) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(dir, file));
  }
  return dir;
}

/**
 * Returns a fresh copy of the sources, its node_modules a directory of links
 * to the installed packages, so the build's caches (node_modules/.astro,
 * node_modules/.vite) start empty.
 */
export function cleanCopy(sources: string, name: string): string {
  const dir = tempDir(name);
  cpSync(sources, dir, { recursive: true });
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache'].includes(entry)) continue;
    symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}

/**
 * Runs `npm run build`'s two steps (`astro build`, then the search index) in a copy; returns its exit status and everything it
 * printed. `contentDir` (relative to the copy) builds another content folder.
 */
export function runBuild(dir: string, options: { contentDir?: string; searchIndex?: boolean } = {}): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Variables that point a build elsewhere would make every copy read the same place.
  delete env.DIST_DIR;
  delete env.CONTENT_DIR;
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  // The two steps of `npm run build`: Astro, then the search index in its own process.
  const astro = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env, encoding: 'utf8', timeout: 1_200_000 });
  const astroOutput = `${astro.stdout}\n${astro.stderr}`;
  if (astro.status !== 0 || options.searchIndex === false) return { status: astro.status, output: astroOutput };
  const index = spawnSync(process.execPath, [path.join(dir, 'scripts/index-search.ts')], { cwd: dir, env, encoding: 'utf8', timeout: 1_200_000 });
  return { status: index.status, output: `${astroOutput}\n${index.stdout}\n${index.stderr}` };
}

/** Builds a copy as `npm run build` does; returns its dist/ directory, or throws with the build's output. */
export function build(dir: string, options: { contentDir?: string; searchIndex?: boolean } = {}): string {
  const { status, output } = runBuild(dir, options);
  if (status !== 0) throw new Error(`the build failed in ${dir} (exit ${status}):\n${output}`);
  return path.join(dir, 'dist');
}
