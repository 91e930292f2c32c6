import { rememberTextSize, storedTextSize, textSizes, type TextSize } from '../lib/site/text-size.ts';
import { shareWay } from '../lib/site/share.ts';

/**
 * Shows the article's reader tools, which need JavaScript: the text size
 * buttons (remembered across pages and visits) and the share button (the
 * system's share sheet, or copy the link where there is none). The tools are
 * fixed at the screen's edge, so showing them moves no text.
 */
export function enhanceReaderTools(root: Document): void {
  const tools = root.querySelector<HTMLElement>('.tools-float');
  if (!tools) return;
  const buttons = [...tools.querySelectorAll<HTMLButtonElement>('button[data-text-size]')];
  const show = (size: TextSize) => {
    root.documentElement.dataset['textSize'] = size;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['textSize'] === size));
  };
  show(storedTextSize(() => window.localStorage) ?? 'medium');
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const size = textSizes.find((s) => s === button.dataset['textSize']);
      if (!size) return;
      show(size);
      rememberTextSize(() => window.localStorage, size);
    });
  }

  const share = tools.querySelector<HTMLButtonElement>('button[data-share]');
  const status = tools.querySelector<HTMLElement>('[role="status"]');
  const way = shareWay({ share: typeof navigator.share === 'function', clipboard: typeof navigator.clipboard?.writeText === 'function' });
  if (share && way !== 'none') {
    share.hidden = false;
    share.addEventListener('click', () => {
      const url = root.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? window.location.href;
      if (way === 'share') {
        // A reader who closes the share sheet rejects the promise: nothing to report.
        navigator.share({ title: root.title, url }).catch(() => undefined);
      } else {
        navigator.clipboard.writeText(url).then(
          () => {
            if (status) status.textContent = share.dataset['copied'] ?? '';
          },
          () => undefined,
        );
      }
    });
  }
  tools.hidden = false;
}
