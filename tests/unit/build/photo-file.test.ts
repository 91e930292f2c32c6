import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePhoto } from '../../../src/build/photo-file.ts';
import { publishedPhoto } from '../../../src/build/published-photo.ts';
import { privatePhoto, privateStrings } from '../../build/private-photo.ts';

// A disk laid out as an attacker would: the article's folder with good photos,
// links that lead out of it, files whose names or bytes lie, and a secret two
// folders up.
let top: string;
let folder: string;
let article: string;

const square = (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff') =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 10, g: 120, b: 200 } } })
    .toFormat(format)
    .toBuffer();

/** Returns a small PNG file whose header claims `width`×`height` grey pixels: a few bytes that would decode to gigabytes. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(1000))), chunk('IEND', Buffer.alloc(0))]);
}

beforeAll(async () => {
  top = realpathSync(mkdtempSync(path.join(tmpdir(), 'photo-file-')));
  folder = path.join(top, 'content/articles');
  article = path.join(folder, 'story.mdx');
  mkdirSync(path.join(folder, 'photos'), { recursive: true });
  mkdirSync(path.join(top, 'elsewhere'));
  writeFileSync(path.join(top, 'secret.png'), await square('png'));
  writeFileSync(path.join(top, 'elsewhere/inner.png'), await square('png'));
  const jpeg = await square('jpeg');
  writeFileSync(path.join(folder, 'lead.jpg'), jpeg);
  writeFileSync(path.join(folder, 'detail.png'), await square('png'));
  writeFileSync(path.join(folder, 'photos/inner.png'), await square('png'));
  writeFileSync(path.join(folder, 'detail.webp'), await square('webp'));
  writeFileSync(path.join(folder, 'detail.avif'), await square('avif'));
  writeFileSync(path.join(folder, 'detail.gif'), await square('gif'));
  writeFileSync(path.join(folder, 'scan.tif'), await square('tiff'));
  symlinkSync('detail.png', path.join(folder, 'link-inside.png'));
  symlinkSync('../../secret.png', path.join(folder, 'link-outside.png'));
  symlinkSync(path.join(top, 'secret.png'), path.join(folder, 'link-absolute.png'));
  symlinkSync('../../elsewhere', path.join(folder, 'linked-folder'));
  symlinkSync('nowhere.png', path.join(folder, 'dangling.png'));
  writeFileSync(path.join(folder, 'chart.js'), "require('node:fs').writeFileSync('ran', 'ran');\n");
  writeFileSync(path.join(folder, 'chart.js?.png'), '');
  writeFileSync(path.join(folder, 'script.png'), "import fs from 'node:fs'; fs.writeFileSync('ran', 'ran');\n");
  writeFileSync(path.join(folder, 'jpeg-inside.png'), jpeg);
  writeFileSync(path.join(folder, 'png-inside.jpg'), await square('png'));
  writeFileSync(path.join(folder, 'drawing.png'), '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>');
  // Large enough that its first half holds the whole header: only decoding every pixel finds the damage.
  const noise = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } } }).jpeg().toBuffer();
  writeFileSync(path.join(folder, 'truncated.jpg'), noise.subarray(0, Math.floor(noise.length / 2)));
  writeFileSync(path.join(folder, 'empty.png'), '');
  mkdirSync(path.join(folder, 'folder.png'));
  writeFileSync(path.join(folder, 'bomb.png'), pngClaiming(20_000, 10_000));
  writeFileSync(path.join(folder, 'private.jpg'), await privatePhoto());
  // The whole content folder reached through a link: its photos are still inside it.
  symlinkSync(folder, path.join(top, 'linked-articles'));
});

afterAll(() => {
  rmSync(top, { recursive: true, force: true });
});

describe('the one photo check, on disk', () => {
  // Each row: the path as the article writes it, and the verdict written out.
  it.each([
    ['./lead.jpg', 'accepted'],
    ['./detail.png', 'accepted'],
    ['./photos/inner.png', 'accepted'],
    ['./detail.webp', 'accepted'],
    ['./detail.avif', 'accepted'],
    ['./detail.gif', 'accepted'],
    ['./scan.tif', 'accepted'],
    ['./link-inside.png', 'accepted'],
    ['./chart.js?.png', 'query'],
    ['./chart.js', 'image-extension'],
    ['./%2e%2e/%2e%2e/secret.png', 'percent-encoding'],
    ['./../../secret.png', 'parent-folder'],
    ['./link-outside.png', 'outside-folder'],
    ['./link-absolute.png', 'outside-folder'],
    ['./linked-folder/inner.png', 'outside-folder'],
    ['./missing.jpg', 'missing'],
    ['./dangling.png', 'missing'],
    ['./folder.png', 'not-a-file'],
    ['./script.png', 'not-an-image'],
    ['./empty.png', 'not-an-image'],
    ['./jpeg-inside.png', 'wrong-type'],
    ['./png-inside.jpg', 'wrong-type'],
    ['./drawing.png', 'wrong-type'],
    ['./truncated.jpg', 'damaged'],
    ['./bomb.png', 'too-large'],
  ])('«%s»: %s', async (src, verdict) => {
    const result = await resolvePhoto(article, src);
    expect(result.refusal?.rule ?? 'accepted').toBe(verdict);
    if (result.refusal) expect(result.refusal.message).toMatch(new RegExp(`^the photo (path )?«${src.replace(/[.?%/]/g, '\\$&')}» .*\\(rule: ${verdict}\\)$`));
  });

  it('returns the real path inside the folder, the format and the bytes it checked', async () => {
    const { photo } = await resolvePhoto(article, './link-inside.png');
    expect(photo?.realPath).toBe(path.join(folder, 'detail.png'));
    expect(photo?.format).toBe('png');
    expect(photo?.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('accepts a photo of an article whose whole folder is reached through a link', async () => {
    const { photo } = await resolvePhoto(path.join(top, 'linked-articles/story.mdx'), './lead.jpg');
    expect(photo?.realPath).toBe(path.join(folder, 'lead.jpg'));
  });

  it('says what to do, and never names where a link outside leads', async () => {
    expect((await resolvePhoto(article, './link-outside.png')).refusal?.message).toBe(
      "the photo «./link-outside.png» leads outside the article's folder (it is, or goes through, a symbolic link): copy the photo file itself into the folder (rule: outside-folder)",
    );
    expect((await resolvePhoto(article, './jpeg-inside.png')).refusal?.message).toBe(
      'the photo «./jpeg-inside.png» is named .png but holds a JPEG image: save it as PNG, or rename it to the extension of its type (rule: wrong-type)',
    );
    expect((await resolvePhoto(article, './missing.jpg')).refusal?.message).toBe(
      `the photo «./missing.jpg» is not there: put the file at ${path.join(folder, 'missing.jpg')} or fix the path (rule: missing)`,
    );
  });
});

describe('the copy of a photo that is published', () => {
  it('holds no location, camera serial, artist, description or XMP, stands upright and keeps its colour profile', async () => {
    const { photo } = await resolvePhoto(article, './private.jpg');
    if (!photo) throw new Error('the private photo was refused');
    const original = await sharp(photo.bytes).metadata();
    const copy = await publishedPhoto(photo, path.join(top, 'cache'));
    const metadata = await sharp(copy).metadata();
    const raw = await sharp(copy).raw().toBuffer({ resolveWithObject: true });
    const written = readFileSync(copy);

    expect(path.basename(copy)).toBe('private.jpg');
    expect(copy.startsWith(path.join(top, 'cache') + path.sep)).toBe(true);
    expect(privateStrings.filter((text) => written.includes(text))).toEqual([]);
    expect(written.includes('Exif\0\0')).toBe(false);
    expect({ format: metadata.format, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc, orientation: metadata.orientation }).toEqual({
      format: 'jpeg',
      exif: undefined,
      xmp: undefined,
      iptc: undefined,
      orientation: undefined,
    });
    // Stored 40×20 with orientation 6: seen 20×40, the red half on top.
    expect([metadata.width, metadata.height]).toEqual([20, 40]);
    expect([...raw.data.subarray(0, 3)].map((v) => Math.round(v / 32))).toEqual([8, 0, 0]);
    expect([...raw.data.subarray(raw.data.length - 3)].map((v) => Math.round(v / 32))).toEqual([0, 0, 8]);
    expect(original.icc?.length).toBe(480);
    expect(metadata.icc?.equals(original.icc ?? Buffer.alloc(0))).toBe(true);
  });

  it.each([
    ['./lead.jpg', 'jpeg'],
    ['./detail.png', 'png'],
    ['./detail.webp', 'webp'],
    ['./detail.avif', 'heif'],
    ['./detail.gif', 'gif'],
    ['./scan.tif', 'tiff'],
  ])('publishes «%s» in its own format (%s), the same size, with no metadata', async (src, format) => {
    const { photo } = await resolvePhoto(article, src);
    if (!photo) throw new Error(`${src} was refused`);
    const metadata = await sharp(await publishedPhoto(photo, path.join(top, 'cache-formats'))).metadata();
    expect({ format: metadata.format, width: metadata.width, height: metadata.height, exif: metadata.exif, xmp: metadata.xmp }).toEqual({
      format,
      width: 8,
      height: 8,
      exif: undefined,
      xmp: undefined,
    });
  });

  it('encodes a photo once: the same bytes give the same copy', async () => {
    const { photo } = await resolvePhoto(article, './lead.jpg');
    if (!photo) throw new Error('the lead photo was refused');
    const cache = path.join(top, 'cache-twice');
    const first = await publishedPhoto(photo, cache);
    writeFileSync(first, 'reused');
    expect(await publishedPhoto(photo, cache)).toBe(first);
    expect(readFileSync(first, 'utf8')).toBe('reused');
  });
});
