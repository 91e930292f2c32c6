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
  { hans: '了解', hant: '了解', note: 'Taiwan MOE standard form (瞭解 is its variant); OpenCC tw gives 瞭解.' },
  { hans: '身份', hant: '身分', note: 'Taiwan writes 身分 (國民身分證); OpenCC tw keeps 身份.' },
  { hans: '伤愈', hant: '傷癒', note: 'Healed (伤愈复出), as 痊癒; OpenCC has 痊愈→痊癒 but gives 傷愈.' },
  { hans: '怒气冲冲', hant: '怒氣沖沖', note: 'Taiwan MOE form, as OpenCC itself gives 气冲冲→氣沖沖; its 怒气冲冲 phrase says 怒氣衝衝.' },
  // Taiwan writes accounts with 帳 (MOE: 賬 is its variant); OpenCC tw gives 賬, and
  // its reverse turns 帳 into 帐 (a tent), so each account word is given both ways.
  { hans: '账户', hant: '帳戶' },
  { hans: '账号', hant: '帳號' },
  { hans: '账单', hant: '帳單' },
  { hans: '账目', hant: '帳目' },
  { hans: '账款', hant: '帳款' },
  { hans: '账本', hant: '帳本' },
  { hans: '转账', hant: '轉帳' },
  { hans: '查账', hant: '查帳' },
  { hans: '记账', hant: '記帳' },
  { hans: '面制品', hant: '麵製品', note: 'Flour products; OpenCC has no phrase for it and gives 面製品.' },
  { hans: '首周', hant: '首週', note: 'The first week (上市首周); OpenCC has 本周→本週 but not 首周, and gives 首周.' },
];
