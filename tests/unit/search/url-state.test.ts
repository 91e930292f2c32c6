import { describe, expect, it } from 'vitest';
import { maxQueryLength } from '../../../src/lib/search/query.ts';
import { readSearchState, sameSearchState, searchStateQuery, searchTypes } from '../../../src/lib/search/url-state.ts';

describe('the search page URL', () => {
  it('carries the query and the type filter, and reads them back', () => {
    const state = { query: '湘潭高新區 & <b>', type: 'recipient' } as const;
    const query = searchStateQuery(state);
    expect(query).toBe('?q=%E6%B9%98%E6%BD%AD%E9%AB%98%E6%96%B0%E5%8D%80+%26+%3Cb%3E&type=recipient');
    expect(readSearchState(query)).toEqual(state);
  });

  it('is bare for an empty search, and lists recipients with only a type', () => {
    expect(searchStateQuery({ query: '', type: undefined })).toBe('');
    expect(readSearchState('?type=recipient')).toEqual({ query: '', type: 'recipient' });
  });

  it('ignores types it does not know and cuts very long queries', () => {
    expect(readSearchState('?q=x&type=<script>').type).toBeUndefined();
    expect([...readSearchState(`?q=${'长'.repeat(5000)}`).query]).toHaveLength(maxQueryLength);
  });

  it('offers recipients, every entity type and articles', () => {
    expect(searchTypes).toEqual(['recipient', 'person', 'organization', 'place', 'group', 'article']);
  });

  it('compares states by what they show', () => {
    expect(sameSearchState({ query: 'a', type: undefined }, { query: 'a', type: undefined })).toBe(true);
    expect(sameSearchState({ query: 'a', type: undefined }, { query: 'a', type: 'person' })).toBe(false);
  });
});
