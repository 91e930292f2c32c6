import type { Script, Variant } from './variants.ts';

/**
 * The one dictionary of interface wording, for the pages and the search
 * script alike. Every string is written out for each script to one stated
 * standard, not converted: Traditional to Taiwan's usage (the converter
 * targets Taiwan's character standard), Simplified to the mainland's. The
 * two differ in words, not only characters: 搜尋/搜索, 報導/报道, 發布/发布,
 * 載入/加载, 筆/条 (results), 影音/视频. "Script" is 文字 in both: 字體 (and
 * 字型) read as "font", 字形 as "glyph shape".
 *
 * `{name}` placeholders are filled with fillMessage(), always as text.
 */
type Wording = Readonly<Record<Script, string>>;

const dictionary = {
  siteName: { hant: '華文新聞', hans: '华文新闻' },
  siteDescription: { hant: '繁體與簡體同源發布的中文新聞', hans: '简体与繁体同源发布的中文新闻' },
  skipToContent: { hant: '跳到正文', hans: '跳到正文' },
  home: { hant: '首頁', hans: '首页' },
  latest: { hant: '最新報導', hans: '最新报道' },
  archive: { hant: '按月瀏覽', hans: '按月浏览' },
  archiveMonth: { hant: '{month}的報導', hans: '{month}的报道' },
  articleCount: { hant: '{count} 篇報導', hans: '{count} 篇报道' },
  pagination: { hant: '分頁', hans: '分页' },
  pageOf: { hant: '第 {page} 頁，共 {pages} 頁', hans: '第 {page} 页，共 {pages} 页' },
  previousPage: { hant: '上一頁', hans: '上一页' },
  nextPage: { hant: '下一頁', hans: '下一页' },
  search: { hant: '搜尋', hans: '搜索' },
  searchLabel: { hant: '搜尋新聞、人物與機構', hans: '搜索新闻、人物与机构' },
  searchPlaceholder: { hant: '人名、機構、獲授牌單位', hans: '人名、机构、获授牌单位' },
  searchNeedsScript: {
    hant: '搜尋需要 JavaScript。請啟用 JavaScript 後再試，或瀏覽索引。',
    hans: '搜索需要 JavaScript。请启用 JavaScript 后再试，或浏览索引。',
  },
  entities: { hant: '索引', hans: '索引' },
  entitiesIntro: { hant: '報導中的人物、機構、地方與群體。', hans: '报道中的人物、机构、地方与群体。' },
  allOfType: { hant: '全部{type}（{count}）', hans: '全部{type}（{count}）' },
  switchLabel: { hant: '切換文字', hans: '切换文字' },
  chooseTitle: { hant: '選擇文字：繁體或簡體', hans: '选择文字：简体或繁体' },
  source: { hant: '來源', hans: '来源' },
  author: { hant: '作者', hans: '作者' },
  didYouMean: { hant: '您是不是要找：', hans: '您是不是要找：' },
  firstPublished: { hant: '本文最初由{source}於{date}發布。', hans: '本文最初由{source}于{date}发布。' },
  readOriginal: { hant: '閱讀原文', hans: '阅读原文' },
  published: { hant: '發布日期', hans: '发布日期' },
  eventDate: { hant: '發生日期', hans: '发生日期' },
  pageAddress: { hant: '本文網址', hans: '本文网址' },
  feed: { hant: 'RSS 訂閱', hans: 'RSS 订阅' },
  related: { hant: '相關報導', hans: '相关报道' },
  appearances: { hant: '出現在這些報導中', hans: '出现在这些报道中' },
  aliases: { hant: '又稱', hans: '又称' },
  positions: { hant: '職務', hans: '职务' },
  awards: { hant: '獲授稱號', hans: '获授称号' },
  storyPanel: { hant: '本文涉及', hans: '本文涉及' },
  recipients: { hant: '獲授牌單位', hans: '获授牌单位' },
  people: { hant: '人物', hans: '人物' },
  organizations: { hant: '機構', hans: '机构' },
  places: { hant: '地方', hans: '地方' },
  unnamedMembers: { hant: '報導沒有列出{group}各自的名稱。', hans: '报道没有列出{group}各自的名称。' },
  lostCharacter: { hant: '缺字', hans: '缺字' },
  lostNameNote: { hant: '原稿署名在此處損毀，缺字未予補全。', hans: '原稿署名在此处损毁，缺字未予补全。' },
  photosNotIncluded: { hant: '原報導的照片未收錄於本站。', hans: '原报道的照片未收录于本站。' },
  notFoundTitle: { hant: '找不到這個頁面', hans: '找不到这个页面' },
  notFoundText: { hant: '這個網址沒有頁面。可以回到首頁，或用搜尋找找看。', hans: '这个网址没有页面。可以回到首页，或用搜索找找看。' },
  searchLoading: { hant: '正在載入搜尋……', hans: '正在加载搜索……' },
  searchPrompt: { hant: '輸入人名、機構、地名或稱號，繁體簡體皆可。', hans: '输入人名、机构、地名或称号，简体繁体皆可。' },
  searchFound: { hant: '「{query}」：找到 {count} 筆結果。', hans: '“{query}”：找到 {count} 条结果。' },
  searchListed: { hant: '共 {count} 筆結果。', hans: '共 {count} 条结果。' },
  searchFoundSince: {
    hant: '「{query}」：在 {period}以來的報導中已找到 {count} 筆結果；更早的報導尚未搜尋。',
    hans: '“{query}”：在 {period}以来的报道中已找到 {count} 条结果；更早的报道尚未搜索。',
  },
  searchListedSince: { hant: '{period}以來的報導中已列出 {count} 筆結果；更早的報導尚未列出。', hans: '{period}以来的报道中已列出 {count} 条结果；更早的报道尚未列出。' },
  searchNone: { hant: '沒有找到與「{query}」相關的結果。', hans: '没有找到与“{query}”相关的结果。' },
  searchNoneListed: { hant: '沒有這一類的結果。', hans: '没有这一类的结果。' },
  searchFailed: { hant: '搜尋暫時無法使用，請稍後再試。', hans: '搜索暂时无法使用，请稍后再试。' },
  searchMore: { hant: '顯示更多結果', hans: '显示更多结果' },
  searchNarrow: { hant: '結果類型', hans: '结果类型' },
  searchAll: { hant: '全部', hans: '全部' },
  article: { hant: '報導', hans: '报道' },
  moreStories: { hant: '更多報導', hans: '更多报道' },
  pastMonths: { hant: '往期報導', hans: '往期报道' },
  positionAt: { hant: '{month}時任{position}', hans: '{month}时任{position}' },
  groupTitle: { hant: '{year}{award}（{count}）', hans: '{year}{award}（{count}）' },
  roleInStory: { hant: '本文中', hans: '本文中' },
  notFoundSearch: { hant: '搜尋本站', hans: '搜索本站' },
  about: { hant: '關於本站', hans: '关于本站' },
  contact: { hant: '聯絡我們', hans: '联系我们' },
  corrections: { hant: '更正政策', hans: '更正政策' },
  copyright: { hant: '版權聲明', hans: '版权声明' },
  aboutText: {
    hant: '華文新聞把每篇報導以一種文字寫成一份稿件，在建置時轉換，同時以繁體（臺灣用字）與簡體發布，兩種文字的讀者讀到的是同一篇報導。報導轉載自各報刊，每篇都註明原始來源與發布日期。',
    hans: '华文新闻把每篇报道以一种文字写成一份稿件，在构建时转换，同时以简体与繁体（台湾用字）发布，两种文字的读者读到的是同一篇报道。报道转载自各报刊，每篇都注明原始来源与发布日期。',
  },
  contactText: {
    hant: '報導有錯誤、想提供消息，或對本站有任何意見，請寫信到 {email}。我們會在兩個工作天內回覆。',
    hans: '报道有错误、想提供线索，或对本站有任何意见，请写信到 {email}。我们会在两个工作日内回复。',
  },
  correctionsText: {
    hant: '報導若有事實錯誤，我們會儘快更正，並在文末註明更正的內容與日期；不會悄悄修改。轉換造成的用字錯誤同樣更正。發現錯誤請來信告知。',
    hans: '报道若有事实错误，我们会尽快更正，并在文末注明更正的内容与日期；不会悄悄修改。转换造成的用字错误同样更正。发现错误请来信告知。',
  },
  copyrightText: {
    hant: '報導的著作權屬於原發布的報刊與作者，本站依其授權轉載並註明出處。本站的介面文字與程式碼另依其授權條款發布。轉載本站報導，請向原報刊取得授權。',
    hans: '报道的著作权属于原发布的报刊与作者，本站依其授权转载并注明出处。本站的界面文字与程序代码另依其授权条款发布。转载本站报道，请向原报刊取得授权。',
  },
  readerTools: { hant: '閱讀工具', hans: '阅读工具' },
  textSize: { hant: '字級', hans: '字号' },
  textSizeSmall: { hant: '小', hans: '小' },
  textSizeMedium: { hant: '中', hans: '中' },
  textSizeLarge: { hant: '大', hans: '大' },
  share: { hant: '分享', hans: '分享' },
  linkCopied: { hant: '已複製本文連結', hans: '已复制本文链接' },
  publishedAt: { hant: '{date} {time}（{zone}）', hans: '{date} {time}（{zone}）' },
  'zone.Asia/Shanghai': { hant: '北京時間', hans: '北京时间' },
  'zone.Asia/Taipei': { hant: '臺灣時間', hans: '台湾时间' },
  'zone.Asia/Hong_Kong': { hant: '香港時間', hans: '香港时间' },
  'zone.Asia/Macau': { hant: '澳門時間', hans: '澳门时间' },
  'zone.Asia/Singapore': { hant: '新加坡時間', hans: '新加坡时间' },
} as const satisfies Record<string, Wording>;

/** The name of an interface string. */
export type UiKey = keyof typeof dictionary;

// The labels of the article contract's entity types, story roles and author
// roles, keyed by them without importing them (the contract sits above this
// folder); src/lib/article/schema.ts checks that each of its values has one.
const entityTypeLabels = {
  person: { hant: '人物', hans: '人物' },
  organization: { hant: '機構', hans: '机构' },
  place: { hant: '地方', hans: '地方' },
  group: { hant: '群體', hans: '群体' },
} as const satisfies Record<string, Wording>;

const storyRoleLabels = {
  recipient: { hant: '獲授牌', hans: '获授牌' },
  presenter: { hant: '授牌', hans: '授牌' },
  attendee: { hant: '出席', hans: '出席' },
  host: { hant: '主持', hans: '主持' },
  organizer: { hant: '主辦', hans: '主办' },
  mentioned: { hant: '提及', hans: '提及' },
} as const satisfies Record<string, Wording>;

const authorRoleLabels = {
  text: { hant: '文', hans: '文' },
  photo: { hant: '圖', hans: '图' },
  editor: { hant: '編輯', hans: '编辑' },
  video: { hant: '影音', hans: '视频' },
  translator: { hant: '翻譯', hans: '翻译' },
  reporter: { hant: '記者', hans: '记者' },
  correspondent: { hant: '通訊員', hans: '通讯员' },
  intern: { hant: '實習生', hans: '实习生' },
  proofreader: { hant: '校對', hans: '校对' },
} as const satisfies Record<string, Wording>;

/** The entity types, story roles and author roles that have a label. */
export type WordedEntityType = keyof typeof entityTypeLabels;
export type WordedStoryRole = keyof typeof storyRoleLabels;
export type WordedAuthorRole = keyof typeof authorRoleLabels;

/** Returns the interface string `key` in a variant's script and wording. */
export function ui(variant: Variant, key: UiKey): string {
  return dictionary[key][variant.script];
}

/** Returns the name of an entity type in a variant's script. */
export function entityTypeLabel(variant: Variant, type: WordedEntityType): string {
  return entityTypeLabels[type][variant.script];
}

/** Returns the name of a role in a story in a variant's script. */
export function storyRoleLabel(variant: Variant, role: WordedStoryRole): string {
  return storyRoleLabels[role][variant.script];
}

/** Returns the byline label of an author role (文, 圖…) in a variant's script. */
export function authorRoleLabel(variant: Variant, role: WordedAuthorRole): string {
  return authorRoleLabels[role][variant.script];
}

/** Returns every string of the dictionary with where it comes from, for checks over the whole vocabulary. */
export function everyWording(): { key: string; wording: Wording }[] {
  return [
    ...Object.entries(dictionary).map(([key, wording]) => ({ key, wording })),
    ...Object.entries(entityTypeLabels).map(([key, wording]) => ({ key: `entityType.${key}`, wording })),
    ...Object.entries(storyRoleLabels).map(([key, wording]) => ({ key: `storyRole.${key}`, wording })),
    ...Object.entries(authorRoleLabels).map(([key, wording]) => ({ key: `authorRole.${key}`, wording })),
  ];
}

/** A piece of a message: text as written, or the name of a placeholder to fill with markup. */
export type MessagePart = { readonly text: string } | { readonly slot: string };

/** Returns the interface string `key` cut at its `{name}` placeholders, for pages that fill them with links or dates. */
export function uiParts(variant: Variant, key: UiKey): MessagePart[] {
  return ui(variant, key)
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^\{\w+\}$/.test(piece) ? { slot: piece.slice(1, -1) } : { text: piece }));
}
