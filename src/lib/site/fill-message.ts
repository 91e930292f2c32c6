/** Returns a message with `{name}` placeholders filled from `values`; the values are never read as placeholders themselves. */
export function fillMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
