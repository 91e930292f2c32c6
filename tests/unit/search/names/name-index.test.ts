import { describe, expect, it } from 'vitest';
import { indexedName, nameSyllables } from '../../../../src/build/name-index.ts';
import { foldTableFor } from '../../../../src/lib/search/fold-table.ts';
import type { NameEntry } from '../../../../src/lib/search/names/entry.ts';
import { findNames, shardsOfKeys } from '../../../../src/lib/search/names/find.ts';
import { buildNameIndex, manifestFile, shardFile } from '../../../../src/lib/search/names/layout.ts';
import { keysOfQuery, type NameLookup } from '../../../../src/lib/search/names/lookup.ts';

/** A row with the fields a test does not care about filled in. */
function row(fields: Partial<NameEntry> & Pick<NameEntry, 'kind' | 'name' | 'url'>): NameEntry {
  return { aliases: [], label: '', position: '', awards: [], recipient: false, stories: 1, latest: '2023-02-24', ...fields };
}

const simplified: NameEntry[] = [
  row({ kind: 'person', name: '钱俊君', label: '人物', url: '/zh-hans/entities/qian-junjun/', position: '2023年2月时任湖南省市场监管局党组书记、局长', stories: 12 }),
  row({ kind: 'person', name: '丁珍良', label: '人物', url: '/zh-hans/entities/ding-zhenliang/', stories: 4 }),
  row({ kind: 'person', name: '单立新', label: '人物', url: '/zh-hans/entities/shan-lixin/', stories: 2 }),
  row({ kind: 'person', name: '曾庆华', label: '人物', url: '/zh-hans/entities/zeng-qinghua/', stories: 2 }),
  row({ kind: 'place', name: '湘潭高新区', aliases: ['湘潭高新技术产业开发区'], label: '地方', url: '/zh-hans/entities/xiangtan-hi-tech-zone/', awards: ['湖南省商业秘密保护示范基地'], recipient: true, stories: 5 }),
  row({ kind: 'place', name: '湘潭市', label: '地方', url: '/zh-hans/entities/xiangtan/', stories: 3 }),
  row({ kind: 'byline', name: '周欣', label: '作者', url: '/zh-hans/search/?q=%E5%91%A8%E6%AC%A3&type=article', stories: 7 }),
  row({ kind: 'source', name: '中国质量万里行', label: '来源', url: '/zh-hans/search/?q=x&type=article', stories: 9 }),
];

const traditional: NameEntry[] = [
  row({ kind: 'person', name: '錢俊君', label: '人物', url: '/zh-hant/entities/qian-junjun/', stories: 12 }),
  row({ kind: 'place', name: '湘潭高新區', aliases: ['湘潭高新技術產業開發區'], label: '地方', url: '/zh-hant/entities/xiangtan-hi-tech-zone/', stories: 5 }),
];

/** Builds the index of `entries` in memory and returns a query function that reads it as the browser does, counting the files read. */
function indexOf(entries: readonly NameEntry[]) {
  const table = foldTableFor([...simplified, ...traditional].flatMap((e) => [e.name, ...e.aliases]));
  const { manifest, shards } = buildNameIndex(
    entries.map((entry) => indexedName(entry, table)),
    table,
  );
  // Through JSON, as the files are written and fetched.
  const files = new Map<string, string>([[manifestFile, JSON.stringify(manifest)], ...shards.map((shard, n) => [shardFile(n), JSON.stringify(shard)] as [string, string])]);
  return async (query: string): Promise<{ lookup: NameLookup; read: string[] }> => {
    const read: string[] = [];
    const lookup = await findNames(query, async (file) => {
      read.push(file);
      const json = files.get(file);
      if (json === undefined) throw new Error(`no file ${file}`);
      return JSON.parse(json) as unknown;
    });
    return { lookup, read };
  };
}

const names = (list: NameLookup['matches']) => list.map((m) => `${m.entry.name} ${m.how}`);

describe('the name index answers name queries', () => {
  const find = indexOf(simplified);

  it('finds a name exactly, in either script, with its facts', async () => {
    for (const query of ['钱俊君', '錢俊君']) {
      const { lookup } = await find(query);
      expect(names(lookup.matches)).toEqual(['钱俊君 exact']);
      expect(lookup.suggestions).toEqual([]);
      expect(lookup.matches[0]?.entry).toEqual({
        kind: 'person',
        name: '钱俊君',
        aliases: [],
        label: '人物',
        position: '2023年2月时任湖南省市场监管局党组书记、局长',
        awards: [],
        recipient: false,
        url: '/zh-hans/entities/qian-junjun/',
        stories: 12,
        latest: '2023-02-24',
      });
    }
  });

  it('finds an entity by its full official name (an alias) and by a part of it', async () => {
    expect(names((await find('湘潭高新技术产业开发区')).lookup.matches)).toEqual(['湘潭高新区 exact']);
    expect(names((await find('湘潭高新技術產業開發區')).lookup.matches)).toEqual(['湘潭高新区 exact']);
    // More stories first among names that start with the query.
    expect(names((await find('湘潭')).lookup.matches)).toEqual(['湘潭高新区 starts', '湘潭市 starts']);
    expect(names((await find('产业开发区')).lookup.matches)).toEqual(['湘潭高新区 contains']);
  });

  it('suggests the name one character off ("did you mean"), in either script', async () => {
    for (const query of ['钱峻君', '錢峻君', '钱君', '钱俊君君']) {
      const { lookup } = await find(query);
      expect(lookup.matches.filter((m) => m.how === 'exact')).toEqual([]);
      expect(names(lookup.suggestions), query).toContain('钱俊君 one-off');
    }
    expect(names((await find('钱峻君')).lookup.suggestions)).toEqual(['钱俊君 one-off']);
    expect(names((await find('湘潭高兴技术产业开发区')).lookup.suggestions)).toEqual(['湘潭高新区 one-off']);
    // The start of a name is a match, not a slip.
    expect(names((await find('钱俊')).lookup.matches)).toEqual(['钱俊君 starts']);
  });

  it('suggests the name typed in pinyin, with or without tones and spaces', async () => {
    for (const query of ['qian junjun', 'qiánjùnjūn', 'QianJunjun', 'qian2 jun4 jun1', 'Qián Jùnjūn']) {
      expect(names((await find(query)).lookup.suggestions), query).toEqual(['钱俊君 pinyin']);
    }
    expect(names((await find('qianjun')).lookup.suggestions)).toEqual(['钱俊君 pinyin-start']);
    expect(names((await find('xiangtan gaoxinqu')).lookup.suggestions)).toEqual(['湘潭高新区 pinyin']);
    expect(names((await find('zhou xin')).lookup.suggestions)).toEqual(['周欣 pinyin']);
  });

  it('reads a surname as a surname: 单 shan, 曾 zeng', async () => {
    expect(nameSyllables('单立新', true)).toEqual(['shan', 'li', 'xin']);
    expect(nameSyllables('曾庆华', true)).toEqual(['zeng', 'qing', 'hua']);
    expect(nameSyllables('解放', false)).toEqual(['jie', 'fang']);
    expect(names((await find('shan lixin')).lookup.suggestions)).toEqual(['单立新 pinyin']);
    expect(names((await find('zengqinghua')).lookup.suggestions)).toEqual(['曾庆华 pinyin']);
    expect(names((await find('dan lixin')).lookup.suggestions)).toEqual([]);
  });

  it('finds bylines and sources, whose rows point to a search for their stories', async () => {
    expect((await find('周欣')).lookup.matches.map((m) => [m.entry.kind, m.entry.url])).toEqual([['byline', '/zh-hans/search/?q=%E5%91%A8%E6%AC%A3&type=article']]);
    expect(names((await find('中國質量')).lookup.matches)).toEqual(['中国质量万里行 starts']);
  });

  it('gives the Traditional index’s names in Traditional script, whichever script is typed', async () => {
    const findHant = indexOf(traditional);
    expect(names((await findHant('钱俊君')).lookup.matches)).toEqual(['錢俊君 exact']);
    expect(names((await findHant('钱峻君')).lookup.suggestions)).toEqual(['錢俊君 one-off']);
    expect(names((await findHant('qian junjun')).lookup.suggestions)).toEqual(['錢俊君 pinyin']);
    expect(names((await findHant('湘潭高新技术产业开发区')).lookup.matches)).toEqual(['湘潭高新區 exact']);
  });

  it('reads the manifest and at most two shards for a name, a slip in its middle or its pinyin, and a third only for a slip at its start', async () => {
    for (const query of ['钱俊君', '钱峻君', '錢峻君', '湘潭高新技术产业开发区', '湘潭', '湘', 'qian junjun', 'zhou xin']) {
      const { read } = await find(query);
      expect(read[0], query).toBe(manifestFile);
      expect(read.length, query).toBeGreaterThanOrEqual(2);
      expect(read.length, query).toBeLessThanOrEqual(3);
    }
    // 前 for 钱, the slip a pinyin keyboard makes: only the last pair 俊君 finds it.
    const { lookup, read } = await find('前俊君');
    expect(names(lookup.suggestions)).toEqual(['钱俊君 one-off']);
    expect(read.length).toBeLessThanOrEqual(4);
    expect(keysOfQuery('钱峻君', new Map())).toEqual({ first: ['e钱峻君', 'o钱君', 'b钱峻'], last: ['b峻君'] });
    // An exact key lives with the outer key of its first and last character.
    expect([...shardsOfKeys(['e钱峻君', 'o钱君'], 97).keys()]).toHaveLength(1);
    expect([...shardsOfKeys(['e钱俊君', 'o钱君'], 97).keys()]).toHaveLength(1);
  });

  it('answers nothing, without reading a file, for an empty query', async () => {
    expect(await find('  ')).toEqual({ lookup: { matches: [], suggestions: [], more: false }, read: [] });
  });
});

describe('a common name', () => {
  it('lists the newest names up to the cap and says there are more', async () => {
    const groups = Array.from({ length: 30 }, (_, i) =>
      row({ kind: 'group', name: `20${String(i).padStart(2, '0')}年湖南省示范企业（7家）`, aliases: ['示范企业'], url: `/zh-hans/entities/g${i}/`, latest: `20${String(i).padStart(2, '0')}-01-01` }),
    );
    const find = indexOf(groups);
    const { lookup } = await find('示范企业');
    expect(lookup.matches).toHaveLength(20);
    expect(lookup.matches[0]?.entry.name).toBe('2029年湖南省示范企业（7家）');
    expect(lookup.matches[19]?.entry.name).toBe('2010年湖南省示范企业（7家）');
    expect(lookup.more).toBe(true);
  });
});
