import type { Override } from './overrides.ts';

/**
 * Words where OpenCC's Taiwan phrases (cn→tw) differ from the standard our
 * Traditional pages follow, Taiwan's Ministry of Education forms, which the
 * interface dictionary (site/ui.ts) is written in. Applied before the
 * glossary to every converted text, so an article and the interface around
 * it use one word: OpenCC writes 发布 as 發佈, the standard as 發布.
 */
export const houseVocabulary: readonly Override[] = [
  { hans: '发布', hant: '發布', note: 'Taiwan MOE standard form; OpenCC tw gives 發佈.' },
  { hans: '宣布', hant: '宣布', note: 'Taiwan MOE standard form, as government notices write it; OpenCC tw gives 宣佈.' },
  { hans: '公布', hant: '公布', note: 'Taiwan MOE standard form, as government notices write it; OpenCC tw gives 公佈.' },
  { hans: '分布', hant: '分布', note: 'Taiwan MOE standard form; OpenCC tw gives 分佈.' },
];
