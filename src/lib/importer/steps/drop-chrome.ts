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
  String.raw`[【\[]?\s*字[号號体體]\s*[:：]?\s*[【\[]?\s*[大]\s*[中]\s*[小]\s*[】\]]?\s*[】\]]?`,
  // Government portals: the QR prompt, save and print rows.
  String.raw`[扫掃]一[扫掃]在手[机機](?:上)?(?:打[开開]|[浏瀏][览覽]|[阅閱][读讀])(?:[当當]前[页頁]|本[页頁])?`,
  String.raw`(?:[【\[]?(?:打印(?:本[页頁])?|[关關][闭閉](?:窗口)?|保存本[页頁]|收藏本?[页頁]?|[纠糾][错錯]|我要[纠糾][错錯])[】\]]?\s*){2,}`,
  // WeChat public accounts: calls to follow, read the original, like and share.
  String.raw`(?:[点點][击擊])?(?:上方|下方)?(?:[蓝藍]字|[关關]注我[们們]|[关關]注|星[标標]|置[顶頂])(?:\s*(?:[关關]注我[们們]|[关關]注|[设設]?[为為]?星[标標]|置[顶頂]|[获獲]取更多[资資][讯訊]|不迷路))*[！!]?`,
  String.raw`(?:[点點][击擊]|[轻輕][触觸])?[阅閱][读讀]原文`,
  String.raw`(?:(?:分享|收藏|[点點][赞讚]|在看|[转轉][发發]|留言|[写寫]留言|喜[欢歡]|[赞讚][赏賞])\s*)+`,
  String.raw`[点點]?个?在看[，,]?(?:你最好看|[让讓]更多人看到)?`,
  String.raw`分享[让讓]更多人看到`,
  String.raw`(?:[长長]按|微信)(?:[识識][别別])?(?:二[维維][码碼])?(?:[扫掃]一[扫掃])?(?:[关關]注|可打[开開]此[内內]容).*`,
  String.raw`(?:向上|[继繼][续續])滑[动動]看下一[个個]`,
  String.raw`[预預][览覽][时時][标標][签籤]不可[点點]`,
  // The page's earlier headline (原标题：…): what the story was first called, not text of it.
  String.raw`[【\[]?原[标標][题題][】\]]?\s*[:：].*`,
  // A photo's caption marked ▲ or △: the photo is not in the scrape, so its caption has nothing to stand under.
  String.raw`[▲△↑]\s*.{1,80}`,
  // Keyword and tag lines: a list for search engines, not text for readers.
  String.raw`[【\[]?(?:[关關][键鍵][词詞字]|[标標][签籤]|Tags?)[】\]]?\s*[:：].*`,
  // Copyright, address and disclaimer notes under an article.
  String.raw`[【\[]?(?:版[权權][声聲]明|免[责責][声聲]明|特[别別][声聲]明|[郑鄭]重[声聲]明|版[权權]所有|本文地址|原文地址|本文[链鏈]接|原文[链鏈]接|文章[链鏈]接|[转轉][载載][声聲]明)[】\]]?\s*[:：]?.*`,
].map((source) => new RegExp(`^\\s*(?:${source})\\s*$`, 'u'));

// Notes a site appends under an article about its copyright or where it reposted
// from: furniture at the end, but the same words may be news in the body, so
// only the last lines are read for them.
const TRAILING_NOTE = /^.{0,40}(?:版[权權]所有|版[权權][归歸]|未[经經].{0,8}授[权權].{0,8}(?:禁止|不得)|如有侵[权權]|侵[权權][请請]?[联聯][系繫]|[转轉][载載][请請]注明|[转轉][载載]自|[转轉]自|原[载載]於?于?)/u;
const TRAILING_WINDOW = 6;

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
  const filled = lines.filter((span) => span.text.trim() !== '');
  // Past the title, date and byline, and never a line with a date (a header's 转载自 names the source).
  const trailing = new Set(filled.slice(Math.max(3, filled.length - TRAILING_WINDOW)));
  for (const span of lines) {
    const note = trailing.has(span) && TRAILING_NOTE.test(span.text.trim()) && [...span.text.trim()].length <= 120 && !/\d{4}\s*[-/.年]/u.test(span.text);
    if (span.text.trim() !== '' && (note || CHROME_LINES.some((pattern) => pattern.test(span.text)))) {
      const start = span.text.length - span.text.trimStart().length;
      const chrome = subSpan(span, start, span.text.trim().length);
      removed.push({ line: chrome.line, column: chrome.column, text: chrome.text });
      continue;
    }
    const counter = TRAILING_COUNTER.exec(span.text);
    if (counter?.[1] && /[\p{L}\p{N}]/u.test(span.text.slice(0, counter.index))) {
      const chrome = subSpan(span, counter.index + counter[0].indexOf(counter[1]), counter[1].length);
      removed.push({ line: chrome.line, column: chrome.column, text: chrome.text });
      kept.push(subSpan(span, 0, counter.index));
      continue;
    }
    kept.push(span);
  }
  return { lines: kept, removed };
}
