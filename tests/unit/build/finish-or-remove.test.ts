import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishOrRemove } from '../../../src/build/finish-or-remove.ts';

let root: string;
let dist: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'finish-or-remove-'));
  mkdirSync(path.join(root, 'src'));
  mkdirSync(path.join(root, 'public'));
  dist = path.join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const listeners = () => ({ exit: process.listenerCount('exit'), sigint: process.listenerCount('SIGINT'), sigterm: process.listenerCount('SIGTERM') });

describe('finishOrRemove', () => {
  it('keeps the output folder when the step succeeds, and leaves no listener behind', async () => {
    const before = listeners();
    await finishOrRemove(dist, root, async () => writeFileSync(path.join(dist, 'pagefind.js'), ''), () => {});
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind.js'))).toBe(true);
    expect(listeners()).toEqual(before);
  });

  it('removes the output folder and passes the error on when the step fails', async () => {
    await expect(
      finishOrRemove(dist, root, async () => {
        throw new Error('Pagefind could not write the index');
      }, () => {}),
    ).rejects.toThrow('Pagefind could not write the index');
    expect(existsSync(dist)).toBe(false);
  });

  it('never removes the project itself, and says so', async () => {
    const warnings: string[] = [];
    await expect(
      finishOrRemove(root, root, async () => {
        throw new Error('failed');
      }, (message) => warnings.push(message)),
    ).rejects.toThrow('failed');
    expect(existsSync(path.join(root, 'src'))).toBe(true);
    expect(warnings).toEqual([`${root} will not be removed if this step fails: it is the project folder.`]);
  });
});
