/**
 * Text that decodes but is not what was written: a page saved by a program
 * that read the bytes with the wrong encoding and wrote what it saw. UTF-8
 * read as Windows-1252 turns 国家 into å›½å®¶; GBK read as Latin-1 turns 深圳
 * into ÉîÛÚ. Both are valid UTF-8 files, so decoding cannot tell; reading the
 * wrong characters back as bytes and decoding them right can.
 */

/** How a scrape was garbled, and the command that reverses it. */
export interface Mojibake {
  /** What happened, in words for the editor. */
  readonly cause: string;
  /** The text of the first garbled run, and what it reads as repaired. */
  readonly sample: { readonly garbled: string; readonly repaired: string };
  /** The line of that first run, 1-based. */
  readonly line: number;
  /** How many characters of the file read as garbled. */
  readonly garbledCharacters: number;
  /** The shell command that writes the repaired file, `{in}` and `{out}` to fill. */
  readonly command: string;
}

// Windows-1252 puts printable characters at 0x80–0x9F where Latin-1 has controls.
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89,
  0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Returns the Windows-1252 byte a character was read from, or undefined when no byte gives it. */
function cp1252Byte(char: string): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return code;
  // The five bytes Windows-1252 leaves undefined come through as the C1 control of the same number.
  if (code >= 0xa0 && code <= 0xff) return code;
  if (code === 0x81 || code === 0x8d || code === 0x8f || code === 0x90 || code === 0x9d) return code;
  return CP1252_HIGH[code];
}

/** Returns the Latin-1 byte a character was read from, or undefined beyond U+00FF. */
function latin1Byte(char: string): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? code : undefined;
}

// A run of characters a wrong single-byte reading makes of Chinese bytes: no
// ASCII inside a UTF-8 run; GBK second bytes may be ASCII letters, so a GBK run
// is a whole line of Latin-1 characters.
const HIGH_RUN = /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{2,}/gu;
const HAN = /\p{Script=Han}/gu;

function reread(text: string, byteOf: (char: string) => number | undefined, encoding: string): string | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const byte = byteOf(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Returns how the text was garbled when it reads as mojibake (at least two
 * Chinese characters' worth that come back as Chinese once re-read), or
 * undefined for text as written: Café, Müller and 3×4 stay text.
 */
export function detectMojibake(text: string): Mojibake | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  // UTF-8 read as Windows-1252: each run re-read as bytes is valid UTF-8 holding Han characters.
  let garbled = 0;
  let first: { line: number; garbled: string; repaired: string } | undefined;
  lines.forEach((line, index) => {
    for (const match of line.matchAll(HIGH_RUN)) {
      const repaired = reread(match[0], cp1252Byte, 'utf-8');
      if (repaired === undefined || (repaired.match(HAN) ?? []).length === 0) continue;
      garbled += [...match[0]].length;
      first ??= { line: index + 1, garbled: match[0], repaired };
    }
  });
  if (first && garbled >= 6) {
    return {
      cause: 'text saved as UTF-8 was read as Windows-1252 (or Latin-1) by some program and written out again, so every Chinese character became two or three Latin letters',
      sample: { garbled: first.garbled, repaired: first.repaired },
      line: first.line,
      garbledCharacters: garbled,
      // iconv refuses the five bytes Windows-1252 leaves undefined, which such files hold as C1 controls; this takes them back as they are.
      command: `python3 -c 'import sys; t = open(sys.argv[1], encoding="utf-8").read(); sys.stdout.buffer.write(bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in t))' {in} > {out}`,
    };
  }
  // GBK read as Latin-1: a line of Latin-1 letters re-read as GB18030 holds Han characters and no Latin-1 letters are left.
  garbled = 0;
  let gbk: { line: number; garbled: string; repaired: string } | undefined;
  lines.forEach((line, index) => {
    const high = [...line].filter((char) => /[\u0080-\u00FF]/u.test(char)).length;
    if (high < 4) return;
    const repaired = reread(line, latin1Byte, 'gb18030');
    if (repaired === undefined || (repaired.match(HAN) ?? []).length * 2 < high * 0.8) return;
    garbled += high;
    gbk ??= { line: index + 1, garbled: line, repaired };
  });
  if (gbk && garbled >= 6) {
    return {
      cause: 'text in GBK/GB18030 was read as Latin-1 by some program and written out again as UTF-8, so every Chinese character became two Latin letters',
      sample: { garbled: gbk.garbled, repaired: gbk.repaired },
      line: gbk.line,
      garbledCharacters: garbled,
      command: 'iconv -f UTF-8 -t LATIN1 {in} | iconv -f GB18030 -t UTF-8 > {out}',
    };
  }
  return undefined;
}
