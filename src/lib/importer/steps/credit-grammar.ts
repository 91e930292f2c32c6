import type { Author } from '../../article/schema.ts';
import { subSpan, type SourceSpan } from '../source-text.ts';
import { startsWithSurname } from './surnames.ts';

export type AuthorRole = Author['role'];

/** One name in a byline or credit line, as the raw file has it, with the role it was given. */
export interface BylineName {
  readonly role: AuthorRole;
  readonly name: SourceSpan;
}

/** A credit that names no person (资料图, 新华社发, 受访者供图), with the role it fills. */
export interface BylineCredit {
  readonly role: AuthorRole;
  readonly text: SourceSpan;
}

/** What a credit line says: people with roles, credits that are no person, and what else it held. */
export interface CreditLine {
  readonly names: BylineName[];
  readonly credits: BylineCredit[];
  /** Organisations a role was written with (新华社 in 新华社记者, 聯合報 before ／記者…). */
  readonly organisations: SourceSpan[];
  /** Dispatch words that are neither name nor role (北京报道, 台北即時報導, 发自上海). */
  readonly dispatch: SourceSpan[];
  /** Names the grammar read but is not sure of (too long for a Chinese name). */
  readonly doubtful: SourceSpan[];
  /** Han names that start with no common surname: a credit line only where nothing else could stand. */
  readonly unusual: SourceSpan[];
}

// Role words as Chinese papers write them, in both scripts. A role is never a
// name. Single characters (文, 图, 摄) are roles only standing alone (文/…, 文 …)
// or, for 摄, right after a name (张三摄).
const ROLE_WORDS: Record<AuthorRole, readonly string[]> = {
  reporter: ['记者', '記者', '本报记者', '本報記者', '特约记者', '特約記者', '见习记者', '見習記者', '首席记者', '首席記者', '全媒体记者', '全媒體記者', '融媒体记者', '融媒體記者', '驻站记者', '駐站記者', '本台记者', '本台記者', '本网记者', '本網記者'],
  text: ['文', '文字', '撰文', '作者', '执笔', '執筆', '采写', '採寫', '图文', '圖文', '文图', '文圖', '撰稿', '撰述'],
  correspondent: ['通讯员', '通訊員', '本报通讯员', '本報通訊員', '特约通讯员', '特約通訊員'],
  intern: ['实习生', '實習生', '实习记者', '實習記者'],
  photo: ['文并摄', '文並攝', '图', '圖', '图片', '圖片', '图片来源', '圖片來源', '图片提供', '圖片提供', '图源', '圖源', '摄影', '攝影', '摄', '攝', '摄影记者', '攝影記者', '攝影師', '摄影师', '照片'],
  video: ['视频', '視頻', '影片', '摄像', '攝像', '剪辑', '剪輯', '视频记者', '視頻記者'],
  editor: ['整理', '编辑整理', '編輯整理', '整理编辑', '整理編輯', '综合整理', '綜合整理', '综合', '綜合', '综编', '綜編', '监制', '監製', '制片人', '製片人', '出品人', '统筹', '統籌', '策划', '策劃', '总监制', '總監製', '编辑', '編輯', '责任编辑', '責任編輯', '责编', '責編', '文字编辑', '文字編輯', '图片编辑', '圖片編輯', '视频编辑', '視頻編輯', '美编', '美編', '编审', '編審', '主编', '主編', '审核', '審核', '审校', '審校', '值班编辑', '值班編輯', '版面编辑', '版面編輯', '版式编辑', '版式編輯', '美术编辑', '美術編輯', '流程编辑', '流程編輯', '执行编辑', '執行編輯', '新媒体编辑', '新媒體編輯', '网络编辑', '網絡編輯', '见习编辑', '見習編輯', '特约编辑', '特約編輯', '终审', '終審', '初审', '初審', '复审', '複審', '校审'],
  proofreader: ['校对', '校對'],
  translator: ['翻译', '翻譯', '编译', '編譯', '译', '譯', '译者', '譯者'],
};
const SINGLE_CHARACTER_ROLES = new Set(['文', '图', '圖', '摄', '攝', '译', '譯']);
// Words that credit the text and the pictures at once: 图文/张三 is a writer and a photographer.
const TEXT_AND_PHOTO = new Set(['图文', '圖文', '文图', '文圖']);
// Processing words: who compiled, translated or put the text together. After
// names (张三 整理, 李四 编译) they give names without a role their role, and
// add nothing to names that have one (本报记者 张三 整理); a processing word is never a name.
const PROCESSING = new Set(['整理', '编辑整理', '編輯整理', '整理编辑', '整理編輯', '综合整理', '綜合整理', '综合', '綜合', '编译', '編譯', '综编', '綜編']);
const ROLE_OF = new Map<string, AuthorRole>(Object.entries(ROLE_WORDS).flatMap(([role, words]) => words.map((word) => [word, role as AuthorRole] as const)));
// Longest first, so 本报记者 is one role and 图片编辑 is an editor, not a photographer.
const MULTI_CHARACTER_ROLES = [...ROLE_OF.keys()].filter((word) => !SINGLE_CHARACTER_ROLES.has(word)).sort((a, b) => b.length - a.length);
const REPORTER_FAMILY = /(?:[记記]者|通[讯訊][员員]|[实實][习習]生)$/u;

// Separators between names and roles: spaces, 、，；, slashes, colons, bars.
const SEPARATOR = /[\s\u3000、，,；;|｜丨/／:：]+/gu;
// Text no byline holds: sentence punctuation, quotes, book-title marks.
const SENTENCE = /[。！!？，“”‘’《》…—]/u;
// Credits that are not a person: archive and network photos, interviewees,
// agencies releasing a picture (新华社发), picture agencies.
const NOT_A_PERSON =
  /[资資]料|[网網][络絡路]|受[访訪]者|供[图圖]|提供|[图圖][源片]|截[图圖屏]|[视視][觉覺]中[国國]|[东東]方IC|[图圖][虫蟲]|IC ?photo|Getty|AFP|Reuters|(?:社|[网網]|[报報]|台|中心|公司|局)[发發]?$|[发發]$/iu;
// Dispatch words around a byline: 北京报道, 台北即時報導, 发自上海, 台北12日電.
const DISPATCH = /^(?:[发發]自\p{Script=Han}{1,6}|\p{Script=Han}{0,6}(?:[报報][道导導]|即[时時][报報][道导導]|[综綜]合[报報][道导導])|\p{Script=Han}{0,6}\d{1,2}日(?:[专專])?[电電])$/u;
const DISPATCH_SUFFIX = /(\d{1,2}日(?:[专專])?[电電])$/u;
// Places news agencies date their dispatches from, so 陳家倫台北12日電 reads as a name, a place and a date.
const DISPATCH_PLACES =
  '台北 臺北 新北 台中 臺中 台南 臺南 高雄 桃園 新竹 基隆 嘉義 屏東 宜蘭 花蓮 台東 臺東 南投 彰化 雲林 苗栗 澎湖 金門 馬祖 北京 上海 天津 重慶 重庆 香港 澳門 澳门 廣州 广州 深圳 南京 杭州 武漢 武汉 成都 西安 長沙 长沙 瀋陽 沈阳 東京 东京 大阪 首爾 首尔 華盛頓 华盛顿 紐約 纽约 洛杉磯 洛杉矶 舊金山 旧金山 倫敦 伦敦 巴黎 柏林 布魯塞爾 布鲁塞尔 莫斯科 日內瓦 日内瓦 新德里 曼谷 新加坡 雅加達 雅加达 河內 河内 馬尼拉 马尼拉 吉隆坡 雪梨 悉尼 溫哥華 温哥华 多倫多 多伦多 羅馬 罗马 耶路撒冷 開羅 开罗 聯合國 联合国'.split(' ');
const MAX_HAN_NAME = 4;
// 人民日报, 東方日報, 新华社, 光明网, 澎湃新闻, 中国新闻周刊: a name that says it is a publication.
const PUBLICATION = /^[\p{Script=Han}\dA-Za-z·]{1,12}(?:[日晚早商]?[报報]|[时時][报報]|社|[网網]|台|[新][闻聞]|[周週]刊|[杂雜]志|[财財][经經]|客[户戶]端)$/u;

/** Returns true when `text` names a publication by its form (…日报, …社, …网, …新闻), as a lone line or a trailing note does. */
export function isPublicationName(text: string): boolean {
  return PUBLICATION.test(text);
}

interface Segment {
  readonly index: number;
  readonly text: string;
}

/**
 * Returns what a credit line says (`文/记者 张三 通讯员 李四`, `（记者 王五）`,
 * `责任编辑：赵六`, `新华社记者 陈七 摄`, `图/本报资料图`), or undefined when the
 * text is not one: it holds a sentence, or names nobody after a role.
 */
export function parseCreditLine(span: SourceSpan): CreditLine | undefined {
  const segments = splitSegments(span.text);
  if (segments.length === 0 || segments.some((segment) => SENTENCE.test(segment.text))) return undefined;

  const line: CreditLine = { names: [], credits: [], organisations: [], dispatch: [], doubtful: [], unusual: [] };
  let role: AuthorRole | undefined;
  // The second role of 文/图 (and 图文): the same names wrote and photographed.
  let alsoRole: AuthorRole | undefined;
  let namesSinceRole = 0;
  let processed = false;
  let sawRole = false;
  // Names read before any role: only a 摄 after them can give them one (张三 摄).
  const pending: SourceSpan[] = [];
  let lastNames: BylineName[] = [];

  const addName = (raw: SourceSpan) => {
    let piece = raw;
    if (DISPATCH.test(piece.text) && !DISPATCH_SUFFIX.test(piece.text)) {
      line.dispatch.push(piece);
      return true;
    }
    if (role === undefined && !sawRole) {
      pending.push(piece);
      return true;
    }
    // 张三（中国社会科学院研究员）: the affiliation is no part of the name.
    const affiliation = /[（(][^（）()]+[）)]$/u.exec(piece.text);
    if (affiliation && affiliation.index > 0) {
      line.dispatch.push(subSpan(piece, affiliation.index));
      piece = subSpan(piece, 0, affiliation.index);
    }
    const trimmed = stripDispatch(piece, line);
    if (trimmed.text === '') return true;
    if (trimmed !== piece && (DISPATCH_PLACES.includes(trimmed.text) || (role === undefined && pending.length === 0))) {
      line.dispatch.push(trimmed);
      return true;
    }
    // 责任编辑：王雪 SF007: a staff code after a name is no name.
    if (/^[A-Za-z]{1,4}\d{2,6}$/u.test(trimmed.text) && lastNames.length > 0) {
      line.dispatch.push(trimmed);
      return true;
    }
    if (/\d/u.test(trimmed.text)) return false;
    // After a 摄 that closed a group, a name needs a new role: 张三 摄 李四 is no credit line.
    if (role === undefined) return false;
    if (NOT_A_PERSON.test(trimmed.text)) {
      line.credits.push({ role, text: trimmed });
      return true;
    }
    const name: BylineName = { role, name: trimmed };
    line.names.push(name);
    lastNames.push(name);
    namesSinceRole += 1;
    if (alsoRole !== undefined) line.names.push({ role: alsoRole, name: trimmed });
    if (hanLength(trimmed.text) > MAX_HAN_NAME && !/[·・•]/u.test(trimmed.text)) line.doubtful.push(trimmed);
    if (/^\p{Script=Han}/u.test(trimmed.text) && !/[·・•]/u.test(trimmed.text) && !startsWithSurname(trimmed.text)) line.unusual.push(trimmed);
    return true;
  };

  for (const segment of mergeLatinNames(segments)) {
    // 網絡圖片, 受访者供图: a credit whole, though a role word (图片) sits inside it.
    if (role !== undefined && NOT_A_PERSON.test(segment.text) && !MULTI_CHARACTER_ROLES.some((word) => segment.text.startsWith(word))) {
      line.credits.push({ role, text: subSpan(span, segment.index, segment.text.length) });
      continue;
    }
    const pieces = splitRoles(segment);
    for (const piece of pieces) {
      const piecespan = subSpan(span, piece.index, piece.text.length);
      if (piece.role) {
        if (/^文[并並]?[摄攝]$/u.test(piece.text) && lastNames.length > 0) {
          // 张三 文并摄: the reporter took the pictures too.
          line.names.push(...lastNames.map((previous) => ({ role: 'photo' as const, name: previous.name })));
          lastNames = [];
          continue;
        }
        if (piece.role === 'photo' && piece.postfix) {
          // 摄 after names gives them the photo role: 新华社记者 张三 摄.
          const before = pending.splice(0);
          // 新华社发 王明 摄: the agency releasing the picture is a credit, the photographer a name.
          for (const credit of before.filter((name) => NOT_A_PERSON.test(name.text))) line.credits.push({ role: 'photo', text: credit });
          const names = before.filter((name) => !NOT_A_PERSON.test(name.text)).map((name) => ({ role: 'photo' as const, name }));
          if (names.length === 0 && lastNames.length > 0) {
            for (const previous of lastNames) {
              line.names.splice(line.names.indexOf(previous), 1, { role: 'photo', name: previous.name });
            }
          }
          line.names.push(...names);
          sawRole = true;
          lastNames = [];
          continue;
        }
        if (PROCESSING.has(piece.text) && (pending.length > 0 || lastNames.length > 0) && pieces.indexOf(piece) === pieces.length - 1) {
          // 张三 整理, 李四 编译: the names before it compiled or translated the text;
          // 本报综合 names no person: a note on how the text was made, no credit.
          const before = pending.splice(0);
          line.names.push(...before.filter((name) => !NOT_A_PERSON.test(name.text)).map((name) => ({ role: piece.role as AuthorRole, name })));
          line.dispatch.push(...before.filter((name) => NOT_A_PERSON.test(name.text)));
          processed = true;
          sawRole = true;
          lastNames = [];
          continue;
        }
        if (pending.length > 0) {
          // Text before the first role is who the role belongs to: 聯合報／記者, 香港01 撰文.
          if (sawRole) return undefined;
          line.organisations.push(...pending.splice(0));
        }
        // 文/图 张三: a photo role right after the text role, no name between, credits both.
        const textThenPhoto = role === 'text' && piece.role === 'photo' && namesSinceRole === 0 && sawRole;
        // 文/图 本报记者 张三: the reporter wrote and photographed; the role word after 文/图 keeps the photo credit.
        const afterTextAndPhoto = alsoRole === 'photo' && namesSinceRole === 0 && REPORTER_FAMILY.test(piece.text);
        alsoRole = TEXT_AND_PHOTO.has(piece.text) || textThenPhoto || afterTextAndPhoto ? 'photo' : undefined;
        namesSinceRole = 0;
        if (textThenPhoto) continue;
        if (piece.organisation) line.organisations.push(subSpan(span, piece.organisation.index, piece.organisation.text.length));
        role = piece.role;
        sawRole = true;
        lastNames = [];
        continue;
      }
      if (!addName(piecespan)) return undefined;
    }
  }
  if (pending.length > 0 || !sawRole) return undefined;
  // 文｜财新 张三: a first "name" that starts with no surname, before a real one of the same role, is the employer.
  for (let index = line.names.length - 2; index >= 0; index -= 1) {
    const [name, next, previous] = [line.names[index], line.names[index + 1], line.names[index - 1]];
    if (!name || !next || next.role !== name.role || previous?.role === name.role) continue;
    if (line.unusual.includes(name.name) && !line.unusual.includes(next.name)) {
      line.names.splice(index, 1);
      line.unusual.splice(line.unusual.indexOf(name.name), 1);
      line.organisations.push(name.name);
    }
  }
  if (line.names.length === 0 && line.credits.length === 0 && line.organisations.length === 0 && !processed) return undefined;
  return line;
}

function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(SEPARATOR)) {
    if (match.index > at) segments.push({ index: at, text: text.slice(at, match.index) });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ index: at, text: text.slice(at) });
  return segments;
}

// Michael Chen is one name, though a space splits it.
function mergeLatinNames(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (previous && /^\p{Script=Latin}[\p{Script=Latin}.'’-]*$/u.test(segment.text) && /\p{Script=Latin}$/u.test(previous.text) && !ROLE_OF.has(previous.text)) {
      merged[merged.length - 1] = { index: previous.index, text: `${previous.text} ${segment.text}` };
    } else {
      merged.push(segment);
    }
  }
  return merged;
}

interface Piece extends Segment {
  readonly role?: AuthorRole;
  /** 摄 written after the names it credits. */
  readonly postfix?: boolean;
  /** The organisation a role word was glued to: 新华社 in 新华社记者. */
  readonly organisation?: Segment;
}

/** Returns a segment cut at its role words: 新华社记者王小明 → [记者 (新华社)] [王小明]. */
function splitRoles(segment: Segment): Piece[] {
  const { text, index } = segment;
  const whole = ROLE_OF.get(text);
  if (whole) return [{ index, text, role: whole, postfix: SINGLE_CHARACTER_ROLES.has(text) && /^[摄攝]$/u.test(text) }];
  const pieces: Piece[] = [];
  let at = 0;
  let nameStart = 0;
  while (at < text.length) {
    const word = MULTI_CHARACTER_ROLES.find((candidate) => text.startsWith(candidate, at));
    if (!word) {
      at += 1;
      continue;
    }
    const before = text.slice(nameStart, at);
    const role = ROLE_OF.get(word);
    // 新华社记者, 南都记者, 澎湃新闻记者: Han text glued before 记者 is the employer, the name comes after.
    if (before !== '' && pieces.length === 0 && REPORTER_FAMILY.test(word) && !/^[·・•]/u.test(before) && hanLength(before) >= 2 && before.length <= 8 && /^\p{Script=Han}+$/u.test(before)) {
      pieces.push({ index: index + at, text: word, role: role as AuthorRole, organisation: { index: index + nameStart, text: before } });
    } else {
      if (before !== '') pieces.push({ index: index + nameStart, text: before });
      pieces.push({ index: index + at, text: word, role: role as AuthorRole, postfix: word.startsWith('摄') || word.startsWith('攝') ? at + word.length === text.length && before !== '' : false });
    }
    at += word.length;
    nameStart = at;
  }
  const rest = text.slice(nameStart);
  // 张三摄: a name with 摄 glued after it.
  const glued = /^(.+?)([摄攝])$/u.exec(rest);
  if (glued?.[1] && hanLength(glued[1]) >= 2 && hanLength(glued[1]) <= MAX_HAN_NAME && pieces.length > 0) {
    pieces.push({ index: index + nameStart, text: glued[1] });
    pieces.push({ index: index + nameStart + glued[1].length, text: glued[2] ?? '摄', role: 'photo', postfix: true });
  } else if (rest !== '') {
    pieces.push({ index: index + nameStart, text: rest });
  }
  return pieces;
}

/** Cuts a dispatch place and date glued after a name: 陳家倫台北12日電 → 陳家倫. */
function stripDispatch(piece: SourceSpan, line: CreditLine): SourceSpan {
  const suffix = DISPATCH_SUFFIX.exec(piece.text);
  if (!suffix) return piece;
  let nameEnd = suffix.index;
  const place = DISPATCH_PLACES.find((candidate) => piece.text.slice(0, nameEnd).endsWith(candidate) && nameEnd - candidate.length >= 2);
  if (place) nameEnd -= place.length;
  line.dispatch.push(subSpan(piece, nameEnd));
  return subSpan(piece, 0, nameEnd);
}

function hanLength(text: string): number {
  return [...text].filter((char) => /\p{Script=Han}/u.test(char)).length;
}
