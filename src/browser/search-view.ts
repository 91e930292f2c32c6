/**
 * What the search page shows: results built from text nodes only (a reader's
 * query never becomes markup) and the status line, in the page's script.
 * The one module that reads the search messages.
 */
import { excerpt, highlight, type Segment } from '../lib/search/excerpt.ts';
import { fillMessage } from '../lib/site/fill-message.ts';
import { foldKey, foldText, type FoldTable } from '../lib/search/fold.ts';
import { matchRanges } from '../lib/search/match.ts';
import { periodStartLabel } from '../lib/search/periods.ts';
import type { SearchMessages } from '../lib/search/messages.ts';
import type { Hit } from '../lib/search/results.ts';
import type { NameMatch } from '../lib/search/names/lookup.ts';

/** Returns the search page's messages, which the page carries in `data-messages`. */
export function readMessages(form: HTMLFormElement): SearchMessages {
  return JSON.parse(form.dataset['messages'] ?? '{}') as SearchMessages;
}

function segmentsInto(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const { text, mark } of segments) {
    if (mark) {
      const element = document.createElement('mark');
      element.textContent = text;
      parent.append(element);
    } else {
      parent.append(document.createTextNode(text));
    }
  }
}

function paragraph(className: string, segments: readonly Segment[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  segmentsInto(p, segments);
  return p;
}

/** Returns a labelled line (又称：…) with the terms marked. */
function labelled(className: string, label: string, text: string, terms: readonly string[], table: FoldTable): HTMLParagraphElement {
  return paragraph(className, [{ text: `${label}：`, mark: false }, ...highlight(text, matchRanges(foldText(text, table), terms))]);
}

/**
 * Returns the list item of one result, each fact once: its type (an
 * entity's, or "article"), its linked title in the reader's script, an
 * entity's position with its date, its aliases when one matched and its
 * awards, and for a story an excerpt; the terms marked.
 */
export function renderHit(hit: Hit, terms: readonly string[], table: FoldTable, messages: SearchMessages): HTMLLIElement {
  const { record } = hit;
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = hit.url;
  segmentsInto(link, highlight(record.title, matchRanges(foldText(record.title, table), terms)));
  heading.append(link);
  item.append(heading);
  item.append(paragraph('kind', [{ text: record.kind === 'article' ? messages.article : record.typeLabel, mark: false }]));
  if (record.kind === 'entity') {
    if (record.position) item.append(labelled('position', messages.positions, record.position, terms, table));
    const aliases = record.aliases.filter((alias) => terms.some((term) => foldKey(alias, table).includes(term))).join('、');
    if (aliases) item.append(labelled('aliases', messages.aliases, aliases, terms, table));
    const awards = record.awards.join('、');
    if (awards) item.append(labelled('awards', messages.awards, awards, terms, table));
    return item;
  }
  item.append(paragraph('excerpt', excerpt(record.text, matchRanges(foldText(record.text, table), terms))));
  return item;
}

/** What the status line reports. */
export type StatusReport =
  | { readonly kind: 'prompt' | 'failed' }
  | {
      readonly kind: 'results';
      readonly query: string;
      readonly listing: boolean;
      readonly shown: number;
      /** True while candidates found so far are still to be looked at: the count is a lower bound. */
      readonly more: boolean;
      /** While older periods are still to be searched, the oldest period searched (`2023`, `2023q1`): the count is of these periods only. */
      readonly since?: string | undefined;
    };

/** Returns the status line for a report, in the page's script; a count that may still grow never reads as final. */
export function statusText(report: StatusReport, messages: SearchMessages): string {
  if (report.kind !== 'results') return messages[report.kind];
  const { query, listing, shown, more, since } = report;
  const count = more ? `${shown}+` : shown;
  if (since !== undefined) return fillMessage(listing ? messages.listedSince : messages.foundSince, { query, count, period: periodStartLabel(since) });
  if (shown === 0) return listing ? messages.noneListed : fillMessage(messages.none, { query });
  return fillMessage(listing ? messages.listed : messages.found, { query, count });
}

function nameLink(match: NameMatch): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = match.entry.url;
  link.textContent = match.entry.name;
  return link;
}

/**
 * Fills `box` with the names a query found in the name index: a "did you
 * mean" line (one character off, or the pinyin typed) and a row per name
 * with its type, latest dated position, awards, other names and story count.
 * Every value is text; a name never becomes markup.
 */
export function renderNames(box: HTMLElement, shown: { readonly matches: readonly NameMatch[]; readonly suggestions: readonly NameMatch[] }, messages: SearchMessages): void {
  box.replaceChildren();
  if (shown.suggestions.length > 0) {
    const line = document.createElement('p');
    line.className = 'did-you-mean';
    line.append(messages.didYouMean);
    shown.suggestions.forEach((match, i) => {
      if (i > 0) line.append('、');
      line.append(nameLink(match), `（${match.entry.label}）`);
    });
    box.append(line);
  }
  if (shown.matches.length === 0) return;
  const list = document.createElement('ul');
  list.className = 'names';
  for (const match of shown.matches) {
    const { entry } = match;
    const item = document.createElement('li');
    item.dataset['kind'] = entry.kind;
    const facts = [
      entry.label,
      entry.position,
      entry.awards.length > 0 ? `${messages.awards}：${entry.awards.join('、')}` : '',
      entry.aliases.length > 0 ? `${messages.aliases}：${entry.aliases.join('、')}` : '',
      fillMessage(messages.articleCount, { count: entry.stories }),
    ].filter(Boolean);
    item.append(nameLink(match), ` · ${facts.join(' · ')}`);
    list.append(item);
  }
  box.append(list);
}
