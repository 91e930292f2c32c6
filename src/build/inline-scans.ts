import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BuiltPage } from '../lib/headers/built-headers.ts';
import { scanInlineContent, type InlineContent } from '../lib/headers/inline-content.ts';

/**
 * What each built page carries inline (src/lib/headers/inline-content.ts),
 * remembered from one build to the next by the sha256 of the page's bytes:
 * `_headers` needs the inline code of every page, and after publishing one
 * story nearly every page is the one the last build wrote. Kept in `file`,
 * for the code that scanned them (`code`, see code-digest.ts): other code
 * scans every page again.
 */
export interface InlineScans {
  /** Returns what `page` carries inline, scanning it only when no earlier build saw these bytes. */
  scan(page: BuiltPage): InlineContent;
  /** How many pages were scanned, and how many were remembered. */
  readonly counts: { scanned: number; remembered: number };
  /** Writes the scans of this build's pages (and only those: the file never outgrows the site). */
  save(): void;
}

/** Returns the scans kept in `file` by the same code, or none. */
function readScans(file: string, code: string): Map<string, InlineContent> {
  try {
    const saved = deserialize(readFileSync(file)) as { code: string; scans: [string, InlineContent][] };
    return saved.code === code ? new Map(saved.scans) : new Map();
  } catch {
    return new Map();
  }
}

/** Returns the inline scans of a build whose earlier scans are kept in `file`. */
export function inlineScans(file: string, code: string): InlineScans {
  const earlier = readScans(file, code);
  const used = new Map<string, InlineContent>();
  const counts = { scanned: 0, remembered: 0 };
  return {
    counts,
    scan(page) {
      const digest = createHash('sha256').update(page.html).digest('hex');
      let inline = used.get(digest) ?? earlier.get(digest);
      if (inline) counts.remembered += 1;
      else {
        inline = scanInlineContent(page.html);
        counts.scanned += 1;
      }
      used.set(digest, inline);
      return inline;
    },
    save() {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, serialize({ code, scans: [...used] }));
    },
  };
}
