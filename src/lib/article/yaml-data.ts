import * as yaml from 'js-yaml';

/** YAML that cannot be read as data: where and why. */
export class YamlDataError extends Error {
  /** 0-based line and column in the YAML text, when the parser knows them. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string;
  /** Set when the YAML is valid but repeats a value with an alias: the field path of the repeat. */
  readonly aliasAt: string | undefined;

  constructor(reason: string, where: { line?: number | undefined; column?: number | undefined; aliasAt?: string }, options?: ErrorOptions) {
    super(reason, options);
    this.name = 'YamlDataError';
    this.reason = reason;
    this.line = where.line;
    this.column = where.column;
    this.aliasAt = where.aliasAt;
  }
}

/**
 * Returns the field path of the first list or mapping that appears twice in
 * parsed YAML (a `*alias`), or undefined. Aliases let a few lines expand into
 * gigabytes when the data is serialised, and no content file needs them.
 */
function firstSharedValue(root: unknown): string | undefined {
  const seen = new Set<object>();
  const walk = (value: unknown, path: string): string | undefined => {
    if (value === null || typeof value !== 'object') return undefined;
    if (seen.has(value)) return path || 'the top level';
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      const found = walk(child, Array.isArray(value) ? `${path}[${key}]` : `${path}${path ? '.' : ''}${key}`);
      if (found) return found;
    }
    return undefined;
  };
  return walk(root, '');
}

/**
 * Returns the data of a YAML text written by an editor (frontmatter, the
 * glossary) as plain strings, numbers, booleans, lists and mappings. The core
 * schema keeps dates as strings (so an impossible date is refused rather than
 * rolled over) and knows no tags that build objects; aliases are refused.
 * Throws a YamlDataError saying where and why.
 */
export function loadYamlData(source: string, filename: string): unknown {
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename });
  } catch (cause) {
    if (cause instanceof yaml.YAMLException) throw new YamlDataError(cause.reason, { line: cause.mark?.line, column: cause.mark?.column }, { cause });
    throw new YamlDataError(String(cause), {}, { cause });
  }
  const shared = firstSharedValue(data);
  if (shared) {
    throw new YamlDataError('repeats a value with a YAML alias (*name): write the value out in full here', { aliasAt: shared });
  }
  return data;
}
