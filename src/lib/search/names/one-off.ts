/** Whether two names are one character apart: one changed, added or left out. */

/** Returns true when `a` becomes `b` by exactly one substitution, insertion or deletion of a character (code point). */
export function isOneOff(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  if (short.length === long.length) {
    if (i === short.length) return false;
    return short.slice(i + 1).join('') === long.slice(i + 1).join('');
  }
  return short.slice(i).join('') === long.slice(i + 1).join('');
}
