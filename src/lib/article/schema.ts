import { z } from 'astro/zod';
import { variants, type Script } from '../site/variants.ts';
import { findDamage } from './damage.ts';

/** The scripts an article can be written in, derived from the variants list. */
export const scripts = [...new Set(variants.map((v) => v.script))] as [Script, ...Script[]];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns true when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date in frontmatter. Our own check reads YAML without timestamp parsing,
 * so 2023-02-30 arrives as a string and is refused instead of rolling over to
 * 2 March; Astro's YAML parser hands over a Date, which is accepted as is.
 */
const isoDate = z
  .union([z.date(), z.string()], {
    error: 'must be a date written as YYYY-MM-DD, for example 2023-02-24',
  })
  .refine((value) => (value instanceof Date ? !Number.isNaN(value.getTime()) : isCalendarDate(value)), {
    error: 'is not a real calendar date: write YYYY-MM-DD with a month 01–12 and a day that exists in that month',
  })
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

/** Text a reader sees: never empty, never carrying scraping damage. */
const cleanText = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .superRefine((value, ctx) => {
    for (const damage of findDamage(value)) {
      ctx.addIssue({ code: 'custom', message: `contains ${damage.what} «${damage.text}»: ${damage.fix}` });
    }
  });

export const authorRoles = ['text', 'photo', 'editor', 'video', 'translator'] as const;

const author = z.object(
  {
    name: cleanText,
    role: z.enum(authorRoles, { error: `must be one of: ${authorRoles.join(', ')}` }),
    /**
     * The source lost part of this name (our seed's byline reads 姜?dú)g). We
     * publish the part we know and say that the rest is missing; we never guess.
     */
    incomplete: z.boolean().optional(),
  },
  { error: 'must be an author: { name, role }' },
);

export const entityTypes = ['person', 'organization', 'place', 'group'] as const;
export const storyRoles = ['recipient', 'presenter', 'attendee', 'host', 'organizer', 'mentioned'] as const;

const storyRole = z
  .object({
    role: z.enum(storyRoles, { error: `must be one of: ${storyRoles.join(', ')}` }),
    /** The title or award received, for recipients. */
    award: cleanText.optional(),
  })
  .refine((value) => value.role !== 'recipient' || value.award !== undefined, {
    error: 'a recipient needs the award it received: add `award: …`',
    path: ['award'],
  });

const entity = z
  .object({
    id: z.string({ error: 'must be a stable ASCII id' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be lower-case ASCII words joined by hyphens, for example qian-junjun',
    }),
    name: cleanText,
    type: z.enum(entityTypes, { error: `must be one of: ${entityTypes.join(', ')}` }),
    /** Other names, such as full official names (长沙经济技术开发区 for 长沙经开区). */
    aliases: z.array(cleanText).default([]),
    /** Positions or titles held, as the article gives them. */
    positions: z.array(cleanText).default([]),
    /** For a group of unnamed members: how many, and the measure word (7 家, 2 个). */
    count: z.number().int().positive().optional(),
    unit: cleanText.optional(),
    roles: z.array(storyRole).min(1, { error: 'needs at least one role in this story, for example - role: mentioned' }),
  })
  .refine((value) => value.type !== 'group' || (value.count !== undefined && value.unit !== undefined), {
    error: 'a group needs `count` (a whole number) and `unit` (its measure word, such as 家 or 个)',
    path: ['count'],
  });

const override = z.object(
  Object.fromEntries(scripts.map((script) => [script, cleanText])) as Record<Script, typeof cleanText>,
  { error: `must give the term in every script: ${scripts.join(', ')}` },
);

/**
 * A photo file beside the article, as our own check reads it: a relative path
 * to an image Astro can optimise. Astro's collection schema reads the same
 * field through `image()`, which imports the file.
 */
const photoPath = z
  .string({ error: 'must be the path of an image file beside the article, for example ./lead.jpg' })
  .regex(/^\.{1,2}\/[^\s]+\.(?:jpe?g|png|webp|avif|tiff?|gif)$/i, {
    error: 'must be a relative path to a JPEG, PNG, WebP, AVIF, TIFF or GIF file beside the article, for example ./lead.jpg',
  });

/**
 * Returns the frontmatter schema with `image.src` read by `src`: a checked
 * path for our own check, Astro's `image()` for the collection.
 */
export function articleSchemaWith<Src extends z.ZodType>(src: Src) {
  return z
    .object({
      title: cleanText,
      summary: cleanText.optional(),
      date: isoDate,
      /** When the story happened, if not the day it was published. */
      eventDate: isoDate.optional(),
      updated: isoDate.optional(),
      script: z.enum(scripts, { error: `must be the script the body is written in: ${scripts.join(' or ')}` }),
      source: z.object(
        {
          name: cleanText,
          url: z.url({ error: 'must be a full URL starting with https://' }).optional(),
        },
        { error: 'must name the publication: source: { name: … }' },
      ),
      authors: z.array(author, { error: 'must be a list of authors' }).min(1, { error: 'needs at least one author' }),
      imported: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
      overrides: z.array(override).default([]),
      entities: z.array(entity, { error: 'must be a list of entities' }).default([]),
      /** The lead photo: a file beside the article, described for readers who cannot see it, and credited. */
      image: z
        .object(
          {
            src,
            alt: cleanText,
            caption: cleanText,
            credit: cleanText,
          },
          { error: 'must describe the lead photo: image: { src: ./lead.jpg, alt: …, caption: …, credit: … }' },
        )
        .optional(),
    })
    .superRefine((value, ctx) => {
      const seen = new Set<string>();
      value.entities.forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: ['entities', index, 'id'], message: `repeats id "${item.id}": each entity once` });
        }
        seen.add(item.id);
      });
    });
}

/** The frontmatter of an article, as editors write it (the photo as a path). */
export const articleSchema = articleSchemaWith(photoPath);

/** The lead photo of an article: `src` is a path to our check and imported image metadata to pages. */
export type LeadImage = Omit<NonNullable<z.output<typeof articleSchema>['image']>, 'src'> & { src: unknown };

/** An article's frontmatter, whichever way its photo was read. */
export type ArticleData = Omit<z.output<typeof articleSchema>, 'image'> & { image?: LeadImage | undefined };
export type Entity = ArticleData['entities'][number];
export type Author = ArticleData['authors'][number];
export type EntityType = (typeof entityTypes)[number];
export type StoryRole = (typeof storyRoles)[number];
