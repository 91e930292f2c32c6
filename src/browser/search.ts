/**
 * The search page in the browser: wires the form, the URL and the results
 * together. The engine loads the first time the reader starts to search
 * (search-engine.ts); results are judged and ranked by pure modules
 * (lib/search/plan.ts, rank.ts, results.ts) and drawn by search-view.ts.
 * Older periods of the index are searched only as the reader pages past
 * the results of the newer ones ("more").
 */
import { pagefindBase } from '../lib/search/bundle.ts';
import { historyStep, searchTitle, searchUrl, withSearch } from '../lib/search/history.ts';
import { planSearch } from '../lib/search/plan.ts';
import { ResultPages } from '../lib/search/results.ts';
import { parseSearchType, readSearchState, sameSearchState, type SearchState } from '../lib/search/url-state.ts';
import { findVariant } from '../lib/site/variants.ts';
import { namesShown } from '../lib/search/names/lookup.ts';
import { lookupNames } from './name-lookup.ts';
import { loadEngine } from './search-engine.ts';
import { readMessages, renderHit, renderNames, statusText } from './search-view.ts';

/** Results shown at a time: each costs a fragment download. */
const pageSize = 10;
/** The URL follows typing after this pause, so history holds searches, not keystrokes. */
const urlDelayMs = 400;

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
  const messages = readMessages(form);
  const base = pagefindBase(variant);
  const baseTitle = root.title;
  // Names from the name index (did you mean, name rows) sit above the full-text results.
  const names = root.createElement('div');
  names.id = 'search-names';
  list.before(names);

  let generation = 0;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: { pages: ResultPages; terms: readonly string[]; query: string; listing: boolean } | undefined;

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
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-variant-switch]')) link.href = withSearch(link.href, location.search);
  };

  const writeUrl = (state: SearchState, cause: 'typing' | 'submit' | 'type') => {
    clearTimeout(urlTimer);
    const url = searchUrl(location.pathname, state);
    const step = historyStep(`${location.pathname}${location.search}`, url, cause);
    if (step === 'none') return;
    if (step === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    root.title = searchTitle(state.query, baseTitle);
    followSwitchLinks();
  };

  /** Shows the next page of results (searching older periods when it must) and a status line that says whether the count is final. */
  const showMore = async (mine: number): Promise<void> => {
    if (!pending) return;
    const { pages, terms, query, listing } = pending;
    const { table } = await loadEngine(variant);
    output.setAttribute('aria-busy', 'true');
    const hits = await pages.page(pageSize);
    if (mine !== generation) return;
    output.setAttribute('aria-busy', 'false');
    for (const hit of hits) list.append(renderHit(hit, terms, table, messages));
    more.hidden = pages.done;
    const since = pages.periodsRemain ? pages.searchedSince : undefined;
    status.textContent = statusText({ kind: 'results', query, listing, shown: list.childElementCount, more: pages.candidatesRemain, since }, messages);
  };

  const showFailure = (error: unknown) => {
    console.warn('Search failed:', error);
    output.setAttribute('aria-busy', 'false');
    more.hidden = true;
    status.textContent = statusText({ kind: 'failed' }, messages);
  };

  /** Shows what the name index finds for `state`, unless a newer search has started meanwhile. */
  const showNames = async (state: SearchState, mine: number) => {
    try {
      const lookup = await lookupNames(base, state.type === 'article' ? '' : state.query);
      if (mine === generation) renderNames(names, namesShown(lookup, state.type), messages);
    } catch (error) {
      if (mine === generation) names.replaceChildren();
      console.warn('Name lookup failed:', error);
    }
  };

  const run = async (state: SearchState) => {
    generation += 1;
    const mine = generation;
    void showNames(state, mine);
    if (!state.query.trim() && !state.type) {
      pending = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = statusText({ kind: 'prompt' }, messages);
      setState('idle', state.query);
      return;
    }
    setState('loading', state.query);
    try {
      const engine = await loadEngine(variant);
      if (mine !== generation) return;
      const plan = planSearch(state, engine.table);
      if (plan.kind === 'idle') return;
      const source = await engine.search(plan, `/${variant.path}/`);
      if (mine !== generation) return;
      pending = { pages: new ResultPages(source, plan.terms, engine.table), terms: plan.terms, query: state.query, listing: plan.terms.length === 0 };
      list.replaceChildren();
      await showMore(mine);
      if (mine !== generation) return;
      setState('done', state.query);
    } catch (error) {
      if (mine !== generation) return;
      list.replaceChildren();
      showFailure(error);
      setState('error', state.query);
    }
  };

  const search = (cause: 'typing' | 'submit' | 'type') => {
    const state = currentState();
    if (cause === 'typing') {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => writeUrl(state, 'typing'), urlDelayMs);
    } else {
      writeUrl(state, cause);
    }
    void run(state);
  };

  // Load the engine, and the bundle every search starts with, as the reader reaches for the form.
  const warmUp = () => {
    void loadEngine(variant)
      .then((engine) => engine.open())
      .catch(() => undefined);
  };

  input.addEventListener('focus', warmUp, { once: true });
  select.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', (event) => {
    // An input method sends its pinyin as input too; search once the characters are chosen.
    if ((event as InputEvent).isComposing) return;
    search('typing');
  });
  input.addEventListener('compositionend', () => search('typing'));
  select.addEventListener('change', () => search('type'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search('submit');
  });
  more.addEventListener('click', () => {
    const mine = generation;
    const firstNew = list.childElementCount;
    void showMore(mine).then(
      () => list.children[firstNew]?.querySelector('a')?.focus(),
      (error: unknown) => {
        if (mine === generation) showFailure(error);
      },
    );
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(location.search);
    if (sameSearchState(state, currentState())) return;
    showState(state);
    root.title = searchTitle(state.query, baseTitle);
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
  if (initial.query) root.title = searchTitle(initial.query, baseTitle);
  followSwitchLinks();
  void run(initial);
}
