import { subSpan, type SourceSpan } from '../source-text.ts';
import { isPublicationName, parseCreditLine, type BylineCredit, type BylineName } from './credit-grammar.ts';

/** Credits read from the body: the lead's dispatch (kept) and the trailing credit lines (moved out). */
export interface BodyCredits {
  /** The body without its trailing credit lines and end marks. */
  readonly body: SourceSpan[];
  readonly names: BylineName[];
  readonly credits: BylineCredit[];
  /** Agencies and papers the lead names (新华社, 中央社, 明報): a source when the header has none. */
  readonly organisations: SourceSpan[];
  readonly doubtful: SourceSpan[];
  /** Trailing text taken out of the body, with where it was. */
  readonly moved: SourceSpan[];
  /** Lines names were read from. */
  readonly lines: number[];
}

// 新华社北京4月12日电（记者 张三、李四）, 本报讯（记者 张三 通讯员 李四）: a dispatch, then the reporters in brackets.
const LEAD_DISPATCH = /^([^\s（(，。：:]{0,16}?(?:\d{1,2}月)?\d{1,2}日(?:[专專])?[电電]|[^\s（(，。：:]{1,10}?[讯訊]|[^\s（(，。：:]{1,10}?消息)\s*[（(]([^（）()]{1,80})[）)]/u;
// （中央社記者陳家倫台北12日電）: the whole dispatch in brackets at the start.
const LEAD_BRACKET = /^[（(〔【\[]([^（）()〔〕【】[\]]{1,80})[）)〕】\]]/u;
// 南都讯 记者 张三 通讯员 李四 4月12日，…: reporters right after the dispatch word, no brackets.
const LEAD_INLINE = /^(\p{Script=Han}{1,10}[讯訊])[\s\u3000]+/u;
// 【明報專訊】, 【環球時報報道】: the paper's own dispatch mark.
const LEAD_PAPER = /^【(\p{Script=Han}{2,10}?)(?:[专專]?[讯訊]|[报報][道导導]|消息)】/u;
const AGENCY = /^(\p{Script=Han}{1,10}?(?:社|[网網]|[报報]|台|[新][闻聞]|[电電]视台|[电電]視台))/u;
// An end mark (（完）, —完—, END) or a credit in brackets, after the text.
const END_MARK = /^[（(【\[]?\s*(?:完|全文完|END|[-—–]+\s*完\s*[-—–]+)\s*[）)】\]]?$/iu;
const INLINE_END_MARK = /[（(]完[）)]\s*$/u;
const TRAILING_GROUP = /[（(【\[]([^（）()【】[\]]{1,80})[）)】\]]/gu;
const FURNITURE = /^(?:[纠糾][错錯]|打印|[关關][闭閉](?:窗口)?|分享|返回[顶頂]部|[举舉][报報])$/u;
const SOURCE_LABEL = /^(?:本文)?(?:[来來]源|稿源|出[处處])\s*[:：]\s*(\S{1,24})$/u;
// 《人民日报》（2024年03月06日 第02版）: the print edition the text ran in; the paper is a source.
const PRINT_EDITION = /^《([^《》]{2,16})》\s*[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*[\dA-Z]{1,3}\s*版)?\s*(?:[^（）()]{0,8})?[）)]?$/u;
const MAX_TRAILING_LINES = 6;

/** What one credit line or lead gives. */
type Found = Pick<BodyCredits, 'names' | 'credits' | 'organisations' | 'doubtful'>;

function nothingFound(): Found {
  return { names: [], credits: [], organisations: [], doubtful: [] };
}

/**
 * Returns the credits a body carries: reporters named in the lead's dispatch
 * (the dispatch itself stays in the text) and the trailing credit and editor
 * lines (（记者 张三）, 责任编辑：王五, （完）), which leave the body for the frontmatter.
 */
export function readBodyCredits(lines: readonly SourceSpan[]): BodyCredits {
  const result: BodyCredits = { body: [...lines], names: [], credits: [], organisations: [], doubtful: [], moved: [], lines: [] };
  readLead(lines[0], result);
  // Read from the end up, then credit in reading order: 责任编辑 before 校对.
  const trailing: { span: SourceSpan; found: Found }[] = [];
  for (let count = 0; count < MAX_TRAILING_LINES && result.body.length > 1; count += 1) {
    const last = result.body.at(-1) as SourceSpan;
    const found = takeTrailingLine(last);
    if (!found) break;
    result.body.pop();
    trailing.unshift({ span: last, found });
  }
  for (const { span, found } of trailing) {
    merge(found, span, result);
    result.moved.push(span);
  }
  const last = result.body.at(-1);
  if (last && result.body.length > 0) {
    const cut = trailingInline(last, result);
    if (cut) result.body[result.body.length - 1] = cut;
  }
  return result;
}

function readLead(first: SourceSpan | undefined, result: BodyCredits): void {
  if (!first) return;
  const paper = LEAD_PAPER.exec(first.text);
  if (paper?.[1]) {
    result.organisations.push(subSpan(first, 1, paper[1].length));
    return;
  }
  const dispatch = LEAD_DISPATCH.exec(first.text);
  if (dispatch?.[1] && dispatch[2]) {
    const agency = AGENCY.exec(dispatch[1]);
    if (agency?.[1] && !/^本[报報网網台]/u.test(agency[1])) result.organisations.push(subSpan(first, 0, agency[1].length));
    add(parseCreditLine(subSpan(first, dispatch[0].indexOf(dispatch[2], dispatch[1].length), dispatch[2].length)), first, result);
    return;
  }
  const bracket = LEAD_BRACKET.exec(first.text);
  if (bracket?.[1]) {
    const inside = subSpan(first, 1, bracket[1].length);
    const credit = parseCreditLine(inside);
    if (credit) add(credit, first, result);
    else {
      const agency = AGENCY.exec(bracket[1]);
      if (agency?.[1] && /\d{1,2}日(?:[专專])?[电電]$/u.test(bracket[1])) result.organisations.push(subSpan(inside, 0, agency[1].length));
    }
    return;
  }
  const inline = LEAD_INLINE.exec(first.text);
  if (inline) {
    const tokens = [...first.text.slice(inline[0].length).matchAll(/[^\s\u3000]+/gu)];
    for (let count = Math.min(tokens.length, 8); count > 0; count -= 1) {
      const lastToken = tokens[count - 1];
      if (!lastToken) continue;
      const length = lastToken.index + lastToken[0].length;
      const credit = parseCreditLine(subSpan(first, inline[0].length, length));
      if (credit && credit.names.length > 0 && credit.unusual.length === 0) {
        add(credit, first, result);
        return;
      }
    }
  }
}

/** Returns what a trailing line credits, or undefined when it is no credit line (and so the body). */
function takeTrailingLine(span: SourceSpan): Found | undefined {
  const text = span.text;
  const found = nothingFound();
  if (END_MARK.test(text)) return found;
  const edition = PRINT_EDITION.exec(text.trim());
  if (edition?.[1]) {
    found.organisations.push(subSpan(span, text.indexOf(edition[1]), edition[1].length));
    return found;
  }
  let at = 0;
  const loose: SourceSpan[] = [];
  for (const group of text.matchAll(TRAILING_GROUP)) {
    if (group.index > at) loose.push(subSpan(span, at, group.index - at));
    at = group.index + group[0].length;
    const inside = subSpan(span, group.index + 1, (group[1] ?? '').length);
    if (!readTrailingPiece(inside, found)) return undefined;
  }
  if (at < text.length) loose.push(subSpan(span, at));
  for (const piece of loose) {
    const trimmed = piece.text.trim();
    if (trimmed === '' || /^\d{6,8}$/u.test(trimmed)) continue;
    if (!readTrailingPiece(subSpan(piece, piece.text.indexOf(trimmed), trimmed.length), found)) return undefined;
  }
  return found;
}

function readTrailingPiece(piece: SourceSpan, found: Found): boolean {
  const text = piece.text.trim();
  if (FURNITURE.test(text) || END_MARK.test(text)) return true;
  const source = SOURCE_LABEL.exec(text);
  if (source?.[1]) {
    found.organisations.push(subSpan(piece, piece.text.lastIndexOf(source[1]), source[1].length));
    return true;
  }
  // （東方日報）, (新华社): the publication named alone at the end.
  if (isPublicationName(text)) {
    found.organisations.push(subSpan(piece, piece.text.indexOf(text), text.length));
    return true;
  }
  const credit = parseCreditLine(piece);
  // The last line of an article may be a sentence that happens to start with a role word (编辑推荐).
  if (!credit || credit.unusual.length > 0) return false;
  found.names.push(...credit.names);
  found.credits.push(...credit.credits);
  found.doubtful.push(...credit.doubtful);
  return true;
}

/** Cuts an end mark or a bracketed credit off the end of the last paragraph: ……。（记者 张三） */
function trailingInline(span: SourceSpan, result: BodyCredits): SourceSpan | undefined {
  let text = span.text;
  let cut = false;
  for (let round = 0; round < 3; round += 1) {
    const mark = INLINE_END_MARK.exec(text);
    if (mark && mark.index > 0) {
      result.moved.push(subSpan(span, mark.index, text.length - mark.index));
      text = text.slice(0, mark.index).trimEnd();
      cut = true;
      continue;
    }
    const group = /[（(]([^（）()]{1,60})[）)]\s*(?:\d{6,8})?\s*$/u.exec(text);
    if (!group?.[1] || group.index === 0 || !/[。！？!?”」]$/u.test(text.slice(0, group.index).trimEnd())) break;
    const credit = parseCreditLine(subSpan(span, group.index + 1, group[1].length));
    if (!credit || credit.names.length + credit.credits.length === 0 || credit.unusual.length > 0) break;
    merge({ ...nothingFound(), names: credit.names, credits: credit.credits, doubtful: credit.doubtful }, span, result);
    result.moved.push(subSpan(span, group.index, text.length - group.index));
    text = text.slice(0, group.index).trimEnd();
    cut = true;
  }
  return cut ? subSpan(span, 0, text.length) : undefined;
}

function add(credit: ReturnType<typeof parseCreditLine>, span: SourceSpan, result: BodyCredits): void {
  if (!credit) return;
  merge({ names: credit.names, credits: credit.credits, organisations: credit.organisations, doubtful: credit.doubtful }, span, result);
}

function merge(found: Found, span: SourceSpan, result: BodyCredits): void {
  result.names.push(...found.names);
  result.credits.push(...found.credits);
  result.organisations.push(...found.organisations);
  result.doubtful.push(...found.doubtful);
  if (found.names.length + found.credits.length > 0) result.lines.push(span.line);
}
