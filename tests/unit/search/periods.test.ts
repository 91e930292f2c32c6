import { describe, expect, it } from 'vitest';
import { periodStartLabel, periodsFor, periodUnder, splitOfYear } from '../../../src/lib/search/periods.ts';

/** Returns `count` dates of `year`, spread over `months` (1-based), the same number in each. */
function dates(year: number, months: readonly number[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${year}-${String(months[i % months.length]).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`);
}

describe('periods: bundles sized by the articles they hold, not by the archive', () => {
  it('names a period by its year, quarter or month', () => {
    expect(periodUnder('2023-02-24', 'year')).toBe('2023');
    expect(periodUnder('2023-02-24', 'quarter')).toBe('2023q1');
    expect(periodUnder('2023-12-01', 'quarter')).toBe('2023q4');
    expect(periodUnder('2023-02-24', 'month')).toBe('2023m02');
    expect(periodUnder('2023-10-01T08:00:00+08:00', 'month')).toBe('2023m10');
    expect(periodUnder('2023-02-10', 'third')).toBe('2023m02a');
    expect(periodUnder('2023-02-11', 'third')).toBe('2023m02b');
    expect(periodUnder('2023-02-20', 'third')).toBe('2023m02b');
    expect(periodUnder('2023-02-28', 'third')).toBe('2023m02c');
    expect(periodUnder('2023-12-31', 'third')).toBe('2023m12c');
  });

  it('keeps a year whole up to the limit, then splits it into quarters, then months, then thirds of months', () => {
    expect(splitOfYear(dates(2023, [1, 6, 11], 250))).toBe('year');
    expect(splitOfYear(dates(2023, [1, 6, 11], 251))).toBe('quarter');
    expect(splitOfYear(dates(2023, [1, 4, 7, 10], 1000))).toBe('quarter'); // 250 a quarter
    expect(splitOfYear(dates(2023, [1, 4, 7, 10], 1001))).toBe('third'); // q1 and January both hold 251
    expect(splitOfYear(dates(2023, [1, 2, 4, 7, 10], 1000))).toBe('month'); // q1 holds 400
    expect(splitOfYear(dates(2023, [3, 4, 5, 6], 1000))).toBe('month'); // 250 a month
    expect(splitOfYear(dates(2023, [3], 5000))).toBe('third'); // thirds are never split further
    expect(splitOfYear([])).toBe('year');
  });

  it('decides each year from its own articles: a busy year is split, a quiet one stays whole', () => {
    const archive = [...dates(2013, [5], 40), ...dates(2022, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 900), ...dates(2023, [1, 2], 600)];
    const periodOf = periodsFor(archive);
    expect(periodOf('2013-05-02')).toBe('2013');
    expect(periodOf('2022-05-02')).toBe('2022q2');
    expect(periodOf('2023-02-24')).toBe('2023m02c'); // 300 pages a month: thirds
    expect(new Set(archive.map(periodOf))).toEqual(new Set(['2013', '2022q1', '2022q2', '2022q3', '2022q4', '2023m01a', '2023m01b', '2023m01c', '2023m02a', '2023m02b', '2023m02c']));
  });

  it('takes the limit it is given (the bench tries others)', () => {
    expect(periodsFor(dates(2023, [1, 7], 20), 10)('2023-07-01')).toBe('2023q3');
    expect(periodsFor(dates(2023, [1, 7], 20), 20)('2023-07-01')).toBe('2023');
  });

  it('refuses a date it cannot file, naming it', () => {
    expect(() => periodsFor(['2023-13-01'])).toThrow('"2023-13-01" is not a date (YYYY-MM-DD): every indexed page needs one to be filed under a period.');
    expect(() => periodsFor(['2023-02-24'])('24/02/2023')).toThrow('"24/02/2023" is not a date');
  });

  it('says when a period starts, for the status line ("since …"): a quarter starts with its first month', () => {
    expect(periodStartLabel('2023')).toBe('2023 年');
    expect(periodStartLabel('2023q2')).toBe('2023 年 4 月');
    expect(periodStartLabel('2023m02a')).toBe('2023 年 2 月');
    expect(periodStartLabel('2023m02b')).toBe('2023 年 2 月 11 日');
    expect(periodStartLabel('2023m12c')).toBe('2023 年 12 月 21 日');
    expect(periodStartLabel('2023q1')).toBe('2023 年 1 月');
    expect(periodStartLabel('2023m02')).toBe('2023 年 2 月');
    expect(periodStartLabel('2023m12')).toBe('2023 年 12 月');
  });
});
