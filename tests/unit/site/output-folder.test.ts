import { describe, expect, it } from 'vitest';
import { keepOutputReason } from '../../../src/lib/site/output-folder.ts';

// The folders Astro gives for a project at /home/ed/news (astro.config.ts: outDir from DIST_DIR, default ./dist).
const project = {
  root: new URL('file:///home/ed/news/'),
  srcDir: new URL('file:///home/ed/news/src/'),
  publicDir: new URL('file:///home/ed/news/public/'),
};
const out = (path: string) => new URL(path, project.root);

describe('which output folder a failed build may remove', () => {
  it.each([
    ['dist (the default)', './dist', undefined],
    ['dist without a trailing slash', 'file:///home/ed/news/dist', undefined],
    ['another folder in the project', './build/site/', undefined],
    ['a folder outside the project', 'file:///tmp/news-site/', undefined],
    ['a sibling whose name starts with the project name', 'file:///home/ed/news-dist/', undefined],
    ['a sibling whose name starts with src', './src-out/', undefined],
    ['the project root (DIST_DIR=.)', '.', 'it is the project folder'],
    ['the project root, without its slash', 'file:///home/ed/news', 'it is the project folder'],
    ['the project root, spelt with ..', './dist/..', 'it is the project folder'],
    ['the project root, with a doubled slash', 'file:///home/ed//news/', 'it is the project folder'],
    ['src', './src/', 'it is the sources (src/)'],
    ['src, without its slash', './src', 'it is the sources (src/)'],
    ['public', './public/', 'it is public/'],
    ['the folder above the project', '..', 'it holds the project folder'],
    ['a folder two above', '../..', 'it holds the project folder'],
    ['the filesystem root', 'file:///', 'it holds the project folder'],
    ['a folder inside src', './src/pages/', 'it lies inside the sources (src/), which the repository keeps'],
    ['a folder inside public', './public/fonts', 'it lies inside public/, which the repository keeps'],
  ])('%s: %s', (_name, folder, reason) => {
    expect(keepOutputReason(out(folder), project)).toBe(reason === undefined ? undefined : reason);
  });

  it('refuses a folder that holds src or public though not the root (src and public moved out of the project)', () => {
    const moved = { root: project.root, srcDir: new URL('file:///srv/shared/src/'), publicDir: new URL('file:///srv/assets/public/') };
    expect(keepOutputReason(new URL('file:///srv/shared/'), moved)).toBe('it holds the sources (src/)');
    expect(keepOutputReason(new URL('file:///srv/assets/'), moved)).toBe('it holds public/');
    expect(keepOutputReason(new URL('file:///srv/out/'), moved)).toBeUndefined();
  });

  it('refuses what is not a local folder', () => {
    expect(keepOutputReason(new URL('https://example.org/dist/'), project)).toBe('it is not a folder on this machine (https://example.org/dist/)');
  });
});
