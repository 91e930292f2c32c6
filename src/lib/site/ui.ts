import { convertText } from '../convert/converter.ts';
import type { Script, Variant } from './variants.ts';
import type { EntityType, StoryRole } from '../article/schema.ts';

/**
 * Interface wording, written once in Simplified and converted per variant.
 * Where Traditional readers use another word, not just other characters
 * (搜索/搜尋), `wording` gives it.
 */
const strings = {
  siteName: '华文新闻',
  siteDescription: '简体与繁体同源发布的中文新闻',
  skipToContent: '跳到正文',
  home: '首页',
  latest: '最新报道',
  search: '搜索',
  searchLabel: '搜索新闻、人物与机构',
  searchPlaceholder: '人名、机构、获授牌单位',
  searchNeedsScript: '搜索需要 JavaScript。请启用 JavaScript 后再试，或浏览人物与机构索引。',
  entities: '人物与机构',
  switchLabel: '切换字体',
  source: '来源',
  published: '发布于',
  eventDate: '事件日期',
  feed: 'RSS 订阅',
  mentionedIn: '相关报道',
  aliases: '又称',
  positions: '职务',
  awards: '获授称号',
  roles: '在报道中',
  storyPanel: '本文涉及',
  recipients: '获授牌单位',
  people: '人物',
  organizations: '机构',
  places: '地方',
  groups: '群体',
  lostCharacter: '缺字',
  lostNameNote: '原稿署名在此处损毁，缺字未予补全。',
  notFoundTitle: '找不到这个页面',
  notFoundText: '这个地址没有页面。可以回到首页，或用搜索找找看。',
  chooseTitle: '请选择字体',
  articleCount: '篇报道',
} as const;

export type UiKey = keyof typeof strings;

const wording: Partial<Record<Script, Partial<Record<UiKey, string>>>> = {
  hant: {
    search: '搜尋',
    searchLabel: '搜尋新聞、人物與機構',
    searchNeedsScript: '搜尋需要 JavaScript。請啟用 JavaScript 後再試，或瀏覽人物與機構索引。',
    switchLabel: '切換字體',
    feed: 'RSS 訂閱',
    chooseTitle: '請選擇字體',
  },
};

/** Returns the interface string `key` in a variant's script and wording. */
export function ui(variant: Variant, key: UiKey): string {
  return wording[variant.script]?.[key] ?? convertText(strings[key], { from: 'hans', to: variant });
}

const entityTypeLabels: Record<EntityType, string> = {
  person: '人物',
  organization: '机构',
  place: '地方',
  group: '群体',
};

const storyRoleLabels: Record<StoryRole, string> = {
  recipient: '获授牌',
  presenter: '授牌',
  attendee: '出席',
  host: '主持',
  organizer: '主办',
  mentioned: '提及',
};

const authorRoleLabels: Record<string, string> = {
  text: '文',
  photo: '图',
  editor: '编辑',
  video: '视频',
  translator: '翻译',
  reporter: '记者',
  correspondent: '通讯员',
  intern: '实习生',
  proofreader: '校对',
};

/** Returns the name of an entity type in a variant's script. */
export function entityTypeLabel(variant: Variant, type: EntityType): string {
  return convertText(entityTypeLabels[type], { from: 'hans', to: variant });
}

/** Returns the name of a role in a story in a variant's script. */
export function storyRoleLabel(variant: Variant, role: StoryRole): string {
  return convertText(storyRoleLabels[role], { from: 'hans', to: variant });
}

/** Returns the byline label of an author role (文, 圖…) in a variant's script. */
export function authorRoleLabel(variant: Variant, role: string): string {
  return convertText(authorRoleLabels[role] ?? role, { from: 'hans', to: variant });
}
