/**
 * The search page in the browser: reads and writes `?q=&type=`, loads the
 * engine (Pagefind's low-level API and the fold table) the first time the
 * reader starts to search, and renders results as text nodes only.
 */
import { excerpt, highlight, type Segment } from '../lib/search/excerpt.ts';
import { foldKey, foldText, parseFoldTable, type FoldTable } from '../lib/search/fold.ts';
import { containsAll, matchRanges } from '../lib/search/match.ts';
import { fillMessage } from '../lib/search/fill-message.ts';
import type { SearchMessages } from '../lib/search/messages.ts';
import { pagefindPhrase, searchTerms } from '../lib/search/query.ts';
import { rankResults } from '../lib/search/rank.ts';
import { readRecordMeta, type SearchRecord } from '../lib/search/record.ts';
import { foldTableFile, pagefindBase } from '../lib/search/bundle.ts';
import { parseSearchType, readSearchState, sameSearchState, searchStateQuery, type SearchState } from '../lib/search/url-state.ts';
import { findVariant } from '../lib/site/variants.ts';

/** The part of Pagefind's `pagefind.js` this page uses. */
interface PagefindResult {
  readonly id: string;
  data(): Promise<{ readonly url: string; readonly meta: Readonly<Record<string, string | undefined>> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters: Record<string, string> }): Promise<{ readonly results: readonly PagefindResult[] } | null>;
}

interface Engine {
  readonly pagefind: Pagefind;
  readonly table: FoldTable;
}

/** A result ready to show. */
interface Hit {
  readonly url: string;
  readonly record: SearchRecord;
  readonly title: string;
  readonly names: readonly string[];
  readonly body: string;
}

/** Results load this many at a time: each costs a fragment download. */
const batchSize = 10;
/** The URL follows typing after this pause, so history holds searches, not keystrokes. */
const urlDelayMs = 400;

let engine: Promise<Engine> | undefined;

function loadEngine(base: string): Promise<Engine> {
  engine ??= (async () => {
    const tableUrl = `${base}${foldTableFile}`;
    const [pagefind, table] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<unknown> as Promise<Pagefind>,
      // Revalidated, not trusted from cache: the table grows with the site.
      fetch(tableUrl, { cache: 'no-cache' }).then(async (response) => {
        if (!response.ok) throw new Error(`${tableUrl}: HTTP ${response.status}`);
        return parseFoldTable(String(await response.json()));
      }),
    ]);
    // No worker: the index is small, and the worker script would be one more download on the first search.
    await pagefind.options({ noWorker: true, basePath: base });
    await pagefind.init();
    return { pagefind, table };
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
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

/** Wires up the search page in `root`; does nothing on a page without the search form. */
export function startSearchPage(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('#search-form');
  const input = root.querySelector<HTMLInputElement>('#search-q');
  const select = root.querySelector<HTMLSelectElement>('#search-type');
  const output = root.querySelector<HTMLElement>('#search-output');
  const status = root.querySelector<HTMLElement>('#search-status');
  const list = root.querySelector<HTMLOListElement>('#search-results');
  const more = root.querySelector<HTMLButtonElement>('#search-more');
  const variant = findVariant(form?.dataset['variant'] ?? '');
  if (!form || !input || !select || !output || !status || !list || !more || !variant) return;
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as SearchMessages;
  const base = pagefindBase(variant);
  const baseTitle = root.title;

  let generation = 0;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: { hits: PagefindResult[]; terms: string[]; shown: number; table: FoldTable } | undefined;

  const setState = (state: 'idle' | 'loading' | 'done' | 'error', query = '') => {
    output.dataset['state'] = state;
    output.dataset['query'] = query;
    output.setAttribute('aria-busy', String(state === 'loading'));
  };

  const currentState = (): SearchState => ({ query: input.value, type: parseSearchType(select.value) });

  const showState = (state: SearchState) => {
    input.value = state.query;
    select.value = state.type ?? '';
  };

  // The script switch should open the same search in the other script.
  const followSwitchLinks = () => {
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-variant-switch]')) {
      const target = new URL(link.href);
      target.search = location.search;
      link.href = target.href;
    }
  };

  const writeUrl = (state: SearchState, mode: 'push' | 'replace') => {
    clearTimeout(urlTimer);
    const url = `${location.pathname}${searchStateQuery(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    root.title = state.query ? `${state.query} | ${baseTitle}` : baseTitle;
    followSwitchLinks();
  };

  const hitOf = async (result: PagefindResult, table: FoldTable): Promise<Hit | undefined> => {
    const data = await result.data();
    // The variant's own bundle holds only its pages; this guards the promise made to readers.
    if (!data.url.startsWith(`/${variant.path}/`)) return undefined;
    const record = readRecordMeta(data.meta);
    const names = record.kind === 'entity' ? [record.title, ...record.aliases].map((n) => foldKey(n, table)) : [];
    return { url: data.url, record, title: foldKey(record.title, table), names, body: foldKey(record.text, table) };
  };

  const renderHit = (hit: Hit, terms: readonly string[], table: FoldTable): HTMLLIElement => {
    const { record } = hit;
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = hit.url;
    segmentsInto(link, highlight(record.title, matchRanges(foldText(record.title, table), terms)));
    heading.append(link);
    item.append(heading);
    item.append(paragraph('kind', [{ text: record.kind === 'article' ? messages.article : record.typeLabel, mark: false }]));
    const awards = record.awards.join('、');
    if (awards) {
      item.append(paragraph('awards', [{ text: `${messages.awards}：`, mark: false }, ...highlight(awards, matchRanges(foldText(awards, table), terms))]));
    }
    // An entity's name and awards already show what matched; its text is worth quoting only for the rest (an alias, a position).
    const shown = `${hit.title} ${foldKey(awards, table)}`;
    if (record.kind === 'article' ? true : terms.some((term) => !shown.includes(term))) {
      item.append(paragraph('excerpt', excerpt(record.text, matchRanges(foldText(record.text, table), terms))));
    }
    return item;
  };

  /** Loads, filters and shows the next batch; returns how many results are shown in all. */
  const showMore = async (mine: number): Promise<number> => {
    if (!pending) return 0;
    const { hits, terms, table } = pending;
    const batch = hits.slice(pending.shown, pending.shown + batchSize);
    pending.shown += batch.length;
    const loaded = (await Promise.all(batch.map((hit) => hitOf(hit, table)))).filter((hit) => hit !== undefined);
    if (mine !== generation) return list.childElementCount;
    // The precision filter: Pagefind's phrase match is the candidate list, the folded text is the judge.
    const kept = terms.length === 0 ? loaded : loaded.filter((hit) => containsAll([hit.title, ...hit.names, hit.body].join(' '), terms));
    for (const hit of rankResults(kept, terms)) list.append(renderHit(hit, terms, table));
    more.hidden = pending.shown >= hits.length;
    return list.childElementCount;
  };

  const run = async (state: SearchState) => {
    generation += 1;
    const mine = generation;
    if (!state.query.trim() && !state.type) {
      pending = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = messages.prompt;
      setState('idle', state.query);
      return;
    }
    setState('loading', state.query);
    try {
      const { pagefind, table } = await loadEngine(base);
      if (mine !== generation) return;
      const terms = searchTerms(state.query, table);
      const filters: Record<string, string> = state.type ? { type: state.type } : {};
      let hits: PagefindResult[] = [];
      if (terms.length === 0 && state.type) {
        hits = [...((await pagefind.search(null, { filters }))?.results ?? [])];
      } else {
        const phrases = terms.map(pagefindPhrase).filter((phrase) => phrase !== undefined);
        // Every term must match: intersect one exact-phrase search per term.
        for (const [index, phrase] of phrases.entries()) {
          const found = (await pagefind.search(phrase, { filters }))?.results ?? [];
          const ids = new Set(found.map((r) => r.id));
          hits = index === 0 ? [...found] : hits.filter((r) => ids.has(r.id));
          if (hits.length === 0) break;
        }
      }
      if (mine !== generation) return;
      pending = { hits, terms, shown: 0, table };
      list.replaceChildren();
      const count = await showMore(mine);
      if (mine !== generation) return;
      const listed = terms.length === 0;
      status.textContent =
        count === 0
          ? listed
            ? messages.noneListed
            : fillMessage(messages.none, { query: state.query })
          : fillMessage(listed ? messages.listed : messages.found, { query: state.query, count: more.hidden ? count : `${count}+` });
      setState('done', state.query);
    } catch (error) {
      if (mine !== generation) return;
      console.warn('Search failed:', error);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = messages.failed;
      setState('error', state.query);
    }
  };

  const search = (mode: 'push' | 'replace' | 'none') => {
    const state = currentState();
    if (mode === 'replace') {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => writeUrl(state, 'replace'), urlDelayMs);
    } else if (mode === 'push') {
      writeUrl(state, 'push');
    }
    void run(state);
  };

  const warmUp = () => {
    void loadEngine(base).catch(() => undefined);
  };

  input.addEventListener('focus', warmUp, { once: true });
  select.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', (event) => {
    // An input method sends its pinyin as input too; search once the characters are chosen.
    if ((event as InputEvent).isComposing) return;
    search('replace');
  });
  input.addEventListener('compositionend', () => search('replace'));
  select.addEventListener('change', () => search('push'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search('push');
  });
  more.addEventListener('click', () => {
    const mine = generation;
    const firstNew = list.childElementCount;
    void showMore(mine).then(() => list.children[firstNew]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(location.search);
    if (sameSearchState(state, currentState())) return;
    showState(state);
    root.title = state.query ? `${state.query} | ${baseTitle}` : baseTitle;
    followSwitchLinks();
    void run(state);
  });

  // Arrow keys move between the box and the results; Tab and Enter work as everywhere.
  form.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && event.target === input) {
      const first = list.querySelector<HTMLAnchorElement>('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
    if (next) next.focus();
    else if (event.key === 'ArrowUp') input.focus();
  });

  const initial = readSearchState(location.search);
  showState(initial);
  if (initial.query) root.title = `${initial.query} | ${baseTitle}`;
  followSwitchLinks();
  void run(initial);
}
