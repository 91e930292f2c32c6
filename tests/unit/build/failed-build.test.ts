import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeFailedBuild } from '../../../src/integrations/failed-build.ts';

let project: string;
let warnings: string[];

beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'failed-build-'));
  for (const folder of ['src', 'public', 'dist']) mkdirSync(path.join(project, folder));
  writeFileSync(path.join(project, 'dist/index.html'), '<!doctype html><title>half a site</title>');
  writeFileSync(path.join(project, 'src/page.astro'), '<p>source</p>');
  warnings = [];
});

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

/** The listeners the integration added to process 'exit': what runs when the CLI ends. */
function exitListenersAddedBy(run: () => void): (() => void)[] {
  const before = new Set(process.listeners('exit'));
  run();
  return process.listeners('exit').filter((listener) => !before.has(listener)) as (() => void)[];
}

/** Runs the integration's config hooks as `astro <command>` would, with outDir relative to the project. */
function configure(integration: AstroIntegration, command: 'build' | 'dev', outDir: string): void {
  const folder = (relative: string) => pathToFileURL(path.join(project, relative) + path.sep);
  const setup = integration.hooks['astro:config:setup'] as unknown as (options: { command: string }) => void;
  setup({ command });
  const done = integration.hooks['astro:config:done'] as unknown as (options: object) => void;
  // Only the fields the integration reads: Astro's folders as file: URLs, and a logger.
  done({
    config: { root: folder('.'), srcDir: folder('src'), publicDir: folder('public'), outDir: folder(outDir) },
    logger: { warn: (message: string) => warnings.push(message) },
  });
}

describe('removing the output of a failed build', () => {
  it('removes dist/ when the build ends before astro:build:done', () => {
    const integration = removeFailedBuild();
    const added = exitListenersAddedBy(() => configure(integration, 'build', 'dist'));
    expect(added).toHaveLength(1);
    // The process ends (an article refused, a page failed): the 'exit' listener runs.
    for (const listener of added) {
      process.off('exit', listener);
      listener();
    }
    expect(existsSync(path.join(project, 'dist'))).toBe(false);
    expect(existsSync(path.join(project, 'src/page.astro'))).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('names itself, so Astro can report which integration acted', () => {
    expect(removeFailedBuild().name).toBe('huawen:remove-failed-build');
  });

  it('ends quietly when the build failed before writing any output', () => {
    rmSync(path.join(project, 'dist'), { recursive: true });
    const added = exitListenersAddedBy(() => configure(removeFailedBuild(), 'build', 'dist'));
    expect(added).toHaveLength(1);
    for (const listener of added) {
      process.off('exit', listener);
      expect(() => listener()).not.toThrow();
    }
  });

  it('keeps dist/ after a build that finished', () => {
    const integration = removeFailedBuild();
    const added = exitListenersAddedBy(() => configure(integration, 'build', 'dist'));
    expect(added).toHaveLength(1);
    (integration.hooks['astro:build:done'] as unknown as () => void)();
    expect(process.listeners('exit')).not.toContain(added[0]);
    expect(existsSync(path.join(project, 'dist/index.html'))).toBe(true);
  });

  it('does nothing for the dev server', () => {
    const added = exitListenersAddedBy(() => configure(removeFailedBuild(), 'dev', 'dist'));
    expect(added).toEqual([]);
  });

  it.each([
    ['the project root (DIST_DIR=.)', '.', 'it is the project folder'],
    ['src', 'src', 'it is the sources (src/)'],
    ['public', 'public', 'it is public/'],
    ['the folder above the project', '..', 'it holds the project folder'],
  ])('never removes %s, and says why', (_name, outDir, reason) => {
    const added = exitListenersAddedBy(() => configure(removeFailedBuild(), 'build', outDir));
    expect(added).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`will not be removed if the build fails: ${reason.replace(/[()/]/g, '\\$&')}\\.$`));
    expect(existsSync(path.join(project, 'src/page.astro'))).toBe(true);
  });
});
