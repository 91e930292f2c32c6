import type { EntityRecord } from './entities.ts';
import { isRecipient } from './entities.ts';
import type { StoryRole } from './schema.ts';
import { paginate, type ListPage } from '../site/pagination.ts';

/** How many stories follow the lead on the front page. */
export const latestOnFront = 8;
/** How many names each navigation section of the front page shows before its link to the full list. */
export const namesPerSection = 6;
/** How many months the front page lists before its link to the archive. */
export const monthsOnFront = 6;
/**
 * How far down the newest stories the front page looks for a lead with a
 * photo: as far as the front page reaches, so the lead is always a story the
 * front would show anyway, and a picture never pulls up an old one.
 */
export const leadPhotoReach = latestOnFront + 1;

/** The front page of a paper: one lead, the latest stories after it, and the sections readers navigate by. */
export interface FrontPage<A, M> {
  lead: A | undefined;
  latest: A[];
  recipients: EntityRecord[];
  people: EntityRecord[];
  organizations: EntityRecord[];
  places: EntityRecord[];
  months: M[];
}

/**
 * Returns what the front page shows, from articles newest first, every
 * entity, and the archive's months newest first. The lead is the newest of
 * the first `leadPhotoReach` stories that has a photo, else the newest story;
 * the latest stories are the others in order. Each section lists the entities
 * seen most recently first (then the most often seen, then by their part in
 * the story: recipients and presenters before attendees, named recipients
 * before counted groups), so the front follows the news.
 */
export function frontPage<A, M>(articles: readonly A[], hasPhoto: (article: A) => boolean, entities: readonly EntityRecord[], months: readonly M[]): FrontPage<A, M> {
  const lead = articles.slice(0, leadPhotoReach).find(hasPhoto) ?? articles[0];
  const latest = articles.filter((a) => a !== lead).slice(0, latestOnFront);
  const recent = [...entities].sort(
    (a, b) =>
      (b.appearances[0]?.date.getTime() ?? 0) - (a.appearances[0]?.date.getTime() ?? 0) ||
      b.appearances.length - a.appearances.length ||
      prominence(a) - prominence(b) ||
      a.id.localeCompare(b.id),
  );
  const take = (keep: (e: EntityRecord) => boolean) => recent.filter(keep).slice(0, namesPerSection);
  return {
    lead,
    latest,
    recipients: take(isRecipient),
    people: take((e) => e.type === 'person'),
    organizations: take((e) => e.type === 'organization'),
    places: take((e) => e.type === 'place'),
    months: months.slice(0, monthsOnFront),
  };
}

// Within one day's news, who received and who gave before who attended; named recipients before counted groups.
const roleOrder: readonly StoryRole[] = ['recipient', 'presenter', 'host', 'organizer', 'attendee', 'mentioned'];
function prominence(entity: EntityRecord): number {
  const roles = entity.appearances[0]?.roles ?? [];
  return Math.min(roleOrder.length, ...roles.map((r) => roleOrder.indexOf(r.role))) * 2 + Number(entity.type === 'group');
}

/**
 * Returns the listing pages after the front page: the stories the front does
 * not show, newest first, numbered from 2, each page counting the front page
 * among the listing's pages. None when the front shows every story.
 */
export function laterPages<A>(articles: readonly A[], front: Pick<FrontPage<A, unknown>, 'lead' | 'latest'>): ListPage<A>[] {
  const shown = new Set<A>([...(front.lead === undefined ? [] : [front.lead]), ...front.latest]);
  const rest = articles.filter((a) => !shown.has(a));
  if (rest.length === 0) return [];
  const pages = paginate(rest);
  return pages.map((page) => ({ number: page.number + 1, count: pages.length + 1, items: page.items }));
}
