import { describe, expect, it } from 'vitest';
import { isCalendarDate, isCalendarDay } from '../../../src/lib/site/dates.ts';

describe('calendar dates', () => {
  it.each(['2023-02-24', '2024-02-29', '2000-02-29', '1999-12-31', '2023-01-01'])('%s is a real day', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2023-02-29', '1900-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00'])('%s does not exist', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it.each(['2023-2-24', '2023/02/24', '23-02-24', ' 2023-02-24', '2023-02-24T00:00:00Z', 'yesterday', ''])('%j is not written as YYYY-MM-DD', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('checks a day given as numbers, as a scrape’s 2023年2月30日 arrives', () => {
    expect(isCalendarDay(2023, 2, 28)).toBe(true);
    expect(isCalendarDay(2023, 2, 30)).toBe(false);
    expect(isCalendarDay(2024, 12, 31)).toBe(true);
    expect(isCalendarDay(2024, 12, 32)).toBe(false);
  });
});
