import { gzipSync } from 'node:zlib';

/**
 * Returns the bytes a response body takes on the wire with gzip as
 * scripts/serve.ts and most static hosts send it (zlib's default level 6).
 * A body that does not shrink, such as Pagefind's already-compressed index
 * files, counts as it is: servers send those unchanged.
 */
export function gzipSize(body: Buffer | string): number {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return Math.min(bytes.length, gzipSync(bytes).length);
}
