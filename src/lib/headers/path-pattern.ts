/**
 * Path patterns of `_headers` rules, as Netlify and Cloudflare Pages read them:
 * `*` (a splat) matches any run of characters, slashes included, and
 * `:name` (a placeholder) matches one non-empty path segment.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Returns a regular expression that matches exactly the paths the pattern matches. */
export function patternRegExp(pattern: string): RegExp {
  // Absolute patterns (https://host/path) apply per host; a local server is one host, so only the path counts.
  const path = pattern.replace(/^https?:\/\/[^/]+/, '') || '/';
  let source = '';
  for (const token of path.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)) {
    if (token === '*') source += '.*';
    else if (token.startsWith(':') && token.length > 1) source += '[^/]+';
    else source += escapeRegExp(token);
  }
  return new RegExp(`^${source}$`);
}
