/**
 * Marks our element classes, in this copy of the library or any other (the global symbol
 * registry is shared), so a tag defined by another copy is not taken for a foreign element.
 */
export const OURS = Symbol.for('@sjtu-lec/elements');

/** Whether `tag` shows our element: not yet defined (we will define it) or defined by a copy of ours. */
export const isOurs = (tag: string) => {
  const defined = customElements.get(tag) as {[OURS]?: boolean} | undefined;
  return !defined || !!defined[OURS];
};

/**
 * Defines `tag` unless the page already has. When what it has is not one of ours (a CMS widget
 * that took the name), says so, since every such tag then shows that widget instead.
 */
export function defineElement(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) {
    (element as {beforeDefine?(tag: string): void}).beforeDefine?.(tag);
    customElements.define(tag, element);
  }
  else if (!isOurs(tag))
    console.warn(
      `<${tag}> is already defined by another script on this page, so @sjtu-lec/elements did not define it: rename or remove the other definition to use ours.`
    );
}
