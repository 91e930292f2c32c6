import { z } from 'astro/zod';
import { photoPathRefusal } from './photo-path.ts';
import { isCalendarDate } from '../site/dates.ts';
import type { WordedAuthorRole, WordedEntityType, WordedStoryRole } from '../site/ui.ts';
import { isTimeZone, timePattern } from '../site/publication-time.ts';
import { urlIdPattern, type EntityListing } from '../site/urls.ts';
import { scripts } from '../site/variants.ts';
import { httpUrl, limits, plainText } from './fields.ts';
import { strictFields } from './friendly-issues.ts';
import { overrideListSchema } from './override-schema.ts';

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

// reporter (记者), correspondent (通讯员), intern (实习生) and proofreader (校对)
// are how Chinese papers credit their staff; the importer reads them from bylines.
// `satisfies`: every role has its byline label in the one dictionary (src/lib/site/ui.ts).
export const authorRoles = ['text', 'photo', 'editor', 'video', 'translator', 'reporter', 'correspondent', 'intern', 'proofreader'] as const satisfies readonly WordedAuthorRole[];

const name = plainText({ max: limits.name });

const author = z.strictObject(
  {
    name,
    role: z.enum(authorRoles, { error: `must be one of: ${authorRoles.join(', ')}` }),
    /**
     * The source lost part of this name (our seed's byline reads 姜?dú)g). We
     * publish the part we know and say that the rest is missing; we never guess.
     */
    incomplete: z.boolean({ error: 'must be true or false' }).optional(),
  },
  strictFields(['name', 'role', 'incomplete'], 'must be an author: { name, role }'),
);

/** A credit that names no person: 图/本报资料图, 受访者供图, 新华社发. */
const credit = z.strictObject(
  {
    name,
    role: z.enum(authorRoles, { error: `must be one of: ${authorRoles.join(', ')}` }),
  },
  strictFields(['name', 'role'], 'must be a credit: { name, role }'),
);

// `satisfies`: every type and role has its label (src/lib/site/ui.ts) and every type its listing address (urls.ts).
export const entityTypes = ['person', 'organization', 'place', 'group'] as const satisfies readonly (WordedEntityType & EntityListing)[];
export const storyRoles = ['recipient', 'presenter', 'attendee', 'host', 'organizer', 'mentioned'] as const satisfies readonly WordedStoryRole[];

const storyRole = z
  .strictObject(
    {
      role: z.enum(storyRoles, { error: `must be one of: ${storyRoles.join(', ')}` }),
      /** The title or award received, for recipients. */
      award: plainText({ max: limits.award }).optional(),
    },
    strictFields(['role', 'award'], 'must be a role: { role: …, award: … }'),
  )
  .refine((value) => value.role !== 'recipient' || value.award !== undefined, {
    error: 'a recipient needs the award it received: add `award: …`',
    path: ['award'],
  });

const entityFields = ['id', 'name', 'type', 'aliases', 'positions', 'count', 'unit', 'roles'];

const entity = z
  .strictObject(
    {
      id: z
        .string({ error: 'must be a stable ASCII id' })
        .max(limits.id, { error: `is longer than ${limits.id} characters: use a few words` })
        .regex(urlIdPattern, {
          error: 'must be lower-case ASCII words joined by hyphens, for example qian-junjun',
        }),
      name,
      type: z.enum(entityTypes, { error: `must be one of: ${entityTypes.join(', ')}` }),
      /** Other names, such as full official names (长沙经济技术开发区 for 长沙经开区). */
      aliases: z.array(name, { error: 'must be a list of names: [长沙经济技术开发区]' }).default([]),
      /** Positions or titles held, as the article gives them. */
      positions: z.array(plainText({ max: limits.position }), { error: 'must be a list of titles: [副局长]' }).default([]),
      /** For a group of unnamed members: how many, and the measure word (7 家, 2 个). */
      count: z.number({ error: 'must be a whole number, for example 7' }).int({ error: 'must be a whole number, for example 7' }).positive({ error: 'must be 1 or more' }).optional(),
      unit: plainText({ max: limits.unit }).optional(),
      roles: z.array(storyRole, { error: 'must be a list of roles' }).min(1, { error: 'needs at least one role in this story, for example - role: mentioned' }),
    },
    strictFields(entityFields, 'must be an entity: { id, name, type, roles }'),
  )
  .refine((value) => value.type !== 'group' || (value.count !== undefined && value.unit !== undefined), {
    error: 'a group needs `count` (a whole number) and `unit` (its measure word, such as 家 or 个)',
    path: ['count'],
  });

/**
 * A photo file beside the article, as our own check reads it: a path held to
 * the same rules as a photo in the body (`photo-path.ts`); the loader then
 * checks the file itself. Astro's collection schema reads the same field
 * through `image()`, which imports the file, and the import is answered only
 * with the checked copy (`src/integrations/article-photos.ts`).
 */
const photoPath = z.string({ error: 'must be the path of an image file beside the article, for example ./lead.jpg' }).superRefine((src, ctx) => {
  const refusal = photoPathRefusal(src);
  if (refusal) ctx.addIssue({ code: 'custom', message: refusal.message });
});

/** The frontmatter of an article, as editors write it. */
const articleFields = ['title', 'summary', 'date', 'time', 'timeZone', 'eventDate', 'updated', 'script', 'source', 'authors', 'credits', 'imported', 'overrides', 'entities', 'image'];

/**
 * Returns the frontmatter schema with `image.src` read by `src`: a checked
 * path for our own check, Astro's `image()` for the collection.
 */
export function articleSchemaWith<Src extends z.ZodType>(src: Src) {
  return z
    .strictObject({
      title: plainText({ max: limits.title }),
      summary: plainText({ max: limits.summary }).optional(),
      date: isoDate,
      /** The time of publication, when the source gives one, with the zone its clock was in. */
      time: z.string({ error: 'must be a time of day in quotes, 24-hour: time: "09:30"' }).regex(timePattern, { error: 'must be a time of day, 24-hour, in quotes: time: "09:30"' }).optional(),
      timeZone: z.string({ error: 'must be a time zone by its IANA name: timeZone: Asia/Shanghai' }).refine(isTimeZone, { error: 'is not a time zone: write its IANA name, for example Asia/Shanghai, Asia/Taipei or Asia/Hong_Kong' }).optional(),
      /** When the story happened, if not the day it was published. */
      eventDate: isoDate.optional(),
      updated: isoDate.optional(),
      script: z.enum(scripts, { error: `must be the script the body is written in: ${scripts.join(' or ')}` }),
      source: z.strictObject(
        {
          name,
          url: httpUrl.optional(),
        },
        strictFields(['name', 'url'], 'must name the publication: source: { name: … }'),
      ),
      authors: z.array(author, { error: 'must be a list of authors' }).min(1, { error: 'needs at least one author' }),
      credits: z.array(credit, { error: 'must be a list of credits' }).default([]),
      imported: z
        .strictObject(
          {
            file: plainText({ max: limits.file }),
            sha256: z.string({ error: 'must be the sha256 the importer wrote' }).regex(/^[0-9a-f]{64}$/, { error: 'must be the sha256 the importer wrote (64 hex digits)' }),
          },
          strictFields(['file', 'sha256'], 'is written by the importer: { file, sha256 }'),
        )
        .optional(),
      overrides: overrideListSchema.default([]),
      entities: z.array(entity, { error: 'must be a list of entities' }).default([]),
      /** The lead photo: a file beside the article, described for readers who cannot see it, and credited. */
      image: z
        .strictObject(
          {
            src,
            alt: plainText({ max: limits.summary }),
            caption: plainText({ max: limits.summary }),
            credit: name,
          },
          strictFields(['src', 'alt', 'caption', 'credit'], 'must describe the lead photo: image: { src: ./lead.jpg, alt: …, caption: …, credit: … }'),
        )
        .optional(),
    }, strictFields(articleFields, 'must be a set of `field: value` lines'))
    .superRefine((value, ctx) => {
      // A time read without its zone is an hour a reader cannot place.
      if (value.time !== undefined && value.timeZone === undefined) ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'is needed with time: name the zone of the source’s clock, for example timeZone: Asia/Shanghai' });
      if (value.timeZone !== undefined && value.time === undefined) ctx.addIssue({ code: 'custom', path: ['time'], message: 'is needed with timeZone: the time of publication, for example time: "09:30"' });
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
