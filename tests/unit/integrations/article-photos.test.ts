import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePhotos } from '../../../src/integrations/article-photos.ts';
import { privatePhoto, privateStrings } from '../../build/private-photo.ts';

// The resolver in front of the bundler, driven as Astro and Vite drive it:
// the integration's setup hook hands over a Vite plugin, whose resolveId is
// asked about every import an article module makes.
type Resolve = (source: string, importer: string | undefined) => Promise<{ id: string } | null>;

let root: string;
let article: string;
let resolve: Resolve;

beforeAll(async () => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'article-photos-')));
  const folder = path.join(root, 'content/articles');
  mkdirSync(folder, { recursive: true });
  article = path.join(folder, 'story.mdx');
  writeFileSync(article, '');
  writeFileSync(path.join(folder, 'lead.jpg'), await privatePhoto());
  writeFileSync(path.join(folder, 'chart.js'), "require('node:fs').writeFileSync('ran', 'ran');\n");
  writeFileSync(path.join(folder, 'chart.js?.png'), await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer());
  let plugins: { resolveId: Resolve }[] = [];
  const setup = articlePhotos('content/articles').hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({
    config: { root: pathToFileURL(`${root}/`) },
    updateConfig: (config: { vite: { plugins: { resolveId: Resolve }[] } }) => {
      plugins = config.vite.plugins;
    },
  });
  const plugin = plugins[0];
  if (!plugin) throw new Error('the integration added no Vite plugin');
  resolve = (source, importer) => plugin.resolveId.call({}, source, importer);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("the resolver in front of the bundler, for an article's imports", () => {
  it('answers a photo with the checked copy, never the file as written', async () => {
    const answer = await resolve('./lead.jpg', article);
    expect(answer?.id).toMatch(new RegExp(`^${root.replace(/[/.]/g, '\\$&')}/node_modules/\\.cache/article-photos/[0-9a-f]{32}/lead\\.jpg$`));
    const bytes = readFileSync(answer?.id ?? '');
    expect(privateStrings.filter((text) => bytes.includes(text))).toEqual([]);
    // Astro's collection asks with its own query on the article module; the answer is the same.
    expect((await resolve('./lead.jpg', `${article}?astroPropagatedAssets`))?.id).toBe(answer?.id);
  });

  it.each([
    ['./chart.js?.png', 'query'],
    ['./chart.js', 'image-extension'],
    ['./%2e%2e/%2e%2e/secret.png', 'percent-encoding'],
    ['../../package.json', 'parent-folder'],
    ['/etc/passwd', 'absolute'],
    ['node:fs', 'web-address'],
    ['fs', 'relative'],
    ['./missing.png', 'missing'],
  ])('stops the build on «%s» (%s), naming the article', async (source, rule) => {
    await expect(resolve(source, article)).rejects.toThrow(new RegExp(`^${article.replace(/[/.]/g, '\\$&')} cannot be published: the photo .*\\(rule: ${rule}\\)\\.$`));
  });

  it("leaves Astro's runtime, the article's own module and other files' imports to Astro", async () => {
    expect(await resolve('astro:assets', article)).toBeNull();
    expect(await resolve('astro/jsx-runtime', article)).toBeNull();
    // What the dev server asks once Astro's virtual modules are resolved.
    expect(await resolve('\0astro:assets', `${article}?astroPropagatedAssets`)).toBeNull();
    expect(await resolve(article, `${article}?astroPropagatedAssets`)).toBeNull();
    expect(await resolve('./lead.jpg', path.join(root, 'src/pages/index.astro'))).toBeNull();
    expect(await resolve('./lead.jpg', path.join(root, 'content/other.mdx'))).toBeNull();
    expect(await resolve('./lead.jpg', undefined)).toBeNull();
  });
});
