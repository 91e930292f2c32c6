import { subSpan, type SourceSpan } from '../source-text.ts';

/** A piece of site chrome the importer removed, with where it was. */
export interface ChromeRemoval {
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/** The lines left once site chrome is gone, and what was removed. */
export interface ChromeResult {
  readonly lines: SourceSpan[];
  readonly removed: ChromeRemoval[];
}

// Page furniture that scrapers copy along with the article: view counters, the
// complaint QR code, share and print links. Each pattern takes both scripts,
// because scraped pages come either way and converters may have flipped them.
const VIEW_COUNTER = String.raw`(?:[点點][击擊]|[阅閱][读讀]|[浏瀏][览覽]|[访訪][问問])(?:量|[数數]|次[数數])?\s*(?:[:：]\s*\d*\s*次?|\d+\s*次?|次)`;
const CHROME_LINES = [
  VIEW_COUNTER,
  String.raw`[扫掃][码碼]投[诉訴]`,
  String.raw`[扫掃]一[扫掃](?:分享)?`,
  String.raw`[扫掃][码碼](?:分享|[关關]注|[阅閱][读讀])`,
  String.raw`分享到\s*[:：]?(?:\s*(?:微信|微博|QQ空[间間]|QQ|朋友圈|Facebook|Twitter|X|LINE|Line|WhatsApp|豆瓣|人人[网網])\s*)*`,
  // Breadcrumbs: 首页 > 新闻 > 正文, 当前位置：首页 > 国内.
  String.raw`(?:(?:[当當]前位置|您的位置|你的位置|位置)\s*[:：]\s*)?(?:首[页頁]|[主][页頁])\s*(?:[>›»＞/]\s*[^>›»＞/。，]{1,12}\s*)+`,
  String.raw`[【\[]\s*[纠糾][错錯]\s*[】\]]`,
  String.raw`[【\[]?打印(?:本[页頁]|此文)?[】\]]?\s*[【\[]?[关關][闭閉](?:窗口)?[】\]]?`,
  String.raw`[关關][闭閉]窗口`,
  String.raw`打印本[页頁]`,
  String.raw`返回[顶頂][部端]`,
  String.raw`[【\[]?\s*字[号號体體]\s*[:：]?\s*[大]\s*[中]\s*[小]\s*[】\]]?`,
].map((source) => new RegExp(`^\\s*(?:${source})\\s*$`, 'u'));

// Only at the end of a line: inside a paragraph the same words can be news
// ("点击量：100次"), but trailing a header line they are the counter widget.
const TRAILING_COUNTER = new RegExp(`\\s+(${VIEW_COUNTER})\\s*$`, 'u');

/**
 * Returns the lines without site chrome: whole lines that are only chrome are
 * dropped, a view counter trailing a line (`點擊:次`) is cut off. Each removal
 * is listed with its line and column in the raw file.
 */
export function dropChrome(lines: readonly SourceSpan[]): ChromeResult {
  const kept: SourceSpan[] = [];
  const removed: ChromeRemoval[] = [];
  for (const span of lines) {
    if (span.text.trim() !== '' && CHROME_LINES.some((pattern) => pattern.test(span.text))) {
      const start = span.text.length - span.text.trimStart().length;
      const chrome = subSpan(span, start, span.text.trim().length);
      removed.push({ line: chrome.line, column: chrome.column, text: chrome.text });
      continue;
    }
    const trailing = TRAILING_COUNTER.exec(span.text);
    if (trailing?.[1] && /[\p{L}\p{N}]/u.test(span.text.slice(0, trailing.index))) {
      const chrome = subSpan(span, trailing.index + trailing[0].indexOf(trailing[1]), trailing[1].length);
      removed.push({ line: chrome.line, column: chrome.column, text: chrome.text });
      kept.push(subSpan(span, 0, trailing.index));
      continue;
    }
    kept.push(span);
  }
  return { lines: kept, removed };
}
