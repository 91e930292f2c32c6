import { siteUrl } from '../../build/site-url.ts';
import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { articlesNewestFirst } from '../../build/articles.ts';
import { publishedAuthorName } from '../../lib/article/authors.ts';
import { isRecipient } from '../../lib/article/entities.ts';
import { localizerFor } from '../../build/localize.ts';
import { ui } from '../../lib/site/ui.ts';
import { absoluteUrl, articlePath, homePath } from '../../lib/site/urls.ts';
import { getVariant, variants } from '../../lib/site/variants.ts';

export const getStaticPaths = (() => variants.map((variant) => ({ params: { variant: variant.path } }))) satisfies GetStaticPaths;

/** Returns the RSS feed of one variant: every article, newest first, in that variant's script. */
export async function GET(context: APIContext) {
  const variant = getVariant(context.params['variant'] ?? '');
  const articles = await articlesNewestFirst();
  return rss({
    title: `${ui(variant, 'siteName')}（${variant.label}）`,
    description: ui(variant, 'siteDescription'),
    site: absoluteUrl(homePath(variant), siteUrl),
    customData: `<language>${variant.lang}</language>`,
    items: articles.map((article) => {
      const t = localizerFor(article.data.script, variant, article.data.overrides);
      return {
        title: t.text(article.data.title),
        link: absoluteUrl(articlePath(variant, article.id), siteUrl),
        pubDate: article.data.date,
        description: t.text(article.data.summary ?? article.data.title),
        author: article.data.authors.map((a) => publishedAuthorName(a, t.text)).join('、'),
        categories: article.data.entities.filter((e) => isRecipient(e) && e.type !== 'group').map((e) => t.text(e.name)),
      };
    }),
  });
}
