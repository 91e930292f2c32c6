/**
 * The newsroom's own facts that its pages state: where to write, and from
 * when the site publishes (the copyright line's first year). Change them here
 * for another newsroom; every page reads them from here.
 */
export const newsroom = {
  email: 'editors@huawen.news',
  since: 2023,
} as const;
