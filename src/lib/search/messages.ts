/**
 * What the search page says, written once in Simplified and converted per
 * variant like the rest of the interface (see ui.ts). `{count}` and
 * `{query}` are filled in by the page's script, always as text
 * (fill-message.ts). Build-time only: it loads the converter.
 */
import { convertText } from '../convert/converter.ts';
import { ui } from '../site/ui.ts';
import type { Script, Variant } from '../site/variants.ts';

const messages = {
  loading: '正在载入搜索……',
  prompt: '输入人名、机构、地名或称号，简体繁体皆可。',
  found: '“{query}”：找到 {count} 条结果。',
  listed: '共 {count} 条结果。',
  none: '没有找到与“{query}”相关的结果。',
  noneListed: '没有这一类的结果。',
  failed: '搜索暂时无法使用，请稍后再试。',
  more: '显示更多结果',
  narrow: '结果类型',
  all: '全部',
  article: '报道',
} as const;

type SearchMessageKey = keyof typeof messages;
/** The search page's messages, plus the interface words its results reuse. */
export type SearchMessages = Record<SearchMessageKey | 'awards' | 'aliases', string>;

const wording: Partial<Record<Script, Partial<Record<SearchMessageKey, string>>>> = {
  hant: {
    loading: '正在載入搜尋……',
    failed: '搜尋暫時無法使用，請稍後再試。',
  },
};

/** Returns every search page message in a variant's script and wording. */
export function searchMessages(variant: Variant): SearchMessages {
  const out = { awards: ui(variant, 'awards'), aliases: ui(variant, 'aliases') } as SearchMessages;
  for (const key of Object.keys(messages) as SearchMessageKey[]) {
    out[key] = wording[variant.script]?.[key] ?? convertText(messages[key], { from: 'hans', to: variant });
  }
  return out;
}
