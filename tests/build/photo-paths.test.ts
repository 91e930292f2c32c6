import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSlug } from '../../scripts/bench/seed.ts';
import { filesUnder } from '../../src/build/files-under.ts';
import { articleFileOf, contentDirOf } from '../../src/build/content-files.ts';
import { cleanCopy, root, runBuild, snapshotSources } from './project-copy.ts';
import { privatePhoto, privateStrings } from './private-photo.ts';

// Real builds of a copy of the project in which an attacker has planted a
// secret outside the content folder and, beside the articles, code that would
// leave a mark if it ever ran, links that lead out, and files whose names or
// bytes lie. First every photo path trick is tried, one article each: each
// must be refused naming the file, the field or line and the rule, and
// nothing may run. Then the hostile articles go and a clean build with a
// camera photo full of private metadata is made, with the traps still lying
// around: nothing from outside the content folder, and none of the
// metadata, may be in dist/.
const seedFile = articleFileOf(contentDirOf('.'), seedSlug);
const seed = readFileSync(path.join(root, seedFile), 'utf8');
const secretName = 'secret-dossier-7f3a';
const secretText = 'SECRET-BYTES-91c4e2';
const markerName = 'photo-code-ran.txt';

/** Returns the seed with `src` as its lead photo. */
const lead = (src: string) => seed.replace('entities:\n', `image:\n  src: ${JSON.stringify(src)}\n  alt: 授牌仪式现场\n  caption: 2月17日，授牌仪式现场。\n  credit: 周欣\nentities:\n`);
/** Returns the seed with `markdown` as its last paragraph. */
const body = (markdown: string) => `${seed.trimEnd()}\n\n${markdown}\n`;
// The line of the file where a paragraph appended by `body()` is.
const bodyLine = seed.trimEnd().split('\n').length + 2;
const inBody = (rest: string) => new RegExp(`^body \\(line ${bodyLine}, column 1\\): ${rest}`);

/** A hostile article: its name, its text (given the copy's path), and what the build must say about it. */
interface Attack {
  readonly name: string;
  readonly source: (copy: string) => string;
  readonly says: RegExp;
}

const attacks: readonly Attack[] = [
  { name: 'body-query', source: () => body('![图](./chart.js?.png)'), says: inBody(String.raw`the photo path «\./chart\.js\?\.png» holds a \?.*\(rule: query\)\.$`) },
  { name: 'body-escaped-query', source: () => body('![图](./chart.js\\?.png)'), says: inBody(String.raw`the photo path «\./chart\.js\?\.png» .*\(rule: query\)\.$`) },
  { name: 'body-referenced-query', source: () => body('![图](./chart.js&#63;.png)'), says: inBody(String.raw`the photo path «\./chart\.js\?\.png» .*\(rule: query\)\.$`) },
  { name: 'lead-query', source: () => lead('./chart.js?.png'), says: /^image\.src: the photo path «\.\/chart\.js\?\.png» .*\(rule: query\)\.$/ },
  { name: 'body-fragment', source: () => body('![图](./chart.js#.png)'), says: inBody(String.raw`the photo path «\./chart\.js#\.png» holds a #.*\(rule: fragment\)\.$`) },
  { name: 'lead-fragment', source: () => lead('./chart.js#.png'), says: /^image\.src: the photo path «\.\/chart\.js#\.png» .*\(rule: fragment\)\.$/ },
  {
    name: 'body-percent',
    source: () => body(`![图](./%2e%2e/%2e%2e/${secretName}.png)`),
    says: inBody(String.raw`the photo path «\./%2e%2e/%2e%2e/${secretName}\.png» holds a %.*\(rule: percent-encoding\)\.$`),
  },
  { name: 'lead-backslash', source: () => lead(`.\\..\\..\\${secretName}.jpg`), says: /^image\.src: the photo path «\.\\\.\.\\\.\.\\secret-dossier-7f3a\.jpg» .*\(rule: backslash\)\.$/ },
  {
    name: 'body-absolute',
    source: (copy) => body(`![图](${path.join(copy, `${secretName}.png`)})`),
    says: inBody(String.raw`the photo path «/.*/${secretName}\.png» starts at the top of the disk.*\(rule: absolute\)\.$`),
  },
  { name: 'lead-absolute', source: (copy) => lead(path.join(copy, `${secretName}.jpg`)), says: /^image\.src: the photo path «\/.*» starts at the top of the disk.*\(rule: absolute\)\.$/ },
  { name: 'lead-file-url', source: (copy) => lead(`file://${path.join(copy, `${secretName}.jpg`)}`), says: /^image\.src: the photo path «file:\/\/.*» is a web address.*\(rule: web-address\)\.$/ },
  { name: 'lead-parent', source: () => lead(`./../../${secretName}.jpg`), says: /^image\.src: the photo path «\.\/\.\.\/\.\.\/secret-dossier-7f3a\.jpg» climbs out.*\(rule: parent-folder\)\.$/ },
  { name: 'body-parent', source: () => body(`![图](./../../${secretName}.png)`), says: inBody(String.raw`the photo path «\./\.\./\.\./${secretName}\.png» climbs out.*\(rule: parent-folder\)\.$`) },
  { name: 'lead-symlink', source: () => lead('./lead-link.jpg'), says: /^image\.src: the photo «\.\/lead-link\.jpg» leads outside the article's folder .*\(rule: outside-folder\)\.$/ },
  { name: 'body-symlink', source: () => body('![图](./body-link.png)'), says: inBody(String.raw`the photo «\./body-link\.png» leads outside the article's folder .*\(rule: outside-folder\)\.$`) },
  {
    name: 'body-symlinked-folder',
    source: () => body('![图](./linked-folder/inner.png)'),
    says: inBody(String.raw`the photo «\./linked-folder/inner\.png» leads outside the article's folder .*\(rule: outside-folder\)\.$`),
  },
  { name: 'lead-js-bytes', source: () => lead('./script.png'), says: /^image\.src: the photo «\.\/script\.png» is not an image .*\(rule: not-an-image\)\.$/ },
  { name: 'body-jpeg-as-png', source: () => body('![图](./jpeg-inside.png)'), says: inBody(String.raw`the photo «\./jpeg-inside\.png» is named \.png but holds a JPEG image.*\(rule: wrong-type\)\.$`) },
  { name: 'body-module', source: () => body('![图](./chart.js)'), says: inBody(String.raw`the photo path «\./chart\.js» does not name an image file.*\(rule: image-extension\)\.$`) },
];

/** Returns the problems the build output lists under `file`, one per `  - ` line. */
function problemsListedFor(output: string, file: string): string[] {
  const start = output.indexOf(`${file} cannot be published:\n`);
  if (start === -1) return [];
  const listed: string[] = [];
  for (const line of output.slice(start).split('\n').slice(1)) {
    if (!line.startsWith('  - ')) break;
    listed.push(line.slice(4));
  }
  return listed;
}

/** Plants the secret outside the content folder and the traps beside the articles. */
async function plantTraps(copy: string): Promise<void> {
  const articles = path.join(copy, 'content/articles');
  // The secret: real images (so they would be published if reached) carrying a unique text.
  const secret = sharp({ create: { width: 64, height: 64, channels: 3, background: '#aa2200' } }).withExif({ IFD0: { ImageDescription: secretText } });
  writeFileSync(path.join(copy, `${secretName}.jpg`), await secret.clone().jpeg().toBuffer());
  writeFileSync(path.join(copy, `${secretName}.png`), await secret.clone().png().toBuffer());
  mkdirSync(path.join(copy, 'outside'));
  writeFileSync(path.join(copy, 'outside/inner.png'), await secret.clone().png().toBuffer());
  // Code that leaves a mark if the bundler ever imports it.
  writeFileSync(path.join(articles, 'chart.js'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(copy, markerName))}, 'ran');\nexport default {};\n`);
  writeFileSync(path.join(articles, 'chart.js?.png'), '');
  writeFileSync(path.join(articles, 'chart.js#.png'), '');
  symlinkSync(`../../${secretName}.jpg`, path.join(articles, 'lead-link.jpg'));
  symlinkSync(path.join(copy, `${secretName}.png`), path.join(articles, 'body-link.png'));
  symlinkSync('../../outside', path.join(articles, 'linked-folder'));
  writeFileSync(path.join(articles, 'script.png'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(copy, markerName))}, 'ran');\n`);
  writeFileSync(path.join(articles, 'jpeg-inside.png'), await secret.clone().jpeg().toBuffer());
}

let copy: string;
let hostile: { status: number | null; output: string };
let clean: { status: number | null; output: string };
let dist: string;
/** Returns every file of dist/, as full paths. */
const published = () => filesUnder(dist).map((file) => path.join(dist, file));

beforeAll(async () => {
  copy = cleanCopy(snapshotSources(), 'photo-paths');
  await plantTraps(copy);
  for (const attack of attacks) writeFileSync(path.join(copy, 'content/articles', `photo-${attack.name}.mdx`), attack.source(copy));
  // An article that is a link to a file outside the content folder.
  writeFileSync(path.join(copy, 'outside/story.mdx'), body(secretText));
  symlinkSync('../../outside/story.mdx', path.join(copy, 'content/articles/photo-linked-article.mdx'));
  hostile = runBuild(copy);
  const markerAfterHostile = existsSync(path.join(copy, markerName));
  if (markerAfterHostile) throw new Error('a photo trick ran code during the hostile build');

  for (const attack of attacks) rmSync(path.join(copy, 'content/articles', `photo-${attack.name}.mdx`));
  rmSync(path.join(copy, 'content/articles/photo-linked-article.mdx'));
  // The seed, now with a camera photo as its lead and another in its body.
  const articles = path.join(copy, 'content/articles');
  writeFileSync(path.join(articles, 'camera.jpg'), await privatePhoto());
  mkdirSync(path.join(articles, 'photos'));
  writeFileSync(path.join(articles, 'photos/detail.png'), await sharp({ create: { width: 600, height: 400, channels: 3, background: '#225588' } }).png().toBuffer());
  writeFileSync(
    path.join(copy, seedFile),
    lead('./camera.jpg').replace('\n\n为深入贯彻', '\n\n![两名工作人员在整理资料](./photos/detail.png "展台后，工作人员在整理资料。")\n\n为深入贯彻'),
  );
  clean = runBuild(copy);
  dist = path.join(copy, 'dist');
}, 1_200_000);

describe('every photo path trick is refused, naming the file, the field or line and the rule', () => {
  it('fails the build', () => {
    expect(hostile.status).not.toBe(0);
  });

  it.each(attacks.map((attack) => [attack.name, attack] as const))('%s', (_, attack) => {
    const listed = problemsListedFor(hostile.output, `content/articles/photo-${attack.name}.mdx`);
    expect(listed, hostile.output.slice(0, 6000)).toEqual([expect.stringMatching(attack.says)]);
  });
});

describe('an article that is a link to a file outside the content folder', () => {
  it('is refused, naming the file and the rule', () => {
    expect(problemsListedFor(hostile.output, 'content/articles/photo-linked-article.mdx')).toEqual([
      'file: is a symbolic link, and an article is a file of its own in the articles folder: replace the link with the article itself (rule: outside-folder).',
    ]);
  });
});

describe('with the traps still beside the articles, a clean build publishes nothing from outside and no private metadata', () => {
  it('builds', () => {
    expect(clean.status, clean.output.slice(-4000)).toBe(0);
  });

  it('never ran the code planted beside the articles', () => {
    expect(existsSync(path.join(copy, markerName))).toBe(false);
  });

  it("holds neither the secret's name nor its bytes, nor any planted file, anywhere in dist/", () => {
    const secrets = [`${secretName}.jpg`, `${secretName}.png`, 'outside/inner.png'].map((name) => readFileSync(path.join(copy, name)));
    const found: string[] = [];
    for (const file of published()) {
      const bytes = readFileSync(file);
      const relative = path.relative(dist, file);
      if (relative.includes(secretName) || /(?:^|\/)(?:chart|script|jpeg-inside|lead-link|body-link|inner)\./.test(relative)) found.push(`${relative}: a planted name`);
      if (bytes.includes(secretName) || bytes.includes(secretText)) found.push(`${relative}: the secret's name or text`);
      if (secrets.some((secret) => bytes.includes(secret))) found.push(`${relative}: a secret file's bytes`);
    }
    expect(found).toEqual([]);
  });

  it('publishes the photos, and no file in dist/ holds GPS, artist, serial, description or XMP', async () => {
    const images = published().filter((file) => /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i.test(file));
    const formats = (name: string) => [...new Set(images.filter((file) => path.basename(file).startsWith(`${name}.`)).map((file) => path.extname(file)))].sort();
    // Each photo as the page draws it: AVIF and WebP, and its own format as the fallback; the lead also as og:image's JPEG.
    expect(formats('camera')).toEqual(['.avif', '.jpeg', '.jpg', '.webp']);
    expect(formats('detail')).toEqual(['.avif', '.png', '.webp']);
    const leaks: string[] = [];
    for (const file of published()) {
      const bytes = readFileSync(file);
      for (const text of privateStrings) if (bytes.includes(text)) leaks.push(`${path.relative(dist, file)}: ${text}`);
    }
    for (const file of images) {
      const metadata = await sharp(file).metadata();
      if (metadata.exif || metadata.xmp || metadata.iptc) leaks.push(`${path.relative(dist, file)}: ${metadata.exif ? 'EXIF ' : ''}${metadata.xmp ? 'XMP ' : ''}${metadata.iptc ? 'IPTC' : ''}`);
    }
    expect(leaks).toEqual([]);
  });

  it('publishes the camera photo upright in every rendering, and not its original, which no page links', async () => {
    // Astro 7.4 deletes an original once it has made the page's renderings of it, unless a page links the
    // original itself (ours never do): what is published is what the pages show.
    expect(published().filter((file) => /\/(?:camera|detail)\.[\w-]{8}\.(?:jpg|png)$/.test(file)).map((file) => path.basename(file))).toEqual([]);
    const renderings = published().filter((f) => path.basename(f).startsWith('camera.'));
    expect(renderings.length).toBeGreaterThanOrEqual(3);
    // Stored 40×20 with orientation 6: published 20 wide and 40 high, red on top, with no orientation left to apply.
    for (const file of renderings) {
      const metadata = await sharp(file).metadata();
      expect([metadata.width, metadata.height, metadata.orientation], path.basename(file)).toEqual([20, 40, undefined]);
    }
    const fallback = renderings.find((file) => file.endsWith('.jpg'));
    const { data } = await sharp(fallback).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)].map((v) => Math.round(v / 32))).toEqual([8, 0, 0]);
  });

  it('points og:image at a published, metadata-free rendering', () => {
    const html = readFileSync(path.join(dist, 'zh-hant/articles', seedSlug, 'index.html'), 'utf8');
    const og = /<meta property="og:image" content="[^"]*?(\/_astro\/[^"]+)"/.exec(html)?.[1] ?? '';
    expect(og).toMatch(/^\/_astro\/camera\./);
    const bytes = readFileSync(path.join(dist, og));
    expect(privateStrings.filter((text) => bytes.includes(text))).toEqual([]);
  });
});
