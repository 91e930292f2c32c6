/**
 * The import graph of the project's own modules, read with TypeScript's
 * parser: which module imports which, which use the `process` global, and
 * which Astro components ship a `<script>` to the browser. The rules over it
 * live in where-code-runs.test.ts.
 */
import { isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** An import, or a use of the `process` global, at a line of a project file. */
export interface Use {
  readonly file: string;
  readonly line: number;
  /** The module specifier as written; undefined for a use of `process`. */
  readonly specifier?: string;
}

/** The code of a module as the build sees it: a .ts file whole, an .astro file as frontmatter (server) and `<script>` blocks (browser). */
export interface ModuleCode {
  readonly server: readonly { code: string; firstLine: number }[];
  readonly browser: readonly { code: string; firstLine: number }[];
}

/** Splits a source file into the code that runs on the server at build time and the code Astro bundles for the browser. */
export function moduleCode(file: string, text: string): ModuleCode {
  if (!file.endsWith('.astro')) return { server: [{ code: text, firstLine: 1 }], browser: [] };
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const fence = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m.exec(text);
  const server = fence && text.slice(0, fence.index).trim() === '' ? [{ code: fence[1] ?? '', firstLine: lineAt(fence.index) + 1 }] : [];
  const template = fence && server.length > 0 ? fence.index + fence[0].length : 0;
  const browser: { code: string; firstLine: number }[] = [];
  // Astro processes and bundles a <script> unless it is is:inline or not JavaScript (JSON-LD); those are left as they are.
  for (const match of text.slice(template).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/\bis:inline\b|\btype\s*=\s*["'](?!module\b)/.test(attributes)) continue;
    const bodyAt = template + (match.index ?? 0) + match[0].indexOf('>') + 1;
    browser.push({ code: match[2] ?? '', firstLine: lineAt(bodyAt) });
  }
  return { server, browser };
}

function isProcessGlobal(node: ts.Identifier): boolean {
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && (ts.isPropertyAccessExpression(parent) ? parent.name : parent.right) === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  return true;
}

/**
 * Returns the imports that remain at run time (`import type` and
 * `export type … from` vanish) and the uses of the `process` global in a
 * piece of code, each with its line in the file; with `types`, type-only
 * imports too (what a folder depends on, for the layering).
 */
export function usesIn(file: string, code: string, firstLine = 1, options: { types?: boolean } = {}): Use[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const uses: Use[] = [];
  const lineOf = (node: ts.Node) => firstLine + source.getLineAndCharacterOfPosition(node.getStart(source)).line;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (options.types || node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword) uses.push({ file, line: lineOf(node), specifier: node.moduleSpecifier.text });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (options.types || !node.isTypeOnly) uses.push({ file, line: lineOf(node), specifier: node.moduleSpecifier.text });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      uses.push({ file, line: lineOf(node), specifier: node.moduleReference.expression.text });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      uses.push({ file, line: lineOf(node), specifier: node.arguments[0].text });
    } else if (ts.isImportTypeNode(node)) {
      // `import('x').T` in a type position names a type only: a dependency all the same when types count.
      const argument = node.argument;
      if (options.types && ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) uses.push({ file, line: lineOf(node), specifier: argument.literal.text });
      return;
    } else if (ts.isIdentifier(node) && node.text === 'process' && isProcessGlobal(node)) {
      uses.push({ file, line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** Returns whether a specifier names a Node built-in (`node:fs`, or `fs` written bare). */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || isBuiltin(specifier);
}

/**
 * Returns the project file (repo-relative, `/` separators) a relative
 * specifier of `from` names, or undefined for a package or a built-in.
 */
export function projectFileOf(from: string, specifier: string, exists: (file: string) => boolean): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return [base, `${base}.ts`, `${base}/index.ts`].find(exists) ?? base;
}

/** The name under which the `<script>` blocks of an .astro file, the code Astro bundles for the browser, stand in the graph. */
export function scriptBlocksOf(astroFile: string): string {
  return `${astroFile} <script>`;
}

/** Returns the run-time imports and `process` uses of a module of the graph: a file, or the `<script>` blocks of an .astro file. */
export function runtimeUses(module: string, read: (file: string) => string | undefined): Use[] {
  const blocks = module.endsWith(' <script>');
  const file = blocks ? module.slice(0, -' <script>'.length) : module;
  const text = read(file);
  if (text === undefined) return [];
  const code = moduleCode(file, text);
  return (blocks ? code.browser : code.server).flatMap((part) => usesIn(file, part.code, part.firstLine));
}

/** A module of the graph with the chain of imports that reaches it from a root. */
export interface Reached {
  readonly module: string;
  readonly chain: readonly string[];
}

/** Returns the roots and every project module their run-time imports reach, each with how it is reached. */
export function reachedFrom(roots: readonly string[], read: (file: string) => string | undefined): Reached[] {
  const exists = (file: string) => read(file) !== undefined;
  const seen = new Map<string, Reached>(roots.map((module) => [module, { module, chain: [module] }]));
  const queue = [...seen.values()];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const use of runtimeUses(next.module, read)) {
      const target = use.specifier === undefined ? undefined : projectFileOf(use.file, use.specifier, exists);
      if (target === undefined || seen.has(target) || !exists(target)) continue;
      const reached = { module: target, chain: [...next.chain, target] };
      seen.set(target, reached);
      queue.push(reached);
    }
  }
  return [...seen.values()];
}
