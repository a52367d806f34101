/** Warnings already given: a page hears each once, however many elements run into it. */
const given = new Set<string>();

/** A console warning, the first time its text comes up on the page. */
export function warnOnce(message: string) {
  if (given.has(message)) return;
  given.add(message);
  console.warn(message);
}
