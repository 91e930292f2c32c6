/**
 * From the engine's candidates, already in their one order (rank.ts), to the
 * results a reader sees: each candidate's record is a download (a Pagefind fragment), so records are loaded only as
 * results are shown, a page at a time, and a candidate is kept only when its
 * text holds every term as written (the index matched character pairs; the
 * text is the judge).
 */
import { foldKey, type FoldTable } from './fold.ts';
import { containsAll } from './match.ts';
import type { Period } from './bundle.ts';
import type { SearchRecord } from './record.ts';

/**
 * The most period bundles one search, or one press of "more", loads that it
 * had not loaded, before it shows what it has. Each bundle costs its page
 * list and a chunk of postings per term; a rare query found in no recent
 * period would otherwise load every period of the archive before its first
 * page (dozens at 10,000 articles). Two: the newest period, and one more
 * for a query the newest holds too little of. The status line says when
 * older periods remain, and "more" searches them.
 */
export const newBundlesPerTurn = 2;

/** A candidate in the engine's order, with its record still to load. */
export interface Candidate {
  readonly id: string;
  /** Returns the page's URL and record (a download), or undefined for a page this search page must not show. */
  load(): Promise<{ readonly url: string; readonly record: SearchRecord } | undefined>;
}

/** A result ready to show: its record and the folded text the check and highlighting look at. */
export interface Hit {
  readonly url: string;
  readonly record: SearchRecord;
  /** The folded title. */
  readonly title: string;
  /** The folded names a page is found by besides its text: an entity's name and aliases, an article's byline, source and entities. */
  readonly names: readonly string[];
  /** The folded body text. */
  readonly body: string;
}

/** Returns a loaded record as a hit, its title, names and text folded. */
export function hitOf(url: string, record: SearchRecord, table: FoldTable): Hit {
  const names = [...(record.kind === 'entity' ? [record.title, ...record.aliases, record.position] : [...record.names, ...record.entities])].filter(Boolean).map((name) => foldKey(name, table));
  return { url, record, title: foldKey(record.title, table), names, body: foldKey(record.text, table) };
}

/** Returns true when a hit holds every term (no terms: a listing, where every candidate is a result). */
export function holdsTerms(hit: Hit, terms: readonly string[]): boolean {
  return terms.length === 0 || containsAll([hit.title, ...hit.names, hit.body].join(' '), terms);
}

/** Where one search's candidates come from: the bundles it searched at the start, and the older periods it may still search. */
export interface CandidateSource {
  /** The candidates of the bundles searched at the start (those already loaded), in their one order (rank.ts). */
  readonly ranked: readonly Candidate[];
  /** The periods searched so far, newest first. */
  readonly searched: readonly Period[];
  /** The periods not searched yet, newest first. */
  readonly older: readonly Period[];
  /** Searches one more period (its bundle loaded first) and returns its candidates in their order. */
  searchPeriod(period: Period): Promise<readonly Candidate[]>;
}

/**
 * Results shown a page at a time from a search's candidates. An older
 * period is searched only when the candidates of the periods searched so far
 * have run out and a page is not full yet, at most `newBundlesPerTurn` of
 * them per page; its candidates go after every result shown (rank.ts).
 */
export class ResultPages {
  private next = 0;
  private readonly queue: Candidate[];
  private readonly searchedPeriods: Period[];
  private readonly olderPeriods: Period[];
  private readonly source: CandidateSource;
  private readonly terms: readonly string[];
  private readonly table: FoldTable;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(source: CandidateSource, terms: readonly string[], table: FoldTable) {
    this.source = source;
    this.terms = terms;
    this.table = table;
    this.queue = [...source.ranked];
    this.searchedPeriods = [...source.searched];
    this.olderPeriods = [...source.older];
  }

  /** True when every candidate of every period has been looked at. */
  get done(): boolean {
    return this.next >= this.queue.length && this.olderPeriods.length === 0;
  }

  /** True while some period has not been searched: results may be missing from any count so far. */
  get periodsRemain(): boolean {
    return this.olderPeriods.length > 0;
  }

  /** True while candidates found so far have not been looked at. */
  get candidatesRemain(): boolean {
    return this.next < this.queue.length;
  }

  /** The oldest period searched so far, or undefined when no period was (an index with no pages). */
  get searchedSince(): Period | undefined {
    return this.searchedPeriods.at(-1);
  }

  /**
   * Returns the next `size` results (fewer when every period's candidates
   * run out, or when it searched `newBundlesPerTurn` older periods and
   * still has fewer), in the candidates' order: loads only as many records
   * as it still needs, all at once, and again for as many as the check
   * turned away; searches the next older period when the candidates found
   * so far run out. One page at a time: a second call waits for the first.
   */
  page(size: number): Promise<Hit[]> {
    const result = this.turn.then(() => this.fill(size));
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async fill(size: number): Promise<Hit[]> {
    const kept: Hit[] = [];
    let bundlesLeft = newBundlesPerTurn;
    while (kept.length < size && !this.done) {
      if (this.next >= this.queue.length) {
        if (bundlesLeft === 0) break;
        bundlesLeft -= 1;
        await this.searchOlderPeriod();
        continue;
      }
      const batch = this.queue.slice(this.next, this.next + size - kept.length);
      this.next += batch.length;
      const loaded = await Promise.all(batch.map((candidate) => candidate.load()));
      for (const item of loaded) {
        if (!item) continue;
        const hit = hitOf(item.url, item.record, this.table);
        if (holdsTerms(hit, this.terms)) kept.push(hit);
      }
    }
    return kept;
  }

  private async searchOlderPeriod(): Promise<void> {
    const [period] = this.olderPeriods;
    if (period === undefined) return;
    const found = await this.source.searchPeriod(period);
    this.olderPeriods.shift();
    this.searchedPeriods.push(period);
    this.queue.push(...found);
  }
}
