import type { NeedsPerson } from '../needs-person.ts';
import { characterCount, formatPosition } from '../source-text.ts';
import { describeDamage, type Damage } from './find-damage.ts';
import type { AuthorRole, BylineName } from './credit-grammar.ts';
import { removePinyin, type PinyinEvidence } from './remove-pinyin.ts';

/** An author as the importer writes it: a damaged name keeps its known part and says it is incomplete. */
export interface DraftAuthor {
  readonly name: string;
  readonly role: AuthorRole;
  readonly incomplete?: true;
}

/** Authors read from the byline, what needs a person, and which damage that accounts for. */
export interface SalvageResult {
  readonly authors: DraftAuthor[];
  readonly needsPerson: NeedsPerson[];
  /** Damage inside byline names, already reported through the author it hurt. */
  readonly accountedFor: Damage[];
  readonly pinyinRemoved: number;
  /** Each annotation removed from a name, with the raw line it was on. */
  readonly pinyinNotes: readonly { readonly line: number; readonly text: string }[];
}

const WHOLE_HAN_NAME = /^[\p{Script=Han}·・•]+$/u;
const WHOLE_LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}.'’-]*(?: \p{Script=Latin}[\p{Script=Latin}.'’-]*)*$/u;
const HAN_PREFIX = /^[\p{Script=Han}·・•]*/u;

/**
 * Returns the byline's authors. A name with damage in it (`姜?dú)g`) keeps only
 * the characters before the damage and is marked incomplete; the garbage is
 * never written and the rest of the name is never guessed.
 */
export function salvageAuthors(byline: readonly BylineName[], damage: readonly Damage[], evidence?: PinyinEvidence): SalvageResult {
  const authors: DraftAuthor[] = [];
  const needsPerson: NeedsPerson[] = [];
  const accountedFor: Damage[] = [];
  let pinyinRemoved = 0;
  const pinyinNotes: { line: number; text: string }[] = [];

  byline.forEach(({ role, name }, index) => {
    const end = name.column + characterCount(name.text);
    const hurt = damage.filter((d) => d.line === name.line && d.column >= name.column && d.column < end);
    accountedFor.push(...hurt);
    const pinyin = removePinyin(name.text, evidence);
    pinyinRemoved += pinyin.removed;
    pinyinNotes.push(...pinyin.removedNotes.map((text) => ({ line: name.line, text })));
    const text = pinyin.text;
    if (hurt.length === 0 && (WHOLE_HAN_NAME.test(text) || WHOLE_LATIN_NAME.test(text))) {
      authors.push({ name: text, role });
      return;
    }

    const kept = HAN_PREFIX.exec(text)?.[0] ?? '';
    const first = hurt[0] ?? { line: name.line, column: name.column + characterCount(kept) };
    const spots = hurt.map((d) => `${describeDamage(d)} (${formatPosition(d)})`).join(' and ') || `«${text.slice(kept.length)}», which is no name`;
    const problem = `name ${index + 1} (role ${role}) is damaged: raw «${name.text}» has ${spots}`;
    if (kept === '') {
      needsPerson.push({
        line: first.line,
        column: first.column,
        where: 'byline',
        problem,
        kept: 'nothing: this author is left out',
        todo: 'add the author from the original publication, or leave them out if they cannot be found; never guess',
      });
      return;
    }
    authors.push({ name: kept, role, incomplete: true });
    needsPerson.push({
      line: first.line,
      column: first.column,
      where: 'byline',
      problem,
      kept: `${kept}, marked \`incomplete: true\`; missing: one or more characters after ${kept}`,
      todo: 'find the full name in the original publication and complete it (then drop `incomplete`); never guess',
    });
  });
  return { authors, needsPerson, accountedFor, pinyinRemoved, pinyinNotes };
}
