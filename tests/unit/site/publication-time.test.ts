import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/article/schema.ts';
import { formatPublished, isoDateTime, isTimeZone } from '../../../src/lib/site/publication-time.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';

const hant = getVariant('hant');
const hans = getVariant('hans');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the time of publication', () => {
  it('is written with its zone in each script’s wording', () => {
    const published = { date: day('2023-02-24'), time: '09:30', timeZone: 'Asia/Shanghai' };
    expect(formatPublished(published, hant)).toBe('2023年2月24日 09:30（北京時間）');
    expect(formatPublished(published, hans)).toBe('2023年2月24日 09:30（北京时间）');
    expect(formatPublished({ ...published, timeZone: 'Asia/Taipei' }, hant)).toBe('2023年2月24日 09:30（臺灣時間）');
    expect(formatPublished({ ...published, timeZone: 'Asia/Hong_Kong' }, hans)).toBe('2023年2月24日 09:30（香港时间）');
  });

  it('names a zone without a Chinese name by its offset, that day’s (summer time included)', () => {
    expect(formatPublished({ date: day('2024-01-15'), time: '18:05', timeZone: 'America/New_York' }, hant)).toBe('2024年1月15日 18:05（UTC−05:00）');
    expect(formatPublished({ date: day('2024-07-15'), time: '18:05', timeZone: 'America/New_York' }, hant)).toBe('2024年7月15日 18:05（UTC−04:00）');
  });

  it('is given to machines with its offset', () => {
    expect(isoDateTime({ date: day('2023-02-24'), time: '09:30', timeZone: 'Asia/Shanghai' })).toBe('2023-02-24T09:30:00+08:00');
    expect(isoDateTime({ date: day('2024-07-15'), time: '23:59', timeZone: 'Europe/London' })).toBe('2024-07-15T23:59:00+01:00');
    expect(isoDateTime({ date: day('2024-01-15'), time: '00:00', timeZone: 'UTC' })).toBe('2024-01-15T00:00:00+00:00');
  });

  it('knows zones by their IANA names only', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Asia/Beijing')).toBe(false);
    expect(isTimeZone('CST')).toBe(false);
    expect(isTimeZone('+08:00')).toBe(false);
  });
});

describe('time and timeZone in frontmatter', () => {
  const base = { title: '标题', date: '2023-02-24', script: 'hans', source: { name: '中国质量万里行' }, authors: [{ name: '黄星星', role: 'text' }] };
  const issues = (extra: Record<string, unknown>) => {
    const result = articleSchema.safeParse({ ...base, ...extra });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('are optional, and taken together', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ time: '09:30', timeZone: 'Asia/Shanghai' })).toEqual([]);
  });

  it('are refused alone, or written some other way, saying what to write', () => {
    expect(issues({ time: '09:30' })).toEqual(['timeZone: is needed with time: name the zone of the source’s clock, for example timeZone: Asia/Shanghai']);
    expect(issues({ timeZone: 'Asia/Shanghai' })).toEqual(['time: is needed with timeZone: the time of publication, for example time: "09:30"']);
    expect(issues({ time: '9:30', timeZone: 'Asia/Shanghai' })).toEqual(['time: must be a time of day, 24-hour, in quotes: time: "09:30"']);
    expect(issues({ time: 570, timeZone: 'Asia/Shanghai' })).toEqual(['time: must be a time of day in quotes, 24-hour: time: "09:30"']);
    expect(issues({ time: '09:30', timeZone: 'Beijing' })).toEqual(['timeZone: is not a time zone: write its IANA name, for example Asia/Shanghai, Asia/Taipei or Asia/Hong_Kong']);
  });
});
