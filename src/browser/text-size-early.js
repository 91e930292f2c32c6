// The reader's text size, applied before the page is first painted so the
// text never moves: loaded with `async blocking="render"` from the <head>, it
// holds the first paint (not the parser) until it has run. Plain JavaScript
// with no imports, so it is served as written; the key and the sizes must be
// those of src/lib/site/text-size.ts (tests/unit/site/text-size.test.ts holds them together).
try {
  const size = window.localStorage.getItem('text-size');
  if (size === 'small' || size === 'large') document.documentElement.dataset.textSize = size;
} catch {
  // Storage refused (private modes): the page keeps its own size.
}
