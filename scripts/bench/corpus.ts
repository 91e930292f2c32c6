import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { articleFileOf, articlesDirOf } from '../../src/build/content-files.ts';

/** One generated article file. */
export interface CorpusArticle {
  /** The file name without `.mdx`, which is the article's slug. */
  slug: string;
  source: string;
}

/** A province with two of its cities, written in Simplified script and as id words. */
interface Region {
  province: string;
  provinceId: string;
  cityA: string;
  cityAId: string;
  cityB: string;
  cityBId: string;
}

// The seed is the Hunan story; its entity ids (changsha-etdz, hunan-amr …) are
// the pattern every other region's ids follow, so Hunan articles share the
// seed's entities and other regions grow their own shared set.
const regions: readonly Region[] = [
  { province: '湖南', provinceId: 'hunan', cityA: '长沙', cityAId: 'changsha', cityB: '湘潭', cityBId: 'xiangtan' },
  { province: '湖北', provinceId: 'hubei', cityA: '武汉', cityAId: 'wuhan', cityB: '宜昌', cityBId: 'yichang' },
  { province: '广东', provinceId: 'guangdong', cityA: '广州', cityAId: 'guangzhou', cityB: '佛山', cityBId: 'foshan' },
  { province: '江苏', provinceId: 'jiangsu', cityA: '南京', cityAId: 'nanjing', cityB: '苏州', cityBId: 'suzhou' },
  { province: '浙江', provinceId: 'zhejiang', cityA: '杭州', cityAId: 'hangzhou', cityB: '宁波', cityBId: 'ningbo' },
  { province: '四川', provinceId: 'sichuan', cityA: '成都', cityAId: 'chengdu', cityB: '绵阳', cityBId: 'mianyang' },
  { province: '山东', provinceId: 'shandong', cityA: '济南', cityAId: 'jinan', cityB: '青岛', cityBId: 'qingdao' },
  { province: '河南', provinceId: 'henan', cityA: '郑州', cityAId: 'zhengzhou', cityB: '洛阳', cityBId: 'luoyang' },
  { province: '福建', provinceId: 'fujian', cityA: '福州', cityAId: 'fuzhou', cityB: '厦门', cityBId: 'xiamen' },
  { province: '安徽', provinceId: 'anhui', cityA: '合肥', cityAId: 'hefei', cityB: '芜湖', cityBId: 'wuhu' },
  { province: '江西', provinceId: 'jiangxi', cityA: '南昌', cityAId: 'nanchang', cityB: '九江', cityBId: 'jiujiang' },
  { province: '陕西', provinceId: 'shaanxi', cityA: '西安', cityAId: 'xian', cityB: '宝鸡', cityBId: 'baoji' },
];

/** What the awards are for; the seed's theme comes first. */
const themes: readonly { name: string; id: string }[] = [
  { name: '商业秘密保护', id: 'trade-secret' },
  { name: '知识产权保护', id: 'ip-protection' },
  { name: '质量提升', id: 'quality' },
  { name: '标准化建设', id: 'standards' },
  { name: '品牌培育', id: 'brand' },
  { name: '计量服务', id: 'metrology' },
  { name: '食品安全', id: 'food-safety' },
  { name: '检验检测', id: 'testing' },
];

// Name parts with distinct pinyin, so a generated name and its id always go together
// (two articles naming the same person agree on name and type, as the checks demand).
const surnames: readonly [string, string][] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'],
  ['黄', 'huang'], ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'],
  ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'], ['罗', 'luo'],
];
const givenNames: readonly [string, string][] = [
  ['伟', 'wei'], ['芳', 'fang'], ['敏', 'min'], ['静', 'jing'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'],
  ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'],
  ['桂', 'gui'], ['英', 'ying'], ['华', 'hua'], ['建', 'jian'], ['文', 'wen'], ['红', 'hong'],
  ['春', 'chun'], ['海', 'hai'], ['波', 'bo'], ['宁', 'ning'], ['斌', 'bin'], ['鹏', 'peng'],
];
const brands: readonly [string, string][] = [
  ['华宇', 'huayu'], ['中联', 'zhonglian'], ['远大', 'yuanda'], ['恒信', 'hengxin'], ['博源', 'boyuan'],
  ['天成', 'tiancheng'], ['金石', 'jinshi'], ['创新', 'chuangxin'], ['东方', 'dongfang'], ['九州', 'jiuzhou'],
  ['鼎盛', 'dingsheng'], ['长城', 'changcheng'], ['星辰', 'xingchen'], ['瑞丰', 'ruifeng'], ['宏达', 'hongda'],
];
const industries: readonly [string, string][] = [
  ['智能装备', 'equipment'], ['新材料', 'materials'], ['生物医药', 'biotech'], ['电子科技', 'electronics'],
  ['精密制造', 'precision'], ['新能源', 'energy'], ['食品', 'food'], ['软件', 'software'],
];
const sources = ['中国质量万里行', '中国市场监管报', '中国知识产权报', '中国质量报', '中国消费者报'];
const hundreds = ['三百余家', '五百余家', '七百余家', '九百余家', '一千余家'];

/** A small seeded PRNG (mulberry32): the same seed always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a whole number in [min, max] from `rand`. */
function between(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

function shuffle<T>(rand: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A generated person: a Simplified name and the id that always comes with it. */
function personName(rand: () => number): { name: string; id: string } {
  const [sn, sid] = pick(rand, surnames);
  const [g1, g1id] = pick(rand, givenNames);
  if (rand() < 0.3) return { name: `${sn}${g1}`, id: `${sid}-${g1id}` };
  const [g2, g2id] = pick(rand, givenNames);
  return { name: `${sn}${g1}${g2}`, id: `${sid}-${g1id}-${g2id}` };
}

const seedPeople = ['钱俊君', '丁珍良', '刘学如'] as const;
const seedPeopleIds = ['qian-junjun', 'ding-zhenliang', 'liu-xueru'] as const;

/** The three officials of a region (director, deputy, host): the seed's for Hunan, generated for the rest. */
function regionPeople(regionIndex: number): { name: string; id: string }[] {
  if (regionIndex === 0) return seedPeople.map((name, i) => ({ name, id: seedPeopleIds[i] ?? '' }));
  const rand = random(0x5eed + regionIndex * 7919);
  // Three-character names only, so an official never shares an id with a two-character spokesperson.
  const people: { name: string; id: string }[] = [];
  while (people.length < 3) {
    const person = personName(rand);
    if ([...person.name].length === 3 && !people.some((p) => p.id === person.id)) people.push(person);
  }
  return people;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

interface Parsed {
  frontmatter: Record<string, unknown>;
  paragraphs: string[];
}

function parseSeed(seedSource: string): Parsed {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(seedSource.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('The seed article has no `---` frontmatter block; the benchmark corpus is generated from it.');
  const frontmatter = yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  const paragraphs = (match[2] ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length < 3) throw new Error(`The seed article has ${paragraphs.length} paragraphs; the generator needs a lead, a middle and a closing one.`);
  return { frontmatter, paragraphs };
}

/** Returns `value` with `replace` applied to every string inside it (object keys excepted). */
function rewrite<T>(value: T, replace: (text: string) => string): T {
  if (typeof value === 'string') return replace(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => rewrite(item, replace)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item, replace)])) as T;
  }
  return value;
}

/** Returns `text` with each [from, to] pair replaced everywhere, in order. */
function replaceAll(text: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((out, [from, to]) => out.split(from).join(to), text);
}

/** Returns article `index` (1 or more) of the corpus: the seed with another region, theme, date, people, numbers and paragraph order. */
function variantArticle(seed: Parsed, index: number, seedDate: Date): CorpusArticle {
  const rand = random(index * 2654435761);
  const regionIndex = index % regions.length;
  const region = regions[regionIndex] as Region;
  const theme = pick(rand, themes);
  const people = regionPeople(regionIndex);
  const date = new Date(seedDate.getTime() - index * 86_400_000);
  const eventDate = new Date(date.getTime() - between(rand, 1, 12) * 86_400_000);
  const year = date.getUTCFullYear();
  const enterprises = between(rand, 3, 15);
  const stations = between(rand, 1, 6);
  const slug = `${isoDay(date)}-${region.provinceId}-${theme.id}-demonstration`;

  const names: [string, string][] = seedPeople.map((name, i) => [name, people[i]?.name ?? name]);
  const places: [string, string][] = [['长沙', region.cityA], ['湘潭', region.cityB], ['湖南', region.province], ['商业秘密保护', theme.name]];
  const numbers: [string, string][] = [
    ['2月17日', `${eventDate.getUTCMonth() + 1}月${eventDate.getUTCDate()}日`],
    ['7家示范企业', `${enterprises}家示范企业`],
    ['2个示范站（点）授牌', `${stations}个示范站（点）授牌`],
    ['2021年以来', `${year - 2}年以来`],
    ['连续3年', `连续${between(rand, 2, 6)}年`],
    ['创建2个省级', `创建${between(rand, 2, 5)}个省级`],
    ['64家示范企业和16个', `${between(rand, 20, 120)}家示范企业和${between(rand, 5, 40)}个`],
    ['七百余家', pick(rand, hundreds)],
  ];
  const text = (value: string) => replaceAll(replaceAll(replaceAll(value, numbers), names), places);
  const ids: [string, string][] = [
    ...seedPeopleIds.map((id, i): [string, string] => [id, people[i]?.id ?? id]),
    [`2023-hunan-demonstration-`, `${slug}-`],
    ['changsha', region.cityAId],
    ['xiangtan', region.cityBId],
    ['hunan', region.provinceId],
  ];
  const id = (value: string) => replaceAll(value, ids);

  // A company and its spokesperson: entities of their own, shared only when two articles happen to draw the same name.
  const [brand, brandId] = pick(rand, brands);
  const [industry, industryId] = pick(rand, industries);
  const company = { name: `${region.cityA}${brand}${industry}有限公司`, id: `${region.cityAId}-${brandId}-${industryId}` };
  let spokesperson = personName(rand);
  while (people.some((p) => p.id === spokesperson.id || p.name === spokesperson.name)) spokesperson = personName(rand);
  const award = `${region.province}省${theme.name}示范企业`;

  const frontmatter = rewrite(seed.frontmatter, text);
  delete frontmatter['imported'];
  frontmatter['date'] = isoDay(date);
  frontmatter['eventDate'] = isoDay(eventDate);
  frontmatter['source'] = { name: pick(rand, sources) };
  const author = personName(rand);
  const photographer = personName(rand);
  frontmatter['authors'] = [{ name: author.name, role: 'text' }, ...(rand() < 0.6 ? [{ name: photographer.name, role: 'photo' }] : [])];
  const entities = (frontmatter['entities'] as Record<string, unknown>[]).map((entity) => {
    const out: Record<string, unknown> = { ...entity, id: id(String(entity['id'])) };
    if (out['unit'] === '家') out['count'] = enterprises;
    if (out['unit'] === '个') out['count'] = stations;
    return out;
  });
  entities.push(
    { id: company.id, name: company.name, type: 'organization', roles: [{ role: 'recipient', award }] },
    { id: spokesperson.id, name: spokesperson.name, type: 'person', positions: [`${company.name}负责人`], roles: [{ role: 'attendee' }] },
  );
  frontmatter['entities'] = entities;

  const [lead, ...rest] = seed.paragraphs.map((p) => text(p).replace(/<Entity id="([^"]+)">/g, (_m, ref: string) => `<Entity id="${id(ref)}">`));
  const closing = rest.pop() ?? '';
  const middle = shuffle(rand, rest).filter((_p, i) => i === 0 || rand() > 0.2);
  const companyParagraph =
    `获评${award}的<Entity id="${company.id}">${company.name}</Entity>负责人<Entity id="${spokesperson.id}">${spokesperson.name}</Entity>` +
    `在发言中表示，企业将以此次授牌为新起点，持续完善${theme.name}制度，加大资金投入，力争在${year + 1}年前建成覆盖全部${between(rand, 3, 30)}条生产线的管理体系。`;
  middle.splice(between(rand, 0, middle.length), 0, companyParagraph);

  const header = `# Synthetic benchmark article ${index}, generated from the seed by scripts/bench/corpus.ts.\n`;
  const source = `---\n${header}${yaml.dump(frontmatter, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true })}---\n\n${[lead, ...middle, closing].join('\n\n')}\n`;
  return { slug, source };
}

/**
 * Returns `count` articles: the seed itself first, then variants of it with
 * other regions, themes, dates, people, numbers and paragraph orders, sharing
 * each region's officials and places and adding a company and a person each.
 */
export function generateCorpus(seedSlug: string, seedSource: string, count: number): CorpusArticle[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`A corpus needs at least one article; got ${count}.`);
  const seed = parseSeed(seedSource);
  const seedDate = new Date(`${String(seed.frontmatter['date'])}T00:00:00Z`);
  if (Number.isNaN(seedDate.getTime())) throw new Error(`The seed article's date "${String(seed.frontmatter['date'])}" is not YYYY-MM-DD.`);
  const articles: CorpusArticle[] = [{ slug: seedSlug, source: seedSource }];
  for (let index = 1; index < count; index++) articles.push(variantArticle(seed, index, seedDate));
  return articles;
}

/**
 * Writes a content folder for a corpus at `target`: every file of
 * `contentDir` except its articles (so the glossary and anything else the
 * build reads come along), then the corpus as `articles/<slug>.mdx`.
 * Returns the articles folder.
 */
export function writeCorpus(contentDir: string, target: string, articles: readonly CorpusArticle[]): string {
  mkdirSync(target, { recursive: true });
  if (existsSync(contentDir)) {
    for (const name of readdirSync(contentDir)) {
      if (path.join(contentDir, name) !== articlesDirOf(contentDir)) cpSync(path.join(contentDir, name), path.join(target, name), { recursive: true });
    }
  }
  const articlesDir = articlesDirOf(target);
  mkdirSync(articlesDir, { recursive: true });
  for (const article of articles) writeFileSync(articleFileOf(target, article.slug), article.source);
  return articlesDir;
}
