import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, describe, expect, it } from 'vitest';
import { seedFile } from '../../../scripts/bench/seed.ts';
import { findUnusedOverrides } from '../../../src/lib/convert/converter.ts';
import { loadGlossary } from '../../../src/build/glossary-file.ts';
import { contentDirOf, glossaryFileOf } from '../../../src/build/content-files.ts';
import { scripts } from '../../../src/lib/site/variants.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'glossary-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let files = 0;
function glossaryFile(yaml: string): string {
  files += 1;
  const file = path.join(folder, `glossary-${files}.yaml`);
  writeFileSync(file, yaml);
  return file;
}

describe('content/glossary.yaml', () => {
  const glossary = loadGlossary(glossaryFileOf(contentDirOf('.')));

  it('loads, with every script form of every entry', () => {
    expect(glossary.length).toBeGreaterThan(0);
    for (const entry of glossary) for (const script of scripts) expect(entry[script]).toMatch(/\S/);
  });

  it('protects the agency name 知识产权局 → 知識產權局', () => {
    expect(glossary).toContainEqual(expect.objectContaining({ hans: '知识产权局', hant: '知識產權局' }));
  });

  it('only holds entries some OpenCC Traditional configuration would get wrong', () => {
    const configs = ['tw', 'twp', 'hk', 't'].map((to) => OpenCC.Converter({ from: 'cn', to }));
    for (const entry of glossary) {
      expect(configs.some((convert) => convert(entry.hans) !== entry.hant), entry.hans).toBe(true);
    }
  });

  it('has no entry the published articles never use', () => {
    const article = readFileSync(seedFile(path.resolve(import.meta.dirname, '../../..')), 'utf8');
    expect(findUnusedOverrides(glossary, 'hans', [article])).toEqual([]);
  });
});

describe('loadGlossary errors speak to editors', () => {
  it('names the file, entry, field and what to write for a missing form', () => {
    const file = glossaryFile('- hans: 知识产权局\n  hant: 知識產權局\n- hans: 余华\n');
    expect(() => loadGlossary(file)).toThrow(`${file}, entry 2 (余华), field "hant": is missing; add it (it must be the 繁體 (hant) form as text`);
  });

  it('names a mistyped field and lists the right ones', () => {
    const file = glossaryFile('- hans: 余华\n  hnat: 余華\n');
    expect(() => loadGlossary(file)).toThrow(/entry 1 \(余华\), field "hnat": is not a field we know: check its spelling \(the fields here are hant, hans, note\)\./);
  });

  it('rejects blank or non-text forms', () => {
    const file = glossaryFile('- hans: ""\n  hant: 余華\n- hans: 123\n  hant: 余華\n');
    expect(() => loadGlossary(file)).toThrow(/entry 1 \(余華\), field "hans": must not be empty\./);
    expect(() => loadGlossary(file)).toThrow(/entry 2 \(余華\), field "hans": must be the 简体 \(hans\) form as text/);
  });

  it('rejects a term given twice with different forms', () => {
    const file = glossaryFile('- hans: 余华\n  hant: 余華\n- hans: 余华\n  hant: 餘華\n');
    expect(() => loadGlossary(file)).toThrow(/entry 2 \(餘華\), field "hans": "余华" is already an entry above with another hant form/);
  });

  it('says where the YAML breaks, wrapping the parser error', () => {
    const file = glossaryFile('- hans: 余华\n  hant: [余華\n');
    let error: unknown;
    try {
      loadGlossary(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(new RegExp(`${file} is not valid YAML at line \\d+, column \\d+ \\(.+\\)`));
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('holds glossary forms to the same value rules as article overrides', () => {
    const file = glossaryFile('- hans: 余华\n  hant: "余\u202E華"\n- hans: " 莫言"\n  hant: 莫言\n- hans: 刘慈欣\n  hant: 劉慈欣\n  sumary: x\n');
    expect(() => loadGlossary(file)).toThrow(/entry 1 \(余\u202E華\), field "hant": contains U\+202E RIGHT-TO-LEFT OVERRIDE at character 2/);
    expect(() => loadGlossary(file)).toThrow(/entry 2 \(莫言\), field "hans": starts or ends with spaces: write the term alone/);
    expect(() => loadGlossary(file)).toThrow(/entry 3 \(劉慈欣\), field "sumary": is not a field we know/);
  });

  it('keeps markup in a form as text for the converter to escape', () => {
    const file = glossaryFile('- hans: 测试\n  hant: "<script>alert(1)</script>"\n');
    expect(loadGlossary(file)).toEqual([{ hans: '测试', hant: '<script>alert(1)</script>' }]);
  });

  it('refuses a YAML alias', () => {
    const file = glossaryFile('- &a { hans: 余华, hant: 余華 }\n- *a\n');
    expect(() => loadGlossary(file)).toThrow(/\[1\]: repeats a value with a YAML alias/);
  });

  it('asks for a list', () => {
    const file = glossaryFile('hans: 余华\nhant: 余華\n');
    expect(() => loadGlossary(file)).toThrow(`The glossary ${file} must be a list of entries`);
  });

  it('explains a missing file', () => {
    const missing = path.join(folder, 'nowhere.yaml');
    expect(() => loadGlossary(missing)).toThrow(`Could not read the glossary ${missing}`);
  });

  it('accepts an empty file and a note', () => {
    expect(loadGlossary(glossaryFile('# nothing yet\n'))).toEqual([]);
    expect(loadGlossary(glossaryFile('- hans: 余华\n  hant: 余華\n  note: writer Yu Hua\n'))).toEqual([
      { hant: '余華', hans: '余华', note: 'writer Yu Hua' },
    ]);
  });
});
