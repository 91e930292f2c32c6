import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unreferencedImages } from '../../../src/build/unreferenced-images.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'unreferenced-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text = ''): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

describe('unreferencedImages: the photo originals no built file uses', () => {
  it('finds the images no page, style, feed or sitemap names, and keeps every other asset', () => {
    write('_astro/lead.BWC-IxBU.png');
    write('_astro/lead.BWC-IxBU_Z1abcd.webp');
    write('_astro/detail.KNd6Jn2f.png');
    write('_astro/in-style.Q9x.jpg');
    write('_astro/in-feed.R2y.jpeg');
    write('_astro/page.C3z.css', '.hero{background:url(/_astro/in-style.Q9x.jpg)}');
    write('_astro/client.D4w.js', 'export {}');
    write('zh-hant/articles/a/index.html', '<picture><source srcset="/_astro/lead.BWC-IxBU_Z1abcd.webp 720w"><img src="/_astro/lead.BWC-IxBU_Z1abcd.webp"></picture>');
    write('zh-hant/rss.xml', '<enclosure url="https://news.example.org/_astro/in-feed.R2y.jpeg"/>');
    expect(unreferencedImages(dir).sort()).toEqual(['_astro/detail.KNd6Jn2f.png', '_astro/lead.BWC-IxBU.png']);
  });

  it('finds nothing in a build without assets', () => {
    expect(unreferencedImages(path.join(dir, 'zh-hant'))).toEqual([]);
  });
});
