import { absoluteUrl, homePath, pathInVariant } from './urls.ts';
import { defaultVariant, variants } from './variants.ts';

/** A `<link rel="alternate" hreflang>` target. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * Returns the hreflang alternates of a page: the same page in every variant,
 * and `x-default`. For the home pages (and `/` itself) that is `/`, which
 * chooses the reader's script; elsewhere it is the default variant's copy.
 */
export function alternatesOf(pathname: string, site: URL | string): Alternate[] {
  const isHome = pathname === '/' || variants.some((v) => pathname === homePath(v));
  return [
    ...variants.map((v) => ({ hreflang: v.lang, href: absoluteUrl(pathInVariant(pathname, v), site) })),
    { hreflang: 'x-default', href: absoluteUrl(isHome ? '/' : pathInVariant(pathname, defaultVariant), site) },
  ];
}

/** Returns JSON for a `<script type="application/ld+json">`, safe to place inside HTML. */
export function jsonLdScript(data: unknown): string {
  // `<` escaped so no string in the data can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
