import { isWriter } from '../article/authors.ts';
import { isCalendarDay } from '../site/dates.ts';
import type { ArticleDraft } from './mdx.ts';
import type { CurationItem } from './report.ts';

// A day the lead names: 3月1日, or 1日 alone (never 12日电, the dispatch date of an agency).
const DAY = /(?:(\d{1,2})月)?(\d{1,2})日(?![电電])/gu;

/**
 * Returns what an editor must still add to an imported article before it is
 * finished, each with what to write: the importer never guesses these. The
 * entities and summary always; the day the story happened when the lead
 * names an earlier one; a photo when the byline credits a photographer and the
 * scrape brings none; the address of the original page.
 */
export function toCurate(article: ArticleDraft, paragraphs: readonly string[]): CurationItem[] {
  const items: CurationItem[] = [
    {
      field: 'entities',
      todo: 'add everyone and everything the story is about (people, organisations, places, counted groups such as 7家示范企业), each with an id, its type and its roles in this story (a recipient with its award); pages, search and related stories are built from them',
    },
    {
      field: 'summary',
      todo: `write one or two sentences for feeds and the page description${paragraphs[0] ? `; the lead begins «${[...paragraphs[0]].slice(0, 30).join('')}…»` : ''}`,
    },
  ];
  const event = eventDay(article.date, paragraphs[0] ?? '');
  items.push(
    event
      ? { field: 'eventDate', todo: `the lead names ${event.text} and the article is dated ${article.date}: if the story happened on ${event.text}, add \`eventDate: ${event.iso}\`` }
      : { field: 'eventDate', todo: `if the story happened on another day than ${article.date}, add \`eventDate: YYYY-MM-DD\`` },
  );
  // A person credited for photos; 资料图 and agency credits name no photographer.
  if (article.authors.length > 0 && !article.authors.some(isWriter)) {
    items.push({
      field: 'authors',
      todo: `the scrape names no writer, only ${[...new Set(article.authors.map((author) => author.role))].join(', ')}: add the reporter or author from the original page if it names one (the page and the feeds credit writers as the authors)`,
    });
  }
  const photographers = article.authors.filter((author) => author.role === 'photo').map((author) => author.name);
  if (photographers.length > 0) {
    items.push({
      field: 'image',
      todo: `the byline credits ${photographers.join('、')} for photos, and a scrape brings none: put the photo beside the article and add \`image:\` (src, alt, caption, credit), or leave it, and the page says the source's photos are not included`,
    });
  }
  items.push({ field: 'source.url', todo: `add the address of the original page at ${article.source?.name ?? 'the source'}, if you have it (the page links to it)` });
  return items;
}

/** Returns the first day the lead names in the two months before publication (not a deadline ahead), as written and as YYYY-MM-DD. */
function eventDay(published: string, text: string): { text: string; iso: string } | undefined {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  for (const match of text.matchAll(DAY)) {
    const m = match[1] === undefined ? month : Number(match[1]);
    const d = Number(match[2]);
    if (m === month && d === day) continue;
    // A month after the publication's is last year's.
    const y = m > month ? year - 1 : year;
    if (!isCalendarDay(y, m, d)) continue;
    const before = Date.UTC(year, month - 1, day) - Date.UTC(y, m - 1, d);
    if (before <= 0 || before > 60 * 86_400_000) continue;
    return { text: match[0], iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  }
  return undefined;
}
