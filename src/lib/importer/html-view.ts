/**
 * The import seen in a browser: the scrape beside the article, every repair
 * and every decision a person should check marked where it happened, and the
 * Simplified text beside the Traditional one the site will publish, with each
 * character OpenCC converts more than one way highlighted. The scrape is
 * untrusted: every value reaches the page through the one escaping function,
 * and characters the contract does not keep are shown by name, never raw.
 */
import { characterFate, codePointLabel } from '../article/characters.ts';
import { conversionAlternatives } from '../convert/alternatives.ts';
import { escapeHtml } from '../html/escape.ts';
import type { ImportResult } from './pipeline.ts';
import { repairRows } from './report.ts';
import { splitSourceLines } from './source-text.ts';

/** What the view needs besides the import: the site's own Traditional conversion, and where the article was written. */
export interface ImportViewOptions {
  /** Returns Simplified text as the Traditional pages will show it (the site's localizer: phrases, house vocabulary, glossary). */
  readonly toTraditional: (text: string) => string;
  /** The MDX file written, if one was. */
  readonly written?: string | undefined;
}

type MarkKind = 'needs' | 'removed' | 'moved' | 'unused' | 'repaired';

interface Mark {
  readonly kind: MarkKind;
  /** 1-based column and length, in characters. */
  readonly column: number;
  readonly length: number;
  readonly note: string;
}

const KIND_LABEL: Record<MarkKind, string> = {
  needs: 'needs a person',
  removed: 'removed',
  moved: 'moved out of the body into the frontmatter',
  unused: 'header text not used',
  repaired: 'repaired',
};

/** Returns one character as the page shows it: itself, or `[U+200B]` for a character the contract removes or refuses. */
function visible(char: string): string {
  return characterFate(char) === 'kept' ? char : `[${codePointLabel(char.codePointAt(0) ?? 0).split(' ')[0]}]`;
}

/** Returns text for HTML: characters the contract does not keep named, then escaped. */
function text(value: string): string {
  return escapeHtml([...value].map(visible).join(''));
}

/** Returns a raw line with its marks as <mark> elements, each titled with what happened there. */
function markedLine(line: string, marks: readonly Mark[]): string {
  const chars = [...line];
  const at: (Mark | undefined)[] = chars.map(() => undefined);
  for (const mark of marks) {
    for (let index = mark.column - 1; index < Math.min(chars.length, mark.column - 1 + Math.max(1, mark.length)); index += 1) at[index] ??= mark;
  }
  let html = '';
  let index = 0;
  while (index < chars.length) {
    const mark = at[index];
    let end = index + 1;
    while (end < chars.length && at[end] === mark) end += 1;
    const piece = text(chars.slice(index, end).join(''));
    html += mark ? `<mark class="${mark.kind}" title="${escapeHtml(`${KIND_LABEL[mark.kind]}: ${mark.note}`)}">${piece}</mark>` : piece;
    index = end;
  }
  // A mark past the end of the line (a character removed at its end) still shows.
  for (const mark of marks.filter((m) => m.column > chars.length)) html += `<mark class="${mark.kind}" title="${escapeHtml(`${KIND_LABEL[mark.kind]}: ${mark.note}`)}">␣</mark>`;
  return html;
}

/** Returns Simplified text with the characters that convert more than one way highlighted, and its Traditional form the same way. */
function scriptPair(simplified: string, traditional: string): [string, string] {
  const a = [...simplified];
  const b = [...traditional];
  const aligned = a.length === b.length;
  let left = '';
  let right = '';
  a.forEach((char, index) => {
    const forms = conversionAlternatives(char);
    const shown = aligned ? (b[index] ?? '') : '';
    if (forms) {
      const title = escapeHtml(`${char} converts more than one way (${forms.join(' ')}); the page shows ${shown || 'the phrase’s form'}. If that is wrong here, add an override.`);
      left += `<mark class="alt" title="${title}">${text(char)}</mark>`;
      if (aligned) right += `<mark class="alt" title="${title}">${text(shown)}</mark>`;
    } else {
      left += text(char);
      if (aligned) right += text(shown);
    }
  });
  return [left, aligned ? right : text(traditional)];
}

const STYLE = `
body{font:16px/1.6 system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;margin:0 auto;max-width:90rem;padding:1rem 2rem;color:#1a1a1a;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:2rem}
ol.raw{list-style:none;padding:0;font-family:ui-monospace,"Noto Sans Mono CJK SC",monospace;font-size:.9rem}
ol.raw>li{display:grid;grid-template-columns:3rem 1fr;border-top:1px solid #eee;padding:.2rem 0}
ol.raw .n{color:#777;text-align:right;padding-right:.6rem}
ol.raw .notes{grid-column:2;margin:.2rem 0 0;padding-left:1rem;font-family:system-ui,sans-serif;font-size:.8rem;color:#444}
li.title .line{font-weight:bold}li.gone .line{text-decoration:line-through;color:#777}
mark{border-radius:2px;padding:0 1px}
mark.needs{background:#ffd6d6;outline:2px solid #c00}mark.removed{background:#e6e6e6;text-decoration:line-through}
mark.moved{background:#d9ecff}mark.unused{background:#f2e6ff}mark.repaired{background:#d8f5d0}mark.alt{background:#fff1a8}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}
.blocks{color:#c00;font-weight:bold}.key span{margin-right:1rem}
`;

/**
 * Returns the HTML page of one import: needs a person, still to curate, the
 * scrape beside the article with every repair and decision marked, the two
 * scripts side by side, and the repair lists. Nothing of the scrape is markup.
 */
export function renderImportView(result: ImportResult, options: ImportViewOptions): string {
  const { article, report } = result;
  const lines = splitSourceLines(result.sourceText);
  const marks = new Map<number, Mark[]>();
  // Per line, what happened there, grouped by kind: «pinyin removed: 監(jiān) 業(yè)».
  const notes = new Map<number, Map<string, string[]>>();
  const mark = (line: number, m: Mark) => marks.set(line, [...(marks.get(line) ?? []), m]);
  const note = (line: number, kind: string, item: string) => {
    const kinds = notes.get(line) ?? new Map<string, string[]>();
    kinds.set(kind, [...(kinds.get(kind) ?? []), item]);
    notes.set(line, kinds);
  };
  const length = (value: string) => [...value].length;

  for (const item of report.needsPerson) mark(item.line, { kind: 'needs', column: item.column, length: 1, note: `${item.where}: ${item.problem}` });
  for (const piece of report.chromeRemoved) mark(piece.line, { kind: 'removed', column: piece.column, length: length(piece.text), note: 'site chrome or page furniture' });
  for (const piece of report.creditsMoved) mark(piece.line, { kind: 'moved', column: piece.column, length: length(piece.text), note: 'credits, print edition or end mark' });
  for (const piece of report.headerUnused) mark(piece.line, { kind: 'unused', column: piece.column, length: length(piece.text), note: 'a second date, an edition, a dispatch place or a word of furniture' });
  for (const repair of report.controlsRemoved) mark(repair.line, { kind: 'removed', column: repair.column, length: 1, note: repair.was });
  for (const repair of report.entitiesDecoded) mark(repair.line, { kind: 'repaired', column: repair.column, length: length(repair.was), note: `${repair.was} decoded as «${repair.now}»` });
  for (const item of report.needsPerson) note(item.line, `${item.blocksBuild ? 'STOPS THE BUILD, ' : ''}needs a person (${item.where})`, `${item.problem}. To do: ${item.todo}.`);
  for (const piece of report.pinyinNotes) if (piece.line > 0) note(piece.line, 'pinyin removed', piece.text);
  for (const change of report.scriptChanges) for (const line of change.lines) note(line, 'converted to Simplified', `${change.from}→${change.to}`);
  for (const [markName, perLine] of Object.entries(report.punctuationLines)) for (const entry of perLine ?? []) note(entry.line, 'punctuation made full-width', `${markName} ×${entry.count}`);
  const gone = new Set(report.chromeRemoved.filter((piece) => length(piece.text) === length((lines[piece.line - 1]?.text ?? '').trim())).map((piece) => piece.line));

  const rawList = lines
    .map((span) => {
      const lineNotes = [...(notes.get(span.line) ?? [])].map(([kind, items]) => `${kind}: ${[...new Set(items)].join(' ')}`);
      const classes = [span.line === result.titleLine ? 'title' : '', gone.has(span.line) ? 'gone' : ''].filter(Boolean).join(' ');
      return (
        `<li id="raw-${span.line}"${classes ? ` class="${classes}"` : ''}><span class="n">${span.line}</span><span class="line">${markedLine(span.text, marks.get(span.line) ?? [])}</span>` +
        (lineNotes.length > 0 ? `<ul class="notes">${lineNotes.map((n) => `<li>${text(n)}</li>`).join('')}</ul>` : '') +
        '</li>'
      );
    })
    .join('\n');

  const credits = [...article.authors.map((a) => `${a.role}: ${a.name}${a.incomplete ? '□ (incomplete)' : ''}`), ...(article.credits ?? []).map((c) => `${c.role}: ${c.name} (credit)`)];
  const paragraphs = result.paragraphs
    .map((paragraph, index) => {
      const line = result.paragraphLines[index];
      return `<p>${line === undefined ? '' : `<a href="#raw-${line}">line ${line}</a> `}${text(paragraph)}</p>`;
    })
    .join('\n');

  const pairs = [['title', article.title] as const, ...result.paragraphs.map((p, i) => [`paragraph ${i + 1}`, p] as const)]
    .map(([where, simplified]) => {
      const [left, right] = scriptPair(simplified, options.toTraditional(simplified));
      return `<tr><th scope="row">${text(where)}</th><td lang="zh-Hans">${left}</td><td lang="zh-Hant">${right}</td></tr>`;
    })
    .join('\n');

  const blocking = report.needsPerson.filter((item) => item.blocksBuild).length;
  const needs =
    report.needsPerson.length === 0
      ? '<p>Nothing.</p>'
      : `<ol>${report.needsPerson
          .map(
            (item) =>
              `<li><a href="#raw-${item.line}">${item.line}:${item.column}</a> ${item.blocksBuild ? '<span class="blocks">stops the build</span> ' : ''}<strong>${text(item.where)}</strong>: ${text(item.problem)}.<br>Kept: ${text(item.kept)}.<br>To do: ${text(item.todo)}.</li>`,
          )
          .join('\n')}</ol>`;
  const rows = repairRows(report);
  const repairs = rows
    .map((row) => `<li>${row.count} ${text(row.label)}${row.list.length > 0 ? `<ul>${row.list.map((entry) => `<li>${text(entry)}</li>`).join('')}</ul>` : ''}</li>`)
    .join('\n');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(`Import of ${report.file}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${text(`Import of ${report.file}`)}</h1>
<p>${text(options.written ? `Written to ${options.written}.` : 'Nothing written.')} sha256 ${text(report.sha256)}, ${text(report.encoding)}${report.encodingNote ? `: ${text(report.encodingNote)}` : ''}.</p>
<p class="key">Marks: <span><mark class="needs">needs a person</mark></span><span><mark class="removed">removed</mark></span><span><mark class="moved">moved to the frontmatter</mark></span><span><mark class="unused">header text not used</mark></span><span><mark class="repaired">repaired</mark></span><span><mark class="alt">converts more than one way</mark></span> (hover a mark for what happened)</p>
<section><h2>${text(`Needs a person (${report.needsPerson.length}${blocking > 0 ? `, ${blocking} of them stop the build` : ''})`)}</h2>${needs}</section>
<section><h2>${text(`Still to curate (${report.toCurate.length})`)}</h2><ul>${report.toCurate.map((item) => `<li><code>${text(item.field)}</code>: ${text(item.todo)}.</li>`).join('')}</ul></section>
<section class="sides">
<div><h2>The scrape</h2><ol class="raw">
${rawList}
</ol></div>
<div><h2>The article</h2>
<dl><dt>title</dt><dd>${text(article.title)}</dd><dt>date</dt><dd>${text(article.date)}</dd><dt>source</dt><dd>${article.source ? text(article.source.name) : '<mark class="needs">none</mark>'}</dd><dt>authors and credits</dt><dd>${credits.length > 0 ? credits.map(text).join('<br>') : '<mark class="needs">none</mark>'}</dd></dl>
${paragraphs}
</div>
</section>
<section><h2>Simplified and Traditional</h2>
<p>The article is stored in Simplified; the Traditional pages are converted from it with the site's own phrases, house vocabulary and glossary. Highlighted: characters OpenCC converts more than one way (hover for the forms). Where the Traditional form is wrong for a name or term, add an override: <code>overrides: - { hans: …, hant: … }</code>.</p>
<table><thead><tr><th></th><th>简体 (stored)</th><th>繁體 (published)</th></tr></thead><tbody>
${pairs}
</tbody></table></section>
<section><h2>${text(`Repairs (${rows.reduce((sum, row) => sum + row.count, 0)} in all)`)}</h2><ul>${repairs}</ul></section>
</body>
</html>
`;
}
