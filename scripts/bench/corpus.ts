/**
 * The benchmark's synthetic archive: a newspaper's ten years, not the seed
 * copied ten thousand times. A fixed population of people and organisations
 * (a few hundred) recurs with Zipf-like frequency, people change positions
 * over the years, articles run from 300 to 3,000 characters, some sources
 * write in Traditional script, and award stories name their recipients (named
 * organisations and counted groups). The same count always gives the same
 * corpus (a seeded PRNG, no clock, no Math.random).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { seededRandom } from '../seeded-random.ts';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { articleFileOf, articlesDirOf } from '../../src/build/content-files.ts';
import { convertText } from '../../src/lib/convert/converter.ts';
import { variants, type Variant } from '../../src/lib/site/variants.ts';

/** One generated article file. */
export interface CorpusArticle {
  /** The file name without `.mdx`, which is the article's slug. */
  slug: string;
  source: string;
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

/** A sampler of indexes 0…n-1 where index k comes up in proportion to 1/(k+1)^s: a few very often, most rarely. */
export function zipf(n: number, s = 1): (rand: () => number) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 1; k <= n; k++) {
    sum += 1 / k ** s;
    cumulative.push(sum);
  }
  return (rand) => {
    const target = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Region {
  province: string;
  provinceId: string;
  cities: readonly (readonly [string, string])[];
}

// Hunan first: the seed's region, whose places and officials keep the seed's ids.
const regions: readonly Region[] = [
  { province: '湖南', provinceId: 'hunan', cities: [['长沙', 'changsha'], ['湘潭', 'xiangtan'], ['株洲', 'zhuzhou']] },
  { province: '湖北', provinceId: 'hubei', cities: [['武汉', 'wuhan'], ['宜昌', 'yichang'], ['襄阳', 'xiangyang']] },
  { province: '广东', provinceId: 'guangdong', cities: [['广州', 'guangzhou'], ['佛山', 'foshan'], ['东莞', 'dongguan']] },
  { province: '江苏', provinceId: 'jiangsu', cities: [['南京', 'nanjing'], ['苏州', 'suzhou'], ['无锡', 'wuxi']] },
  { province: '浙江', provinceId: 'zhejiang', cities: [['杭州', 'hangzhou'], ['宁波', 'ningbo'], ['温州', 'wenzhou']] },
  { province: '四川', provinceId: 'sichuan', cities: [['成都', 'chengdu'], ['绵阳', 'mianyang'], ['德阳', 'deyang']] },
  { province: '山东', provinceId: 'shandong', cities: [['济南', 'jinan'], ['青岛', 'qingdao'], ['烟台', 'yantai']] },
  { province: '河南', provinceId: 'henan', cities: [['郑州', 'zhengzhou'], ['洛阳', 'luoyang'], ['新乡', 'xinxiang']] },
  { province: '福建', provinceId: 'fujian', cities: [['福州', 'fuzhou'], ['厦门', 'xiamen'], ['泉州', 'quanzhou']] },
  { province: '安徽', provinceId: 'anhui', cities: [['合肥', 'hefei'], ['芜湖', 'wuhu'], ['蚌埠', 'bengbu']] },
];

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

// Name parts whose pinyin is distinct, so a name and its id always go together;
// characters chosen to survive Simplified → Traditional → Simplified unchanged.
const surnames: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['黄', 'huang'], ['周', 'zhou'],
  ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['林', 'lin'], ['罗', 'luo'],
  ['高', 'gao'], ['梁', 'liang'], ['宋', 'song'], ['郑', 'zheng'], ['谢', 'xie'], ['韩', 'han'], ['唐', 'tang'], ['冯', 'feng'],
];
const givenNames: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['敏', 'min'], ['静', 'jing'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'],
  ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'],
  ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'], ['英', 'ying'], ['华', 'hua'], ['建', 'jian'], ['文', 'wen'], ['红', 'hong'],
  ['春', 'chun'], ['海', 'hai'], ['波', 'bo'], ['宁', 'ning'], ['斌', 'bin'], ['鹏', 'peng'], ['晨', 'chen'], ['玲', 'ling'],
];
const brands: readonly (readonly [string, string])[] = [
  ['华宇', 'huayu'], ['中联', 'zhonglian'], ['远大', 'yuanda'], ['恒信', 'hengxin'], ['博源', 'boyuan'], ['天成', 'tiancheng'],
  ['金石', 'jinshi'], ['东方', 'dongfang'], ['九州', 'jiuzhou'], ['鼎盛', 'dingsheng'], ['长城', 'changcheng'], ['星辰', 'xingchen'],
  ['瑞丰', 'ruifeng'], ['宏达', 'hongda'], ['海川', 'haichuan'], ['新元', 'xinyuan'],
];
const industries: readonly (readonly [string, string, string])[] = [
  ['智能装备', 'equipment', '装备'], ['新材料', 'materials', '材料'], ['生物医药', 'biotech', '医药'], ['电子科技', 'electronics', '电子'],
  ['精密制造', 'precision', '精密'], ['新能源', 'energy', '能源'], ['食品', 'food', '食品'], ['软件', 'software', '软件'],
];

/** Positions an official rises through, in order; each person starts somewhere on the ladder. */
const ladder = ['处长', '副局长', '党组成员、副局长', '党组书记、局长'] as const;

/** Publications, with the script each writes in. */
const sources: readonly { name: string; script: 'hans' | 'hant' }[] = [
  { name: '中国质量万里行', script: 'hans' },
  { name: '中国市场监管报', script: 'hans' },
  { name: '中国知识产权报', script: 'hans' },
  { name: '中国质量报', script: 'hans' },
  { name: '中国消费者报', script: 'hans' },
  { name: '香港商报', script: 'hant' },
  { name: '工商时报', script: 'hant' },
];

/** One member of the recurring population, in Simplified script. */
interface Member {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'place';
  aliases: string[];
  region: number;
  /** People only: the year they reach each rung of the ladder at their agency. */
  career?: { agency: string; startYear: number; startRung: number; yearsPerRung: number };
}

/** The recurring cast: the seed's own people, places and agencies, then generated officials, agencies, companies and places. */
interface Population {
  people: Member[];
  organizations: Member[];
  companies: Member[];
  places: Member[];
}

const firstYear = 2013;
const lastYear = 2023;

function buildPopulation(): Population {
  const rand = seededRandom(0x5eed);
  const usedIds = new Set<string>();
  const people: Member[] = [];
  const organizations: Member[] = [];
  const places: Member[] = [];
  const companies: Member[] = [];
  const add = (list: Member[], member: Member) => {
    if (usedIds.has(member.id)) return false;
    usedIds.add(member.id);
    list.push(member);
    return true;
  };
  regions.forEach((region, r) => {
    const [capital, capitalId] = region.cities[0] as readonly [string, string];
    const hunan = r === 0;
    add(organizations, { id: `${region.provinceId}-amr`, name: `${region.province}省市场监督管理局`, type: 'organization', aliases: [`${region.province}省市场监管局`], region: r });
    for (const [city, cityId] of region.cities) {
      add(places, { id: cityId, name: `${city}市`, type: 'place', aliases: [], region: r });
      add(organizations, { id: `${cityId}-amr`, name: `${city}市市场监督管理局`, type: 'organization', aliases: [`${city}市市场监管局`], region: r });
      add(organizations, { id: `${cityId}-ipa`, name: `${city}市知识产权局`, type: 'organization', aliases: [], region: r });
    }
    // Development zones: the seed's two keep their ids.
    add(places, { id: `${capitalId}-etdz`, name: `${capital}经开区`, type: 'place', aliases: [`${capital}经济技术开发区`], region: r });
    const [second, secondId] = region.cities[1] as readonly [string, string];
    add(places, { id: `${secondId}-hi-tech-zone`, name: `${second}高新区`, type: 'place', aliases: [`${second}高新技术产业开发区`], region: r });
    if (hunan) {
      add(organizations, { id: 'changsha-etdz-committee', name: '长沙经开区管委会', type: 'organization', aliases: ['长沙经济技术开发区管理委员会'], region: 0 });
      add(organizations, { id: 'xiangtan-hi-tech-zone-committee', name: '湘潭高新区管委会', type: 'organization', aliases: ['湘潭高新技术产业开发区管理委员会'], region: 0 });
    }
  });
  // The seed's officials, with careers that put them where the seed has them in 2023.
  const seedCareer = (agency: string, rung: number) => ({ agency, startYear: firstYear, startRung: Math.max(0, rung - 2), yearsPerRung: 5 });
  people.push(
    { id: 'qian-junjun', name: '钱俊君', type: 'person', aliases: [], region: 0, career: seedCareer('湖南省市场监管局', 3) },
    { id: 'ding-zhenliang', name: '丁珍良', type: 'person', aliases: [], region: 0, career: seedCareer('湖南省市场监管局', 2) },
    { id: 'liu-xueru', name: '刘学如', type: 'person', aliases: [], region: 0 },
  );
  for (const id of ['qian-junjun', 'ding-zhenliang', 'liu-xueru']) usedIds.add(id);
  // Officials: 240, each at an agency of their region, starting on some rung in some year.
  while (people.length < 243) {
    const [sn, sid] = pick(rand, surnames);
    const [g1, g1id] = pick(rand, givenNames);
    const [g2, g2id] = pick(rand, givenNames);
    const r = between(rand, 0, regions.length - 1);
    const region = regions[r] as Region;
    const [city] = pick(rand, region.cities);
    const agency = rand() < 0.4 ? `${region.province}省市场监管局` : `${city}市市场监管局`;
    const member: Member = {
      id: `${sid}-${g1id}-${g2id}`,
      name: `${sn}${g1}${g2}`,
      type: 'person',
      aliases: [],
      region: r,
      career: { agency, startYear: between(rand, firstYear - 4, lastYear - 2), startRung: between(rand, 0, 2), yearsPerRung: between(rand, 2, 5) },
    };
    add(people, member);
  }
  // Companies: 160, the recipients of named awards.
  while (companies.length < 160) {
    const [brand, brandId] = pick(rand, brands);
    const [industry, industryId, short] = pick(rand, industries);
    const r = between(rand, 0, regions.length - 1);
    const region = regions[r] as Region;
    const [city, cityId] = pick(rand, region.cities);
    add(companies, {
      id: `${cityId}-${brandId}-${industryId}`,
      name: `${city}${brand}${industry}有限公司`,
      type: 'organization',
      aliases: [`${brand}${short}`],
      region: r,
    });
  }
  return { people, organizations, companies, places };
}

/** Returns a person's position in `year`, or undefined for someone without a career at an agency. */
function positionIn(member: Member, year: number): string | undefined {
  const career = member.career;
  if (!career) return member.id === 'liu-xueru' ? '二级巡视员' : undefined;
  const rung = Math.min(ladder.length - 1, career.startRung + Math.max(0, Math.floor((year - career.startYear) / career.yearsPerRung)));
  return `${career.agency}${ladder[rung]}`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Filler sentences of a report, with slots the article fills in. */
const sentences: readonly string[] = [
  '近年来，{province}省围绕{theme}工作，坚持问题导向，完善工作机制，取得积极成效。',
  '该局相关负责人介绍，{year}年以来，全省累计开展{theme}专项行动{n}次，覆盖企业{m}家。',
  '会议要求，各级市场监管部门要进一步提高政治站位，把{theme}作为服务高质量发展的重要抓手。',
  '{city}市结合本地产业集群特点，梳理园区{m}家规模以上企业的{theme}工作情况，建立一企一档。',
  '下一步，将继续加大资金投入，完善服务体系，推动{theme}工作从试点示范走向全面铺开。',
  '据悉，此次认定工作经过企业申报、材料审核、现场评审和社会公示等环节，历时{n}个月。',
  '与会企业代表表示，将以此为新起点，持续完善内部管理制度，强化人才队伍建设。',
  '{province}省将{theme}纳入年度重点工作考核，对表现突出的单位和个人予以通报表扬。',
  '专家指出，{theme}是优化营商环境的重要内容，对激发市场主体活力具有重要意义。',
  '活动现场还举办了{theme}知识讲座，{n}名企业负责人参加培训。',
  '截至{year}年底，{city}市已培育省级示范单位{n}家，市级示范单位{m}家。',
  '该省还制定了地方标准，从事项确定、风险评估、争议处理等方面作出明确规定，为企业提供全方位指导。',
  '各地要加强部门协同，健全行政执法与司法保护衔接机制，形成工作合力。',
  '在随后的座谈会上，与会人员围绕如何进一步提升{theme}水平进行了深入交流。',
  '据统计，{year}年全省共受理相关投诉举报{m}件，办结率达到百分之九十以上。',
  '{city}市有关部门负责同志、部分企业代表和新闻媒体记者参加了活动。',
  '今后，{province}省将继续深化改革创新，努力打造{theme}工作的“{province}样本”。',
  '此次检查共出动执法人员{n}人次，检查经营主体{m}户，发现问题{n}个，已督促整改到位。',
];

/** Returns `template` with its slots filled. */
function fill(template: string, slots: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
}

interface Mention {
  member: Member;
  role: 'recipient' | 'presenter' | 'attendee' | 'host' | 'organizer' | 'mentioned';
  award?: string;
}

/** The generator: the population and its samplers, shared by every article of a corpus. */
class Newsroom {
  readonly population = buildPopulation();
  private readonly personRank = zipf(this.population.people.length, 1.05);
  private readonly companyRank = zipf(this.population.companies.length, 1);
  readonly hant: Variant;

  constructor() {
    const hant = variants.find((v) => v.script === 'hant');
    if (!hant) throw new Error('The corpus writes some articles in Traditional script, but no variant of src/lib/site/variants.ts is in hant.');
    this.hant = hant;
  }

  person(rand: () => number): Member {
    return this.population.people[this.personRank(rand)] as Member;
  }

  company(rand: () => number): Member {
    return this.population.companies[this.companyRank(rand)] as Member;
  }

  agencyOf(region: number): Member {
    return this.population.organizations.find((o) => o.id === `${regions[region]?.provinceId}-amr`) as Member;
  }

  place(region: number, rand: () => number): Member {
    const own = this.population.places.filter((p) => p.region === region);
    return pick(rand, own);
  }
}

// Frontmatter fields that are codes, not text a reader sees.
const untranslatedKeys = new Set(['id', 'role', 'type', 'script', 'date', 'eventDate']);

/** Converts a Simplified value (string, list, object) into Traditional script with the site's own converter. */
function toHant<T>(value: T, hant: Variant): T {
  if (typeof value === 'string') return convertText(value, { from: 'hans', to: hant }) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => toHant(item, hant)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, untranslatedKeys.has(key) ? item : toHant(item, hant)])) as T;
  }
  return value;
}

const entityTag = (member: Member, text = member.name) => `<Entity id="${member.id}">${text}</Entity>`;

/** Returns article `index` (1 or more) of a corpus of `count` spread over ten years. */
function article(room: Newsroom, index: number, count: number, seedDate: Date): CorpusArticle {
  const rand = seededRandom(index * 2654435761 + 97);
  // Ten years back from the seed, oldest last; several stories a day at ten thousand.
  const span = 3650 * 86_400_000;
  const date = new Date(seedDate.getTime() - Math.floor((index / count) * span / 86_400_000) * 86_400_000 - 86_400_000);
  const year = date.getUTCFullYear();
  const eventDate = new Date(date.getTime() - between(rand, 0, 6) * 86_400_000);
  const presenter = room.person(rand);
  // Officials mostly appear in their own province's stories.
  const regionIndex = rand() < 0.8 ? presenter.region : between(rand, 0, regions.length - 1);
  const region = regions[regionIndex] as Region;
  const [city, cityId] = pick(rand, region.cities);
  const theme = pick(rand, themes);
  const source = rand() < 0.15 ? pick(rand, sources.filter((s) => s.script === 'hant')) : pick(rand, sources.filter((s) => s.script === 'hans'));
  const kind = rand() < 0.45 ? 'award' : pick(rand, ['meeting', 'inspection', 'policy'] as const);
  const slug = `${isoDay(date)}-${region.provinceId}-${theme.id}-${kind}-${index}`;
  const slots = { province: region.province, city, theme: theme.name, year, n: between(rand, 3, 40), m: between(rand, 20, 900) };

  const agency = room.agencyOf(regionIndex);
  const attendees = [room.person(rand), room.person(rand)].filter((p, i, all) => p.id !== presenter.id && all.findIndex((q) => q.id === p.id) === i);
  const mentions: Mention[] = [{ member: agency, role: 'organizer' }, { member: presenter, role: 'presenter' }, ...attendees.map((member) => ({ member, role: 'attendee' as const }))];
  const groups: Record<string, unknown>[] = [];
  const paragraphs: string[] = [];
  const who = (p: Member) => `${positionIn(p, year) ?? ''}${entityTag(p)}`;
  const when = `${eventDate.getUTCMonth() + 1}月${eventDate.getUTCDate()}日`;
  let title: string;

  if (kind === 'award') {
    const place = room.place(regionIndex, rand);
    const companies = [room.company(rand), room.company(rand), room.company(rand)].filter((c, i, all) => all.findIndex((d) => d.id === c.id) === i).slice(0, between(rand, 1, 3));
    const award = `${region.province}省${theme.name}示范企业`;
    const enterprises = between(rand, 3, 15);
    mentions.push(...companies.map((member) => ({ member, role: 'recipient' as const, award })));
    mentions.push({ member: place, role: 'recipient', award: `${region.province}省${theme.name}示范基地` });
    groups.push({ id: `${slug}-enterprises`, name: '示范企业', type: 'group', count: enterprises, unit: '家', roles: [{ role: 'recipient', award }] });
    const stations = rand() < 0.35 ? between(rand, 1, 6) : 0;
    if (stations > 0) groups.push({ id: `${slug}-stations`, name: '示范站（点）', type: 'group', count: stations, unit: '个', roles: [{ role: 'recipient', award: `${region.province}省${theme.name}示范站（点）` }] });
    title = `${region.province}省市场监管局为${theme.name}示范基地、示范企业授牌`;
    paragraphs.push(
      `${when}，${who(presenter)}为获评${region.province}省${theme.name}示范基地的${entityTag(place)}及${companies.map((c) => entityTag(c)).join('、')}等${enterprises}家示范企业${stations > 0 ? `、${stations}个示范站（点）` : ''}授牌。${attendees.map(who).join('、')}参加。`,
    );
    for (const company of companies) {
      paragraphs.push(`获评${award}的${entityTag(company)}（${company.aliases[0] ?? company.name}）负责人在发言中表示，企业将以此次授牌为新起点，持续完善${theme.name}制度，力争在${year + 1}年前建成覆盖全部生产线的管理体系。`);
    }
  } else if (kind === 'meeting') {
    const ipa = room.population.organizations.find((o) => o.id === `${cityId}-ipa`) as Member;
    mentions.push({ member: ipa, role: 'attendee' });
    title = `${region.province}省召开${theme.name}工作推进会`;
    paragraphs.push(`${when}，${region.province}省${theme.name}工作推进会在${city}召开。${who(presenter)}出席会议并讲话，${attendees.map(who).join('、')}及${entityTag(ipa)}负责同志参加。`);
  } else if (kind === 'inspection') {
    const company = room.company(rand);
    mentions.push({ member: company, role: 'mentioned' });
    title = `${presenter.name}到${city}调研${theme.name}工作`;
    paragraphs.push(`${when}，${who(presenter)}带队到${city}市调研${theme.name}工作，实地察看了${entityTag(company)}的生产车间和质量管理体系。`);
  } else {
    title = `${region.province}省出台${theme.name}新举措`;
    paragraphs.push(`${when}，${entityTag(agency, agency.aliases[0] ?? agency.name)}印发《关于进一步加强${theme.name}工作的实施意见》，${who(presenter)}就有关内容作了解读。`);
  }

  // 300 to 3,000 characters: most stories short, a few long.
  const target = Math.round(300 + 2700 * rand() ** 2.2);
  const pool = shuffle(rand, sentences);
  let length = paragraphs.join('').replace(/<[^>]+>/g, '').length;
  let paragraph = '';
  for (let i = 0; length < target; i++) {
    const sentence = fill(pool[i % pool.length] as string, { ...slots, n: between(rand, 2, 60), m: between(rand, 10, 900) });
    paragraph += sentence;
    length += sentence.length;
    if (paragraph.length > between(rand, 120, 320)) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  }
  if (paragraph) paragraphs.push(paragraph);
  const host = room.person(rand);
  if (!mentions.some((m) => m.member.id === host.id)) {
    mentions.push({ member: host, role: 'host' });
    paragraphs.push(`${who(host)}主持。`);
  }

  const entities = [
    ...mentions.map(({ member, role, award }) => {
      const position = member.type === 'person' ? positionIn(member, year) : undefined;
      return {
        id: member.id,
        name: member.name,
        type: member.type,
        ...(member.aliases.length > 0 ? { aliases: member.aliases } : {}),
        ...(position ? { positions: [position] } : {}),
        roles: [award ? { role, award } : { role }],
      };
    }),
    ...groups,
  ];
  const author = room.person(seededRandom(index * 7 + 1));
  const frontmatter: Record<string, unknown> = {
    title,
    summary: paragraphs[0]?.replace(/<Entity id="[^"]+">([^<]*)<\/Entity>/g, '$1').slice(0, 120),
    date: isoDay(date),
    ...(isoDay(eventDate) !== isoDay(date) ? { eventDate: isoDay(eventDate) } : {}),
    script: source.script,
    source: { name: source.name },
    authors: [{ name: `${author.name.slice(0, 1)}${pick(rand, givenNames)[0]}`, role: 'text' }],
    entities,
  };
  let body = paragraphs.join('\n\n');
  let front = frontmatter;
  if (source.script === 'hant') {
    front = { ...toHant(frontmatter, room.hant), date: frontmatter['date'], script: 'hant', entities: toHant(entities, room.hant) };
    if (frontmatter['eventDate']) front['eventDate'] = frontmatter['eventDate'];
    body = toHant(body, room.hant);
  }
  const header = `# Synthetic benchmark article ${index} of ${count}, generated by scripts/bench/corpus.ts.\n`;
  const source_ = `---\n${header}${yaml.dump(front, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true })}---\n\n${body}\n`;
  return { slug, source: source_ };
}

/**
 * Returns `count` articles: the seed itself first (so a corpus of one is the
 * real site), then generated stories spread over the ten years before it.
 */
export function generateCorpus(seedSlug: string, seedSource: string, count: number): CorpusArticle[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`A corpus needs at least one article; got ${count}.`);
  const dateLine = /^date:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(seedSource);
  const seedDate = new Date(`${dateLine?.[1] ?? ''}T00:00:00Z`);
  if (Number.isNaN(seedDate.getTime())) throw new Error('The seed article has no `date: YYYY-MM-DD` line; the corpus is dated back from it.');
  const room = new Newsroom();
  const articles: CorpusArticle[] = [{ slug: seedSlug, source: seedSource }];
  for (let index = 1; index < count; index++) articles.push(article(room, index, count, seedDate));
  return articles;
}

/** The searches the benchmark times, chosen from the population so they mean the same thing at every size. */
export interface BenchQueries {
  /** A phrase in most award stories. */
  common: string;
  /** A person near the end of the Zipf ranking: in few stories. */
  rareName: string;
  /** A full official name that is an alias of a place. */
  alias: string;
  /** A two-character city name. */
  place: string;
}

/** Returns the benchmark's fixed queries, in Simplified script. */
export function benchQueries(): BenchQueries {
  const population = buildPopulation();
  const rare = population.people[population.people.length - 1] as Member;
  return { common: '示范企业', rareName: rare.name, alias: '湘潭高新技术产业开发区', place: '湘潭' };
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
  for (const item of articles) writeFileSync(articleFileOf(target, item.slug), item.source);
  return articlesDir;
}
