/**
 * Whether the build's output folder may be removed after a failed build.
 * Folders are `file:` URLs, as Astro's config gives them, compared as
 * normalised URLs, so `..`, `.` and doubled slashes cannot hide one folder
 * inside another.
 */

/** The project's own folders: never removed, nor anything holding them. */
export interface ProjectFolders {
  readonly root: URL;
  readonly srcDir: URL;
  readonly publicDir: URL;
}

/** Returns the folder as a URL string ending in one `/`, so `/a/b` never passes for a folder under `/a/bc`. */
function folderHref(folder: URL): string {
  const url = new URL(folder.href);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/{2,}/g, '/');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Returns true when `outer` is `inner` or a folder above it. */
function holds(outer: string, inner: string): boolean {
  return inner.startsWith(outer);
}

/**
 * Returns why a failed build must not remove `outDir` (it is or holds the
 * project, its sources or public/, or lies inside src/ or public/, or is no
 * local folder), or undefined when it is a folder of its own, such as
 * `dist/`, that the build alone writes.
 */
export function keepOutputReason(outDir: URL, project: ProjectFolders): string | undefined {
  if (outDir.protocol !== 'file:') return `it is not a folder on this machine (${outDir.href})`;
  const out = folderHref(outDir);
  const own: [string, string][] = [
    ['the project folder', folderHref(project.root)],
    ['the sources (src/)', folderHref(project.srcDir)],
    ['public/', folderHref(project.publicDir)],
  ];
  for (const [name, folder] of own) {
    if (out === folder) return `it is ${name}`;
    if (holds(out, folder)) return `it holds ${name}`;
  }
  for (const [name, folder] of own.slice(1)) {
    if (holds(folder, out)) return `it lies inside ${name}, which the repository keeps`;
  }
  return undefined;
}
