import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPageSize } from '../../src/lib/site/pagination.ts';
import { build, cleanCopy, root, snapshotSources } from './project-copy.ts';
import { closestStory, photoStory, sharedStories, writeNewsroom } from './newsroom.ts';

// A real build of a newsroom of our own making (see newsroom.ts): listings
// that run to several pages, related stories, and a story with photos.
let dist: string;
const page = (sitePath: string) => readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8');
const has = (sitePath: string) => existsSync(path.join(dist, sitePath, 'index.html'));
/** Returns the number of stories a listing page shows. */
const storiesOn = (html: string) => (/<ol class="list stories">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '').split('<li>').length - 1;
const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null') as Record<string, unknown>;

beforeAll(async () => {
  const copy = cleanCopy(snapshotSources(), 'newsroom');
  await writeNewsroom(path.join(copy, 'newsroom'), path.join(root, 'content/glossary.yaml'));
  dist = build(copy, { contentDir: 'newsroom' });
}, 600_000);

describe('listings stay the same size however large the archive grows', () => {
  const total = sharedStories + 1;
  const pages = Math.ceil(total / listPageSize);

  it.each(['zh-hant', 'zh-hans'])('%s: the front page is a paper: a lead with its photo and summary, the latest eight, the sections, then pages of the rest', (v) => {
    const front = page(v);
    // The photo story (20 March) is the newest of the nine the front shows that has a photo: it leads.
    const lead = /<article class="lead"[\s\S]*?<\/article>/.exec(front)?.[0] ?? '';
    expect(lead).toContain(`href="/${v}/articles/${photoStory}/"`);
    expect(lead).toMatch(/<picture>[\s\S]*<img[^>]+fetchpriority="high"/);
    expect(lead).toContain(v === 'zh-hant' ? '3月20日，長沙經開區舉辦商業秘密保護成果展。' : '3月20日，长沙经开区举办商业秘密保护成果展。');
    // Then the newest eight others (27, 26, 24, 23, 21, 20, 18, 17 March: dayOf in newsroom.ts), newest first.
    const latest = /<section class="latest"[\s\S]*?<\/section>/.exec(front)?.[0] ?? '';
    expect(storiesOn(latest)).toBe(8);
    expect(/<a href="([^"]+)"/.exec(latest)?.[1]).toBe(`/${v}/articles/story-026/`);
    expect(latest).toContain(`href="/${v}/2/" rel="next"`);
    // The sections readers navigate by, each a link to its full list, and the months.
    for (const listing of ['people', 'organizations', 'places']) expect(front).toContain(`<h2 id="front-${listing === 'people' ? 'person' : listing.slice(0, -1)}" class="section-heading"><a href="/${v}/${listing}/">`);
    expect(front).toContain(`<a href="/${v}/archive/2024-01/">`);
    // The rest, 66 − 9 = 57 stories, on pages 2 and 3.
    expect(storiesOn(page(`${v}/2`))).toBe(listPageSize);
    expect(storiesOn(page(`${v}/3`))).toBe(total - 9 - listPageSize);
    expect(page(`${v}/3`)).toContain(`href="/${v}/2/" rel="prev"`);
    expect(page(`${v}/2`)).toContain(`href="/${v}/" rel="prev"`);
    expect(has(`${v}/4`)).toBe(false);
  });

  it('an entity in every story has a first page of the same bounded size, with each story’s role and date', () => {
    const first = page('zh-hant/entities/hunan-amr');
    expect(storiesOn(first)).toBe(listPageSize);
    // The separator ends the item before it, so a wrapped line never starts with «·».
    expect(first).toMatch(/<time datetime="2024-03-20">2024年3月20日<\/time> ·<\/span> <span class="item">主辦<\/span>/);
    expect(storiesOn(page(`zh-hant/entities/hunan-amr/${pages}`))).toBe(total - listPageSize * (pages - 1));
    // Only the first page is indexed for search: the rest would repeat its title.
    expect(first).toContain('data-pagefind-body');
    expect(page('zh-hant/entities/hunan-amr/2')).not.toContain('data-pagefind-body');
  });

  it('the lists of each type are paginated too', () => {
    const people = (html: string) => (/<ul class="list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').split('<li>').length - 1;
    expect(people(page('zh-hans/people'))).toBe(listPageSize);
    expect(people(page(`zh-hans/people/${Math.ceil(sharedStories / listPageSize)}`))).toBe(sharedStories - listPageSize * (Math.ceil(sharedStories / listPageSize) - 1));
    // The index shows each type's first page and links to the rest.
    expect(page('zh-hans/entities')).toContain(`<a href="/zh-hans/people/">全部人物（${sharedStories}）</a>`);
  });

  it('the archive lists each month with its count, newest first, and each month is its own listing', () => {
    const archive = page('zh-hant/archive');
    const months = [...archive.matchAll(/href="\/zh-hant\/archive\/(\d{4}-\d{2})\/"/g)].map((m) => m[1]);
    expect(months).toEqual(['2024-03', '2024-02', '2024-01']);
    expect(archive).toMatch(/2024年3月<\/a> <span class="count">22 篇報導<\/span>/);
    expect(storiesOn(page('zh-hant/archive/2024-03'))).toBe(22);
    expect(page('zh-hant/archive/2024-03')).toContain('<h1>2024年3月的報導</h1>');
  });
});

describe('related stories', () => {
  it('follow an article, the one sharing most entities first, then the newest', () => {
    const html = page(`zh-hant/articles/${photoStory}`);
    const section = /<section class="related"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const slugs = [...section.matchAll(/href="\/zh-hant\/articles\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(slugs).toHaveLength(5);
    expect(slugs[0]).toBe(closestStory);
    // Then the newest stories sharing the regulator: 27, 26, 24 and 23 March (see dayOf in newsroom.ts).
    expect(slugs.slice(1)).toEqual(['story-026', 'story-053', 'story-023', 'story-050']);
  });
});

describe('a story with photos', () => {
  const html = () => page(`zh-hant/articles/${photoStory}`);

  it('gives the time of publication with its zone, in each script’s wording, and with its offset to machines', () => {
    expect(html()).toContain('<time datetime="2024-03-20T09:30:00+08:00" data-pagefind-sort="date:2024-03-20">2024年3月20日 09:30（北京時間）</time>');
    expect(page(`zh-hans/articles/${photoStory}`)).toContain('2024年3月20日 09:30（北京时间）</time>');
    expect(jsonLdOf(html())['datePublished']).toBe('2024-03-20T09:30:00+08:00');
  });

  it('leads with a responsive photo: AVIF and WebP sources, sizes that reserve its box, loaded at once', () => {
    const lead = /<figure class="photo">([\s\S]*?)<\/figure>/.exec(html())?.[1] ?? '';
    expect(lead).toMatch(/<source srcset="[^"]+\.avif 360w, [^"]+\.avif 720w, [^"]+\.avif 1080w, [^"]+\.avif 1440w" type="image\/avif" sizes="[^"]+">/);
    expect(lead).toMatch(/<source srcset="[^"]+\.webp 360w, [^"]+\.webp 720w, [^"]+\.webp 1080w, [^"]+\.webp 1440w" type="image\/webp" sizes="[^"]+">/);
    // The file's own proportions, so the page does not shift when it arrives.
    expect(lead).toMatch(/<img [^>]*width="1600" height="1000"/);
    expect(lead).toMatch(/<img [^>]*loading="eager"/);
    expect(lead).toMatch(/<img [^>]*fetchpriority="high"/);
    expect(lead).toContain('alt="展臺前，參觀者在看一面寫著商業秘密保護的展板"');
    expect(lead).toContain('<figcaption>3月20日，參觀者在長沙經開區的展臺前了解商業秘密保護措施。 <span class="credit">圖／攝影丙</span></figcaption>');
    for (const file of [...lead.matchAll(/(\/_astro\/[^\s"]+)/g)].map((m) => m[1] ?? '')) expect(existsSync(path.join(dist, file)), file).toBe(true);
  });

  it('shows a photo in the body lazily, with its caption, between numbered paragraphs', () => {
    const prose = /<div class="prose">([\s\S]*?)<\/div>/.exec(html())?.[1] ?? '';
    expect(prose).toMatch(/<p id="p1">[^<]*<\/p>\s*<figure class="photo"><picture>[\s\S]*loading="lazy"[\s\S]*<figcaption>展臺後，工作人員在整理參展企業的資料。<\/figcaption><\/figure>\s*<p id="p2">/);
    expect(prose).toContain('alt="兩名工作人員在展臺後整理資料"');
  });

  it('gives previews and search engines the photo, and credits the photographer as a contributor, not an author', () => {
    const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(html())?.[1] ?? '';
    expect(ogImage).toMatch(/^https?:\/\/[^/]+\/_astro\/[^"]+\.jpe?g$/);
    expect(existsSync(path.join(dist, new URL(ogImage).pathname))).toBe(true);
    const jsonLd = jsonLdOf(html());
    expect(jsonLd['image']).toEqual([expect.objectContaining({ '@type': 'ImageObject', url: ogImage, width: 1200, height: 750, creditText: '攝影丙' })]);
    expect(jsonLd['author']).toEqual([expect.objectContaining({ name: '記者乙' })]);
    expect(jsonLd['contributor']).toEqual([expect.objectContaining({ name: '攝影丙' })]);
    expect(html()).not.toContain('原報導的照片未收錄於本站');
  });
});

describe('the source of every story', () => {
  it.each([
    ['zh-hant', '本文最初由<a href="https://news.example.com/hunan/photos" rel="external">湖南日報</a>於<time datetime="2024-03-20">2024年3月20日</time>發布。'],
    ['zh-hans', '本文最初由<a href="https://news.example.com/hunan/photos" rel="external">湖南日报</a>于<time datetime="2024-03-20">2024年3月20日</time>发布。'],
  ])('%s links to the original report and says who first published it, and when', (v, line) => {
    expect(page(`${v}/articles/${photoStory}`)).toContain(line);
  });
});

describe('the feeds', () => {
  it('name writers in dc:creator (RSS 2.0 keeps <author> for e-mail addresses)', () => {
    const feed = readFileSync(path.join(dist, 'zh-hans/rss.xml'), 'utf8');
    expect(feed).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(feed).not.toContain('<author>');
    expect(feed).toContain('<dc:creator>记者乙</dc:creator><dc:contributor>摄影丙</dc:contributor>');
    expect(feed.match(/<item>/g)).toHaveLength(sharedStories + 1);
  });
});
