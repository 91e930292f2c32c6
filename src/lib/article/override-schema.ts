import { z } from 'astro/zod';
import { scriptName, scripts, type Script } from '../site/variants.ts';
import { limits, plainText } from './fields.ts';
import { strictFields } from './friendly-issues.ts';

/**
 * One schema for a conversion override, whether it comes from an article's
 * `overrides:` or from content/glossary.yaml: the same fields, the same value
 * rules, the same refusal of repeats. A form is plain text: the converter
 * escapes it wherever it lands, so `<`, `>` and `&` show as written.
 */

/** Returns the schema of one form of a term: the term alone, as `script` shows it. */
function termForm(script: Script) {
  return z
    .string({ error: `must be the ${scriptName(script)} form as text, written alone after \`${script}: \``})
    .pipe(plainText({ max: limits.term, exact: true }));
}

const fields = [...scripts, 'note'];

/** One override: a form per script, and an optional note for the next editor. */
export const overrideSchema = z.strictObject(
  {
    ...(Object.fromEntries(scripts.map((script) => [script, termForm(script)])) as Record<Script, ReturnType<typeof termForm>>),
    /** Why the entry exists; never published. */
    note: z
      .string({ error: 'must be text explaining why the entry exists' })
      .pipe(plainText({ max: limits.note, lineBreaks: true }))
      .optional(),
  },
  strictFields(fields, `must give the term in every script, like this: { ${scripts.map((s) => `${s}: …`).join(', ')} }`),
);

/**
 * A name or term shown exactly as written in every script, untouched by
 * OpenCC: wherever the source-script form appears, the target variant shows
 * the form of its own script. One field per script of the variants list. The
 * converter reads this type; the article contract defines it.
 */
export type Override = Readonly<Record<Script, string>> & { readonly note?: string | undefined };

/**
 * A list of overrides. A term given twice is refused: with the same forms it
 * is noise, with different ones text in that script could not tell them apart.
 */
export const overrideListSchema = z.array(overrideSchema, { error: 'must be a list of entries, each starting with "- "' }).superRefine((list, ctx) => {
  const first = new Map<string, Override>();
  list.forEach((override, index) => {
    for (const script of scripts) {
      const key = `${script}\u0000${override[script]}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, override);
        continue;
      }
      const differing = scripts.filter((other) => earlier[other] !== override[other]);
      ctx.addIssue({
        code: 'custom',
        path: [index, script],
        message:
          differing.length === 0
            ? `repeats the entry for "${override[script]}" given above: remove one of them`
            : `"${override[script]}" is already an entry above with another ${differing.join('/')} form, so text written in ${script} could not tell them apart: keep one entry`,
      });
      break;
    }
  });
});
