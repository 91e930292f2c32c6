import { convertPlainText } from '../../convert/text.ts';

/** The encodings the importer reads, as `iconv` names them. */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'BIG5';

/** The raw file as text, and how it was read. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Said in the report when the file was not UTF-8, so the editor knows it was converted. */
  readonly note: string | undefined;
}

/** Why a raw file cannot be read as text, in words for the editor (no raw bytes in it). */
export class UnreadableBytes extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableBytes';
  }
}

// The legacy Chinese encodings scrapes arrive in, with the label TextDecoder
// knows and the name iconv wants. GB18030 reads GBK and GB2312 too.
const LEGACY: readonly { readonly encoding: TextEncodingName; readonly label: string; readonly what: string }[] = [
  { encoding: 'GB18030', label: 'gb18030', what: 'GB18030/GBK, the mainland Chinese encoding' },
  { encoding: 'BIG5', label: 'big5', what: 'Big5, the Taiwan and Hong Kong encoding' },
];

// The commonest characters of Chinese news text. A file decoded with the right
// encoding is mostly made of them; the same bytes read with the wrong one give
// rare characters (Big5 中文 read as GBK is いゅ, GBK 中文 read as Big5 is 笢恅).
const COMMON_HANS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属包火住调满县局照参红细引听该铁价严港台湾记者市场监管';
const COMMON = new Set([...COMMON_HANS, ...convertPlainText(COMMON_HANS, 'cn', 'tw')]);

/**
 * Returns the raw bytes as text: UTF-8 (with or without a byte-order mark),
 * UTF-16 with its mark, or GB18030/GBK or Big5 when the bytes decode cleanly
 * and read as Chinese. Throws UnreadableBytes, naming the likely encoding and
 * the command that converts it, for anything else.
 */
export function decodeBytes(raw: Uint8Array, file: string): DecodedText {
  if (raw[0] === 0xff && raw[1] === 0xfe) return { text: strictly('utf-16le', raw, file), encoding: 'UTF-16LE', note: 'read as UTF-16LE (it starts with that byte-order mark)' };
  if (raw[0] === 0xfe && raw[1] === 0xff) return { text: strictly('utf-16be', raw, file), encoding: 'UTF-16BE', note: 'read as UTF-16BE (it starts with that byte-order mark)' };
  if (isBinary(raw)) {
    throw new UnreadableBytes(
      'is not a text file (it holds NUL bytes or other control bytes a text never has), so nothing was imported. Give the scraped article saved as plain text.',
    );
  }
  const utf8 = utf8Shape(raw);
  // A UTF-8 file with a few damaged bytes is still UTF-8: U+FFFD marks each
  // damaged spot and the report lists them for a person.
  if (utf8.invalid === 0 || utf8.valid > utf8.invalid) return { text: new TextDecoder('utf-8').decode(raw), encoding: 'UTF-8', note: undefined };

  const readings = LEGACY.map((legacy) => {
    const loose = new TextDecoder(legacy.label).decode(raw);
    let clean = true;
    try {
      new TextDecoder(legacy.label, { fatal: true }).decode(raw);
    } catch {
      clean = false;
    }
    // Node's Big5 decoder turns bytes Big5 never uses (0xFF) into private-use
    // characters instead of failing: those are lost characters too.
    const lost = [...loose].filter((c) => c === '\uFFFD' || /\p{Co}/u.test(c)).length;
    return { ...legacy, text: loose, clean: clean && lost === 0, lost, score: commonShare(loose) };
  });
  // The likely encoding: the one that loses least, then reads most like Chinese.
  const [best, other] = [...readings].sort((a, b) => a.lost - b.lost || b.score - a.score);
  if (!best || !other) throw new Error('no legacy encodings configured');
  const convincing = best.clean && best.score >= 0.2 && (!other.clean || best.score > other.score * 1.5);
  if (convincing) {
    return {
      text: best.text,
      encoding: best.encoding,
      note: `the file is not UTF-8; read as ${best.encoding} (${best.what}): every byte decoded cleanly and ${Math.round(best.score * 100)}% of its Han characters are common ones (as ${other.encoding}: ${other.clean ? `${Math.round(other.score * 100)}%` : 'not decodable'})`,
    };
  }
  if (best.score < 0.1) {
    throw new UnreadableBytes(
      `is not UTF-8 text and does not read as Chinese in GB18030 or Big5 either (${Math.round(best.score * 100)}% common characters at best): it may be another encoding, such as Shift_JIS or EUC-KR. Find the charset the page declared and convert it: iconv -f <charset> -t UTF-8 ${shellQuote(file)} > ${shellQuote(file.replace(/(\.[^./]*)?$/, '.utf8.txt'))}`,
    );
  }
  const why = !best.clean
    ? `${best.lost} byte sequence${best.lost === 1 ? '' : 's'} cannot be read as ${best.encoding} either, so reading it would lose characters`
    : `it decodes as ${best.encoding} but does not read clearly as Chinese in it (${Math.round(best.score * 100)}% common characters; as ${other.encoding}: ${other.clean ? `${Math.round(other.score * 100)}%` : 'not decodable'})`;
  throw new UnreadableBytes(
    `is not UTF-8 text and the importer did not read it: it is most likely ${best.encoding} (${best.what}), but ${why}. Convert it, check the result reads correctly, and import that file: iconv -f ${best.encoding} -t UTF-8 ${shellQuote(file)} > ${shellQuote(file.replace(/(\.[^./]*)?$/, '.utf8.txt'))}${best.clean ? '' : ' (iconv stops at the first unreadable byte; with -c it skips them, so compare the result with the original page)'}`,
  );
}

function strictly(label: string, raw: Uint8Array, file: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(raw);
  } catch {
    const name = label.toUpperCase();
    throw new UnreadableBytes(`starts with a ${name} byte-order mark but is not clean ${name}. Convert it: iconv -f ${name} -t UTF-8 ${shellQuote(file)} > ${shellQuote(file.replace(/(\.[^./]*)?$/, '.utf8.txt'))}`);
  }
}

// Text has tab, newline and carriage return; a NUL or a run of other C0 bytes means binary.
function isBinary(raw: Uint8Array): boolean {
  let controls = 0;
  for (const byte of raw) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x1b && byte !== 0x0c) controls += 1;
  }
  return controls > 8 && controls * 20 > raw.length;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8. */
function utf8Shape(raw: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let index = 0;
  while (index < raw.length) {
    const byte = raw[index] ?? 0;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && index + length <= raw.length;
    for (let k = 1; ok && k < length; k += 1) ok = ((raw[index + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid += 1;
      index += length;
    } else {
      invalid += 1;
      index += 1;
    }
  }
  return { valid, invalid };
}

function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const char of text) {
    if (!/\p{Script=Han}/u.test(char)) continue;
    han += 1;
    if (COMMON.has(char)) common += 1;
  }
  return han === 0 ? 0 : common / han;
}

/** Returns a path quoted for a POSIX shell, so the suggested command can be pasted as it is. */
export function shellQuote(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
