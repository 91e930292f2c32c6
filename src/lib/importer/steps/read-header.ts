import { ImportError } from '../errors.ts';
import { isCalendarDay } from '../../site/dates.ts';
import { subSpan, type SourceSpan } from '../source-text.ts';
import { isPublicationName, parseCreditLine, type BylineCredit, type BylineName } from './credit-grammar.ts';

export type { AuthorRole, BylineCredit, BylineName } from './credit-grammar.ts';

/** The parts of a scraped article: header fields as raw spans, then the body lines. */
export interface Header {
  readonly title: SourceSpan;
  /** A byline or date line found above the headline, read as a header line: a decision a person should confirm. */
  readonly headerBeforeTitle: SourceSpan | undefined;
  /** Publication date as YYYY-MM-DD. */
  readonly date: string;
  /** The line the date was read from. */
  readonly dateLine: number;
  /** The publication, named before or after the date, on its own line, or by a 来源 label. */
  readonly source: SourceSpan | undefined;
  /** The lines names were read from (byline, author label), in order. */
  readonly bylineLines: number[];
  readonly byline: BylineName[];
  /** Credits that name no person (图/本报资料图). */
  readonly credits: BylineCredit[];
  /** Organisations named with a role (新华社记者): a source when none is given. */
  readonly organisations: SourceSpan[];
  /** Names too long to be sure of. */
  readonly doubtful: SourceSpan[];
  /** Header text the importer read past and did not use (a second date, an edition), for the report. */
  readonly unused: SourceSpan[];
  /** Lines between the title and the date that are no header (a subtitle): kept as the first paragraphs. */
  readonly keptFromHeader: SourceSpan[];
  /** Every non-empty line after the header, trimmed. */
  readonly body: SourceSpan[];
}

// A date as papers print it: 2024-04-12, 2024/4/12, 2024.04.12, 2024年4月12日,
// optionally with a time (10:35, 10:35:12, 10时35分) and a weekday.
const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?:\s*(?:[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][）)]?))?(?:\s*(\d{1,2})\s*[:：时時點点]\s*(\d{2})(?:\s*[:：分]\s*(\d{2})\s*秒?|\s*分)?)?/gu;
// Labels before a date; those saying "updated" mark a date that is not the publication's.
const DATE_LABEL = /(?:(?:最[后後])?更新(?:[时時][间間]|日期)?|[发發][布佈表][时時][间間]|[发發][布佈表]日期|[发發][布佈表]於|[发發][布佈表]于|出版日期|刊[登出]日期|[时時][间間]|日期|Published|Updated)\s*[:：]?\s*$/iu;
// 转载自：湖北日报: the page reposted the report; the paper it came from is the source.
const REPOST_LABEL = /(?:本文)?(?:[转轉][载載]自|[转轉]自|原[载載](?:于|於)?)\s*[:：]?\s*/gu;
const SOURCE_LABEL = /(?:(?:信息|本文|文章)?[来來]源|稿源|出[处處]|消息[来來]源|Source)\s*[:：]\s*|[来來]自\s*[:：]?\s*/giu;
// 【光明日报】, [ 国内 ]: a channel or paper label alone on a header line.
const LABEL_ONLY = /^[【[]\s*[^【】[\]，。]{1,12}\s*[】\]]$/u;
// Page furniture on a header line: 第 01 版, 字号 大 中 小, 分享到.
// WeChat's account header adds 原创 and 发表于北京 (where the post was sent from) to the date line.
const HEADER_FURNITURE = /第\s*\d+\s*版|(?:^|(?<=\s))原[创創](?=\s)|[发發]表于\p{Script=Han}{1,8}|(?:[【\[]\s*)?字[号號体體]\s*[:：]?\s*[【\[]?\s*大\s*中\s*小\s*[】\]]?\s*[】\]]?|分享到\s*[:：]?|[【\[]?(?:打印|[关關][闭閉]|[纠糾][错錯])[】\]]?/gu;
const PIECE_TRIM = /^[\s\u3000|｜丨/／,，、;；:：\-–—]+|[\s\u3000|｜丨/／,，、;；:：\-–—]+$/gu;
const SENTENCE = /[。！!，,“”「」]/u;
const HEADER_WINDOW = 6;
// The site's name after the headline in a page title: _新闻频道_央视网(cctv.com), | 澎湃新闻, - 新华网.
// A bar without spaces is a headline's own (专访｜张三), so only _ or a spaced bar or dash counts.
const SITE_SUFFIX = /\s*(?:_|\s[|｜\-－—]\s?|\s?[|｜]\s)((?:[^_｜|]{1,16}[_｜|])*[^_｜|]{1,24})$/u;
const BRACKETED_LABEL = /[【[]\s*((?:[来來]源|稿源|出[处處]|作者|[记記]者|[编編][辑輯]|[责責]任[编編][辑輯]|[责責][编編]|[发發][布佈][时時][间間]|[时時][间間]|日期))\s*[】\]]/gu;
const DATE_FIRST = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/u;
const HEADER_HELP =
  'the importer reads line 1 as the title, then header lines holding the date (with an optional time), the source (before or after the date, or as `来源：…`) and the byline (`文/黃星星 圖/周欣`, `记者 张三 通讯员 李四`), then one paragraph per line';

interface DateFound {
  readonly iso: string | undefined;
  readonly text: SourceSpan;
  readonly update: boolean;
}

/** What one header line holds. */
interface HeaderLine {
  readonly span: SourceSpan;
  readonly dates: DateFound[];
  readonly sources: SourceSpan[];
  /** Publications a 转载自 label names: where the report first appeared. */
  readonly reposted: SourceSpan[];
  readonly names: BylineName[];
  readonly credits: BylineCredit[];
  readonly organisations: SourceSpan[];
  readonly doubtful: SourceSpan[];
  /** Short text with no role and no label: a source when next to a date. */
  readonly free: SourceSpan[];
  readonly unused: SourceSpan[];
}

/**
 * Returns the title, date, source, byline and body of a scraped article, or
 * throws an ImportError naming the file and the line to fix. Header lines
 * may come in any order after the title.
 */
export function readHeader(lines: readonly SourceSpan[], file: string): Header {
  const filled = lines.filter((span) => span.text.trim() !== '').map(trimSpan);
  if (!filled[0]) throw new ImportError(file, `the file has no text. ${capitalise(HEADER_HELP)}.`);
  // A first line that reads as a byline or a date line is no headline: the headline is the line after it.
  const headlineAfter = filled.length > 2 && readsAsHeaderLine(filled[0]) && readsAsHeadline(filled[1]) ? filled[0] : undefined;
  const [pageTitle, ...rest] = headlineAfter ? [filled[1] as SourceSpan, filled[0], ...filled.slice(2)] : filled;
  if (!pageTitle) throw new ImportError(file, `the file has no text. ${capitalise(HEADER_HELP)}.`);
  if (/^---\s*$/u.test(pageTitle.text)) {
    throw new ImportError(file, `line ${pageTitle.line} is \`---\`: this looks like an article file with frontmatter, not a raw scrape. Give the scraped text (for example from raw/), or edit the article directly.`);
  }
  // A title copied from the browser tab carries the site: 标题_新闻频道_央视网(cctv.com).
  const siteSuffix = SITE_SUFFIX.exec(pageTitle.text);
  const site = siteSuffix?.[1] && isSiteName(siteSuffix[1]) ? subSpan(pageTitle, siteSuffix.index) : undefined;
  const title = site ? trimSpan(subSpan(pageTitle, 0, siteSuffix?.index)) : pageTitle;
  if (DATE_FIRST.test(title.text) && [...title.text.replace(DATE, '')].length <= 12 && readLine(title) !== undefined) {
    throw new ImportError(file, `line ${title.line} is a date, but the title must come first: add the headline above it (${HEADER_HELP}).`);
  }

  const read: (HeaderLine | undefined)[] = rest.slice(0, HEADER_WINDOW).map((span) => readLine(span));
  const dateIndex = read.findIndex((line) => line?.dates.some((d) => d.iso !== undefined && !d.update));
  if (dateIndex < 0) {
    const first = rest[0];
    const found = read.flatMap((line) => line?.dates ?? []).find((d) => d.iso === undefined);
    if (found) throw new ImportError(file, `line ${found.text.line}: «${found.text.text}» is not a real calendar date; check the original page and correct it.`);
    throw new ImportError(
      file,
      first
        ? `line ${first.line} should hold the publication date, found «${first.text.slice(0, 30)}». Write the date from the original page as YYYY-MM-DD on the line after the title (${HEADER_HELP}).`
        : `there is no date line after the title on line ${title.line}: ${HEADER_HELP}.`,
    );
  }
  // The header runs to the last header line in the window; loose text after
  // the date belongs to it only when it names a publication (人民日报 on its own line).
  const looseOnly = (line: HeaderLine) => line.dates.length + line.sources.length + line.reposted.length + line.names.length + line.credits.length + line.organisations.length + line.unused.length === 0;
  const publicationLine = (line: HeaderLine) => looseOnly(line) && line.free.length === 1 && isPublicationName(line.free[0]?.text ?? '');
  let end = dateIndex;
  for (let index = dateIndex + 1; index < read.length; index += 1) {
    const line = read[index];
    if (!line) break;
    if (!looseOnly(line) && (line.dates.length > 0 || line.names.length > 0 || line.credits.length > 0 || line.sources.length > 0 || line.reposted.length > 0 || line.organisations.length > 0)) end = index;
    else if (publicationLine(line)) end = index;
    // A label line (【光明日报】) may stand between header lines; the header ends before it unless one follows.
    else if (line.free.length > 0 || line.unused.length === 0) break;
  }
  const dateLine = read[dateIndex] as HeaderLine;
  const date = dateLine.dates.find((d) => d.iso !== undefined && !d.update) as DateFound;
  const candidates = read.slice(0, end + 1).filter((line): line is HeaderLine => line !== undefined);
  const sources = [...candidates.flatMap((line) => line.reposted), ...candidates.flatMap((line) => line.sources)];
  // Loose text on the date line, or else on a line of its own, names the publication.
  const looseBefore = candidates.slice(0, dateIndex).filter(looseOnly).flatMap((line) => line.free);
  const looseAfter = candidates.slice(dateIndex + 1).filter(publicationLine).flatMap((line) => line.free);
  // A source is a publication: one named as such (…日报, …网, …客户端) first, never a time or a word of page furniture.
  const onDateLine = dateLine.free.find((piece) => isPublicationName(piece.text)) ?? dateLine.free.find(couldBeSource);
  const source = sources[0] ?? onDateLine ?? (looseBefore.length === 1 && couldBeSource(looseBefore[0]) ? looseBefore[0] : undefined) ?? looseAfter[0] ?? siteName(site);
  const header: HeaderLine[] = [];
  const keptFromHeader: SourceSpan[] = [];
  for (let index = 0; index <= end; index += 1) {
    const line = read[index];
    const span = rest[index];
    if (!span) continue;
    // A loose line before the date that is not the source is a subtitle or a kicker: it stays text.
    if (line && (index >= dateIndex || !looseOnly(line) || line.free.includes(source as SourceSpan))) header.push(line);
    else keptFromHeader.push(span);
  }
  const organisations = header.flatMap((line) => line.organisations);
  const free = header.flatMap((line) => line.free);
  const unused = [
    ...header.flatMap((line) => line.unused),
    ...header.flatMap((line) => line.dates).filter((d) => d !== date).map((d) => d.text),
    ...[...sources, ...free].filter((piece) => piece !== source),
    ...(site && source?.line !== title.line ? [site] : []),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    title,
    headerBeforeTitle: headlineAfter,
    date: date.iso as string,
    dateLine: dateLine.span.line,
    source,
    bylineLines: header.filter((line) => line.names.length > 0 || line.credits.length > 0).map((line) => line.span.line),
    byline: header.flatMap((line) => line.names),
    credits: header.flatMap((line) => line.credits),
    organisations,
    doubtful: header.flatMap((line) => line.doubtful),
    unused,
    keptFromHeader,
    body: rest.slice(end + 1),
  };
}

/** Returns true for a line that holds a date or a byline and nothing that reads as a headline. */
function readsAsHeaderLine(span: SourceSpan): boolean {
  const line = readLine(span);
  if (!line) return false;
  const header = line.dates.some((d) => d.iso !== undefined) || line.names.length > 0 || line.credits.length > 0;
  return header && line.free.every((piece) => isPublicationName(piece.text) || !couldBeSource(piece));
}

/** Returns true for a line that can be a headline: not a header line, not a sentence of the body, not a paragraph. */
function readsAsHeadline(span: SourceSpan | undefined): boolean {
  if (!span || /[。！？!?；;]$/u.test(span.text) || [...span.text].length > 80) return false;
  const line = readLine(span);
  return !line || line.dates.length + line.names.length + line.credits.length + line.sources.length + line.reposted.length === 0;
}

/** Returns false for a piece that is no publication whatever stands near it: a time, a number, a word of page furniture. */
function couldBeSource(piece: SourceSpan | undefined): boolean {
  if (!piece) return false;
  return /\p{L}/u.test(piece.text.replace(/[年月日时時分秒点點]/gu, '')) && !/^(?:原[创創]|[发發]表|[发發]布|更新|[浏瀏][览覽]|[阅閱][读讀]|[点點][击擊]|[关關]注|分享|字[号號])/u.test(piece.text);
}

/** Returns what a header line holds, or undefined when it is no header line (a sentence, a paragraph). */
function readLine(raw: SourceSpan): HeaderLine | undefined {
  // 【来源】新华社 【作者】张三: a label in brackets reads as 来源：, padded so every index stays.
  const span: SourceSpan = { ...raw, text: raw.text.replace(BRACKETED_LABEL, (whole, label: string) => `${label}：`.padEnd(whole.length, ' ')) };
  const taken: [number, number][] = [];
  const dates: DateFound[] = [];
  const sources: SourceSpan[] = [];
  const reposted: SourceSpan[] = [];
  const unused: SourceSpan[] = [];
  const addDate = (index: number, length: number, iso: string | undefined) => {
    const label = DATE_LABEL.exec(span.text.slice(0, index));
    taken.push([label ? label.index : index, index + length]);
    dates.push({ iso, text: subSpan(span, index, length), update: label ? /更新|Updated/iu.test(label[0]) : false });
  };
  // Full-width digits (２０２４年４月１２日) read as ASCII ones; the rewrite keeps every index.
  const asciiDigits = span.text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  for (const match of asciiDigits.matchAll(DATE)) addDate(match.index, match[0].length, calendarDate(Number(match[1]), Number(match[2]), Number(match[3])));
  // Print editions write 二〇二四年四月十二日.
  for (const match of span.text.matchAll(CHINESE_DATE)) {
    const year = Number([...(match[1] ?? '')].map((c) => CHINESE_DIGITS[c] ?? c).join(''));
    addDate(match.index, match[0].length, calendarDate(year, chineseNumber(match[2] ?? ''), chineseNumber(match[3] ?? '')));
  }
  for (const match of span.text.matchAll(HEADER_FURNITURE)) {
    taken.push([match.index, match.index + match[0].length]);
    unused.push(subSpan(span, match.index, match[0].length));
  }
  for (const match of span.text.matchAll(REPOST_LABEL)) {
    const valueStart = match.index + match[0].length;
    const value = /^[^\s\u3000|｜丨，,。]+/u.exec(span.text.slice(valueStart));
    if (!value) continue;
    taken.push([match.index, valueStart + value[0].length]);
    reposted.push(subSpan(span, valueStart, value[0].length));
  }
  for (const match of span.text.matchAll(SOURCE_LABEL)) {
    if (taken.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const valueStart = match.index + match[0].length;
    // 人民网 - 人民日报 is one source, its parts joined by a dash.
    const value = /^[^\s\u3000|｜丨]+(?:\s*[-－—–]\s*[^\s\u3000|｜丨]+)*/u.exec(span.text.slice(valueStart));
    taken.push([match.index, valueStart + (value?.[0].length ?? 0)]);
    if (!value) continue;
    // 广州日报（ID：gzdaily）: a WeChat account's id is no part of the publication's name.
    const id = /[（(](?:ID|微信号|微信ID|公众号)[:：][^（）()]*[）)]$/iu.exec(value[0]);
    if (id && id.index > 0) unused.push(subSpan(span, valueStart + id.index, id[0].length));
    sources.push(subSpan(span, valueStart, id && id.index > 0 ? id.index : value[0].length));
  }
  const line: HeaderLine = { span, dates, sources, reposted, names: [], credits: [], organisations: [], doubtful: [], free: [], unused };
  if (LABEL_ONLY.test(span.text)) {
    unused.push(span);
    return line;
  }
  for (const whole of untaken(span, taken)) {
    if (SENTENCE.test(whole.text)) return undefined;
    // （记者 张三 通讯员 李四）: a credit line in brackets.
    const enclosed = /^[（(【[〔]([^（）()【】[\]〔〕]+)[）)】\]〕]$/u.exec(whole.text);
    const piece = enclosed?.[1] ? subSpan(whole, 1, enclosed[1].length) : whole;
    const credit = parseCreditLine(piece);
    // 记者手记 on a line of its own is a heading, not a reporter called 手记.
    if (credit && dates.length + sources.length === 0 && credit.names.length > 0 && credit.unusual.length === credit.names.length && credit.credits.length === 0) return undefined;
    if (credit) {
      line.names.push(...credit.names);
      line.credits.push(...credit.credits);
      line.organisations.push(...credit.organisations);
      line.doubtful.push(...credit.doubtful);
      unused.push(...credit.dispatch);
    } else if ([...piece.text].length <= 24 && (dates.length > 0 || sources.length + reposted.length > 0 || !/[\s\u3000]/u.test(piece.text))) {
      // 京报君 北京日报客户端: words apart are candidates apart, so the publication among them can be told.
      for (const word of piece.text.matchAll(/[^\s\u3000]+/gu)) line.free.push(subSpan(piece, word.index, word[0].length));
    } else {
      return undefined;
    }
  }
  const anything = dates.length + sources.length + reposted.length + line.names.length + line.credits.length + line.organisations.length + line.free.length + unused.length;
  return anything > 0 ? line : undefined;
}

/** Returns the parts of a line no date, label or furniture took, trimmed of separators. */
function untaken(span: SourceSpan, taken: [number, number][]): SourceSpan[] {
  const sorted = [...taken].sort((a, b) => a[0] - b[0]);
  const pieces: SourceSpan[] = [];
  let at = 0;
  const push = (from: number, to: number) => {
    const text = span.text.slice(from, to);
    let lead = text.length - text.replace(/^[\s\u3000|｜丨/／,，、;；:：\-–—]+/u, '').length;
    let body = text.replace(PIECE_TRIM, '');
    // A bracket left over from a date taken out of (最後更新：…) opens or closes nothing in the piece.
    for (;;) {
      const opens = [...body.matchAll(/[（(【[]/gu)].length;
      const closes = [...body.matchAll(/[）)】\]]/gu)].length;
      if (opens > closes && /^[（(【[]/u.test(body)) {
        body = body.slice(1).replace(PIECE_TRIM, '');
        lead = text.indexOf(body, lead);
      } else if (opens > closes && /[（(【[]$/u.test(body)) {
        body = body.slice(0, -1).replace(PIECE_TRIM, '');
      } else if (closes > opens && /[）)】\]]$/u.test(body)) {
        body = body.slice(0, -1).replace(PIECE_TRIM, '');
      } else break;
    }
    if (/[\p{L}\p{N}]/u.test(body)) pieces.push(subSpan(span, from + lead, body.length));
  };
  for (const [from, to] of sorted) {
    if (from > at) push(at, from);
    at = Math.max(at, to);
  }
  if (at < span.text.length) push(at, span.text.length);
  return pieces;
}

const CHINESE_DATE = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日(?:\s*[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][）)]?)?/gu;
const CHINESE_DIGITS: Record<string, string> = { '〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

// 十二 → 12, 二十 → 20, 三十一 → 31, 九 → 9.
function chineseNumber(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (tens === '' ? (text.includes('十') ? 1 : 0) : Number(CHINESE_DIGITS[tens ?? ''] ?? 0)) * 10 + Number(CHINESE_DIGITS[ones ?? ''] ?? 0);
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!isCalendarDay(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Returns true when the last part of a title suffix names a site: 央视网(cctv.com), 澎湃新闻, 新华网. */
function isSiteName(suffix: string): boolean {
  const last = suffix.split(/[_｜|]/u).at(-1)?.replace(/[（(][\w.]+[）)]$/u, '').trim() ?? '';
  return isPublicationName(last) || /\.(?:com|cn|net|org|hk|tw)\b/iu.test(suffix);
}

/** Returns the site named by a title suffix (央视网 of _新闻频道_央视网(cctv.com)), as a span. */
function siteName(site: SourceSpan | undefined): SourceSpan | undefined {
  if (!site) return undefined;
  const parts = [...site.text.matchAll(/[^_｜|\s]+/gu)];
  const last = parts.at(-1);
  if (!last) return undefined;
  const name = last[0].replace(/[（(][\w.]+[）)]$/u, '');
  return subSpan(site, last.index, name.length);
}

function trimSpan(span: SourceSpan): SourceSpan {
  const start = span.text.length - span.text.trimStart().length;
  return subSpan(span, start, span.text.trim().length);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
