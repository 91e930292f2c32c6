/**
 * Simplified characters that OpenCC converts more than one way: 发 is 發 in
 * 发展 and 髮 in 头发, 后 is 後 in 以后 and stays 后 in 皇后. Read from OpenCC's
 * own phrase table: a character has alternatives when some phrase gives it a
 * form other than its default. These are the conversions an editor may want
 * to check and, where a name is involved, fix with an override.
 */
import simplifiedPhrases from 'opencc-js/dict/STPhrases';
import simplifiedCharacters from 'opencc-js/dict/STCharacters';

let table: Map<string, readonly string[]> | undefined;

function build(): Map<string, readonly string[]> {
  const defaults = new Map<string, string>();
  for (const entry of simplifiedCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    if (from !== undefined && to !== undefined) defaults.set(from, to);
  }
  const forms = new Map<string, Set<string>>();
  for (const entry of simplifiedPhrases.split('|')) {
    const [from, to] = entry.split(' ');
    if (from === undefined || to === undefined) continue;
    const a = [...from];
    const b = [...to];
    if (a.length !== b.length) continue;
    a.forEach((char, index) => {
      const standard = defaults.get(char) ?? char;
      const form = b[index] ?? standard;
      if (form === standard) return;
      forms.set(char, (forms.get(char) ?? new Set([standard])).add(form));
    });
  }
  return new Map([...forms].map(([char, set]) => [char, [...set]]));
}

/** Returns the Traditional forms a Simplified character takes in OpenCC (default first), or undefined when it has one. */
export function conversionAlternatives(char: string): readonly string[] | undefined {
  table ??= build();
  return table.get(char);
}
