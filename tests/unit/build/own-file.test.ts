import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isOwnFile } from '../../../src/build/own-file.ts';

const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'own-file-')));
afterAll(() => {
  rmSync(top, { recursive: true, force: true });
});

describe('a content file that is what its path says', () => {
  it('is a file or folder reached with no symbolic link on the way; a missing one is left to its reader', async () => {
    const folder = path.join(top, 'content');
    mkdirSync(path.join(folder, 'articles'), { recursive: true });
    mkdirSync(path.join(top, 'elsewhere'));
    writeFileSync(path.join(folder, 'articles/a.mdx'), '');
    writeFileSync(path.join(top, 'elsewhere/b.mdx'), '');
    symlinkSync('../../elsewhere/b.mdx', path.join(folder, 'articles/out.mdx'));
    symlinkSync('a.mdx', path.join(folder, 'articles/twin.mdx'));
    symlinkSync('../elsewhere', path.join(folder, 'linked'));
    expect(await isOwnFile(folder, path.join(folder, 'articles'))).toBe(true);
    expect(await isOwnFile(folder, path.join(folder, 'articles/a.mdx'))).toBe(true);
    expect(await isOwnFile(folder, path.join(folder, 'articles/missing.mdx'))).toBe(true);
    expect(await isOwnFile(folder, path.join(folder, 'articles/out.mdx'))).toBe(false);
    expect(await isOwnFile(folder, path.join(folder, 'articles/twin.mdx'))).toBe(false);
    expect(await isOwnFile(folder, path.join(folder, 'linked/b.mdx'))).toBe(false);
    // The content folder itself may be reached through a link: only what lies under it is held.
    symlinkSync(folder, path.join(top, 'content-link'));
    expect(await isOwnFile(path.join(top, 'content-link'), path.join(top, 'content-link/articles/a.mdx'))).toBe(true);
  });
});
