/** What the share action does in a browser: the system's share sheet where there is one, else copy the link. */
export type ShareWay = 'share' | 'copy' | 'none';

/** Returns how a browser with these abilities shares a page; `none` hides the button. */
export function shareWay(abilities: { share: boolean; clipboard: boolean }): ShareWay {
  if (abilities.share) return 'share';
  return abilities.clipboard ? 'copy' : 'none';
}
