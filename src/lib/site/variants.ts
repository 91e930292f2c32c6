/**
 * The script variants the site is published in: the one list that pages, the
 * script switch, hreflang, the sitemap, feeds, search and the converter read.
 * Adding a variant (zh-Hant-HK, say) is one more entry here.
 */

/** A script an article body can be written in. */
export type Script = 'hans' | 'hant';

/** opencc-js locale codes this project uses (see opencc-js `Converter`). */
export type OpenccLocale = 'cn' | 'tw' | 'hk';

/**
 * The opencc-js locale an article written in a script is read as. Our sources
 * follow mainland (cn) and Taiwan (tw) conventions; `t` (祕/爲/羣) and `twp`
 * (which renames agencies: 知識產權局→智慧財產權局) are wrong for news names.
 */
export const sourceLocaleOf: Record<Script, OpenccLocale> = {
  hans: 'cn',
  hant: 'tw',
};

/** Quotation marks rewritten into a variant's house style. */
export type QuoteMap = Readonly<Record<string, string>>;

const cornerQuotes: QuoteMap = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const curlyQuotes: QuoteMap = { '「': '“', '」': '”', '『': '‘', '』': '’' };

export interface Variant {
  /**
   * The variant's own id, independent of its URL: what the reader's stored
   * choice, `data-variant*` attributes and element ids hold. Not a script: a
   * zh-Hant-HK variant would have its own key but the script `hant`.
   */
  readonly key: string;
  /** BCP 47 tag for `lang`, hreflang and JSON-LD `inLanguage`. */
  readonly lang: string;
  /** The first URL segment, lower case. */
  readonly path: string;
  /** The name of the variant in its own script, shown on the switch. */
  readonly label: string;
  /**
   * The script its text is in: what conversion targets, and which form of an
   * override, a glossary entry or a `<Term>` it shows. Several variants may
   * share one.
   */
  readonly script: Script;
  /** opencc-js locale text is converted into for this variant. */
  readonly opencc: OpenccLocale;
  /** Quotation marks rewritten for this variant. */
  readonly quotes: QuoteMap;
  /** Browser language tags (lower case, prefix match) that prefer this variant. */
  readonly browserLanguages: readonly string[];
  /** Open Graph locale. */
  readonly ogLocale: string;
}

const variantList = [
  {
    key: 'hant',
    lang: 'zh-Hant',
    path: 'zh-hant',
    label: '繁體',
    script: 'hant',
    opencc: 'tw',
    quotes: cornerQuotes,
    browserLanguages: ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'],
    ogLocale: 'zh_TW',
  },
  {
    key: 'hans',
    lang: 'zh-Hans',
    path: 'zh-hans',
    label: '简体',
    script: 'hans',
    opencc: 'cn',
    quotes: curlyQuotes,
    browserLanguages: ['zh-hans', 'zh-cn', 'zh-sg', 'zh-my', 'zh'],
    ogLocale: 'zh_CN',
  },
] as const satisfies readonly Variant[];

/**
 * Every variant, in the order pages list them. Typed as `Variant` so a key is
 * only a string to the rest of the code and can never stand in for a `Script`.
 */
export const variants: readonly [Variant, ...Variant[]] = variantList;

function scriptsOf(list: readonly [Variant, ...Variant[]]): [Script, ...Script[]] {
  return [...new Set(list.map((v) => v.script))] as [Script, ...Script[]];
}

/** Every script of the variants list, once each, in list order: the scripts an article, an override or a glossary entry is written in. */
// Marked pure so browser bundles that never read it leave it out.
export const scripts = /* @__PURE__ */ scriptsOf(variants);

/** The variant a reader gets when nothing says otherwise. */
export const defaultVariant: Variant = variantList[1];

/** Returns a script's name for people: its label and key, such as `繁體 (hant)`. */
export function scriptName(script: Script): string {
  const variant = variants.find((v) => v.script === script);
  return variant ? `${variant.label} (${script})` : script;
}

/** Returns the variant with this key, URL path or lang tag, or undefined. */
export function findVariant(keyOrPath: string): Variant | undefined {
  const wanted = keyOrPath.toLowerCase();
  return variants.find((v) => v.key === wanted || v.path === wanted || v.lang.toLowerCase() === wanted);
}

/** Returns the variant with this key, URL path or lang tag; throws if there is none. */
export function getVariant(keyOrPath: string): Variant {
  const variant = findVariant(keyOrPath);
  if (!variant) {
    throw new Error(`Unknown script variant "${keyOrPath}". Known: ${variants.map((v) => v.path).join(', ')}.`);
  }
  return variant;
}

/** Returns every variant except the given one, in list order. */
export function otherVariants(variant: Variant): Variant[] {
  return variants.filter((v) => v.key !== variant.key);
}

/**
 * Returns the variant that best serves a browser's language list
 * (`navigator.languages`), falling back to the default variant.
 * Script subtags win over regions: zh-Hant-CN is Traditional.
 */
export function variantForLanguages(languages: readonly string[]): Variant {
  for (const raw of languages) {
    const tag = raw.toLowerCase();
    if (!tag.startsWith('zh')) continue;
    const byScript = variants.find((v) => tag.split('-').includes(v.script));
    if (byScript) return byScript;
    const byRegion = variants.find((v) =>
      v.browserLanguages.some((prefix) => prefix !== 'zh' && (tag === prefix || tag.startsWith(`${prefix}-`))),
    );
    if (byRegion) return byRegion;
  }
  return defaultVariant;
}
