import { decodeHTML, decodeHTMLStrict } from 'entities';

/**
 * The one way this project reads HTML character references (`&amp;`,
 * `&#x4e2d;`, `&nbsp;`), by the WHATWG table. `html` reads them as a browser
 * reads a page (a legacy `&amp` without its semicolon too): for built pages.
 * `strict` needs the semicolon, so R&D and AT&T in a scrape stay as written.
 */
export type ReferenceReading = 'html' | 'strict';

/** Returns `text` with its character references replaced by the characters they stand for. */
export function decodeCharacterReferences(text: string, reading: ReferenceReading): string {
  return reading === 'strict' ? decodeHTMLStrict(text) : decodeHTML(text);
}

/** The shape of one character reference that ends in a semicolon, as scrapes carry them. */
export const strictReference = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu;
