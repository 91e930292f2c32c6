import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedSlug } from '../../../scripts/bench/seed.ts';
import { articleFileOf, contentDirOf } from '../../../src/build/content-files.ts';
import { checkArticleSource } from '../../../src/lib/article/check-source.ts';
import { collectEntities } from '../../../src/lib/article/entities.ts';
import { datedPosition, entityTitle } from '../../../src/lib/article/entity-wording.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';

const hant = getVariant('hant');
const hans = getVariant('hans');
const file = articleFileOf(contentDirOf('.'), seedSlug);
const seed = checkArticleSource(file, readFileSync(file, 'utf8'));
const entities = collectEntities([{ slug: 'seed', data: seed.data }]);
const entity = (id: string) => entities.find((e) => e.id === id)!;

describe('a position read after the story', () => {
  it('carries the month of the story that gave it, in each script’s wording', () => {
    const qian = entity('qian-junjun').positions[0]!;
    expect(qian.date).toEqual(new Date('2023-02-24T00:00:00Z'));
    expect(datedPosition(hant, '湖南省市場監管局黨組書記、局長', qian.date)).toBe('2023年2月時任湖南省市場監管局黨組書記、局長');
    expect(datedPosition(hans, '湖南省市场监管局党组书记、局长', qian.date)).toBe('2023年2月时任湖南省市场监管局党组书记、局长');
  });
});

describe('the title of an entity page', () => {
  it('names a counted group by year and award, which names the place, with its count', () => {
    expect(entityTitle(hans, entity('2023-hunan-demonstration-enterprises'))).toBe('2023年湖南省商业秘密保护示范企业（7家）');
    expect(entityTitle(hant, entity('2023-hunan-demonstration-stations'))).toBe('2023年湖南省商业秘密保护示范站（点）（2个）');
  });

  it('names anything else by its name', () => {
    expect(entityTitle(hant, entity('qian-junjun'))).toBe('钱俊君');
    expect(entityTitle(hans, entity('changsha-etdz'))).toBe('长沙经开区');
  });
});
