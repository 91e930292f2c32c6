const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Returns `text` as HTML character data, safe both between tags and inside a
 * quoted attribute value: the five characters that could end either, or start
 * markup or a character reference, become references. The converter puts
 * every override and glossary form through it; Astro's templates escape the
 * same way, so each value reaches HTML as text whatever it holds.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}
