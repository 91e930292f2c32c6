/**
 * From the engine's candidates, already in their one order (rank.ts), to the
 * results a reader sees: each candidate's
 * record is a download (a Pagefind fragment), so records are loaded only as
 * results are shown, a page at a time, and a candidate is kept only when its
 * text holds every term as written (the index matched character pairs; the
 * text is the judge).
 */
import { foldKey, type FoldTable } from './fold.ts';
import { containsAll } from './match.ts';
import type { SearchRecord } from './record.ts';

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

/** Results shown a page at a time from a list of candidates. */
export class ResultPages {
  private next = 0;
  private readonly candidates: readonly Candidate[];
  private readonly terms: readonly string[];
  private readonly table: FoldTable;

  constructor(candidates: readonly Candidate[], terms: readonly string[], table: FoldTable) {
    this.candidates = candidates;
    this.terms = terms;
    this.table = table;
  }

  /** True when every candidate has been looked at. */
  get done(): boolean {
    return this.next >= this.candidates.length;
  }

  /** How many candidates the engine returned: an upper bound on the results. */
  get candidateCount(): number {
    return this.candidates.length;
  }

  /**
   * Returns the next `size` results (fewer when the candidates run out), in
   * the candidates' order (rank.ts decided it for the whole list): loads only as many records as it still needs, all at once, and
   * again for as many as the check turned away.
   */
  async page(size: number): Promise<Hit[]> {
    const kept: Hit[] = [];
    while (kept.length < size && !this.done) {
      const batch = this.candidates.slice(this.next, this.next + size - kept.length);
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
}
