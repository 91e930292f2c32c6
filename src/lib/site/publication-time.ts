import { fillMessage } from './fill-message.ts';
import { formatDate, isoDay } from './dates.ts';
import { ui, type UiKey } from './ui.ts';
import type { Variant } from './variants.ts';

/** A time of day as editors write it, 24-hour: 09:30. */
export const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Returns true when `zone` is a time zone the runtime knows by its IANA name (Asia/Shanghai). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** The publication time of a story, when its source gives one. */
export interface PublicationTime {
  date: Date;
  time: string;
  timeZone: string;
}

/** Returns the UTC offset of `timeZone` at an instant, as +08:00. */
function offsetAt(instant: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  // "GMT" alone is UTC; otherwise "GMT+08:00" or "GMT-03:30".
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** Returns the offset, in minutes, of an offset written +08:00. */
function minutesOf(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours = 0, minutes = 0] = offset.slice(1).split(':').map(Number);
  return sign * (hours * 60 + minutes);
}

/**
 * Returns the UTC offset the zone had at that wall-clock time on that day: the
 * offset at the instant the time would be in UTC, corrected once, which is
 * exact except inside the hour a clock skips or repeats.
 */
export function offsetOn(published: PublicationTime): string {
  const wall = new Date(`${isoDay(published.date)}T${published.time}:00Z`);
  const guess = offsetAt(wall, published.timeZone);
  return offsetAt(new Date(wall.getTime() - minutesOf(guess) * 60_000), published.timeZone);
}

/** Returns the publication time for `datetime` and JSON-LD: 2023-02-24T09:30:00+08:00. */
export function isoDateTime(published: PublicationTime): string {
  return `${isoDay(published.date)}T${published.time}:00${offsetOn(published)}`;
}

// Zones readers of Chinese news name in words; any other shows as its offset from UTC.
const zoneNames: Readonly<Record<string, UiKey>> = {
  'Asia/Shanghai': 'zone.Asia/Shanghai',
  'Asia/Taipei': 'zone.Asia/Taipei',
  'Asia/Hong_Kong': 'zone.Asia/Hong_Kong',
  'Asia/Macau': 'zone.Asia/Macau',
  'Asia/Singapore': 'zone.Asia/Singapore',
};

/** Returns the publication time in a variant's wording: 2023年2月24日 09:30（北京時間）, or （UTC−05:00） for a zone without a name here. */
export function formatPublished(published: PublicationTime, variant: Variant): string {
  const key = zoneNames[published.timeZone];
  const zone = key ? ui(variant, key) : `UTC${offsetOn(published).replace('-', '−')}`;
  return fillMessage(ui(variant, 'publishedAt'), { date: formatDate(published.date, variant), time: published.time, zone });
}
