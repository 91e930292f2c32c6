import { siteUrl } from '../../build/site-url.ts';
import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { articlesNewestFirst } from '../../build/articles.ts';
import { listingPaths } from '../../build/archive-part.ts';
import { isWriter, publishedAuthorName } from '../../lib/article/authors.ts';
import { isRecipient } from '../../lib/article/entities.ts';
import { localizerFor } from '../../build/localize.ts';
import { escapeHtml } from '../../lib/html/escape.ts';
import { ui } from '../../lib/site/ui.ts';
import { absoluteUrl, articlePath, homePath } from '../../lib/site/urls.ts';
import { getVariant, variants } from '../../lib/site/variants.ts';

export const getStaticPaths = (() => listingPaths(variants.map((variant) => ({ params: { variant: variant.path } })))) satisfies GetStaticPaths;

/**
 * Returns the RSS feed of one variant: every article, newest first, in that
 * variant's script. RSS 2.0's `<author>` wants an e-mail address, so writers
 * are named in Dublin Core's `<dc:creator>`, others in `<dc:contributor>`, one element each.
 */
export async function GET(context: APIContext) {
  const variant = getVariant(context.params['variant'] ?? '');
  const articles = await articlesNewestFirst();
  return rss({
    title: `${ui(variant, 'siteName')}（${variant.label}）`,
    description: ui(variant, 'siteDescription'),
    site: absoluteUrl(homePath(variant), siteUrl),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${variant.lang}</language>`,
    items: articles.map((article) => {
      const t = localizerFor(article.data.script, variant, article.data.overrides);
      return {
        title: t.text(article.data.title),
        link: absoluteUrl(articlePath(variant, article.id), siteUrl),
        pubDate: article.data.date,
        description: t.text(article.data.summary ?? article.data.title),
        // Writers are its creators; photographers, editors and translators its contributors (as in JSON-LD).
        customData: article.data.authors
          .map((a) => {
            const element = isWriter(a) ? 'dc:creator' : 'dc:contributor';
            return `<${element}>${escapeHtml(publishedAuthorName(a, t.text))}</${element}>`;
          })
          .join(''),
        categories: article.data.entities.filter((e) => isRecipient(e) && e.type !== 'group').map((e) => t.text(e.name)),
      };
    }),
  });
}
