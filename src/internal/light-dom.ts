/**
 * The little of a DOM node our elements read from their light DOM (the page's own content inside
 * the tag). Real nodes have it, and so do the prerenderer's parsed ones: on a server the DOM shim
 * gives an element no children, so the prerenderer hands each element its parsed children instead
 * (`LecElement.serverLight`). One reading function then serves the browser and the server, so the
 * server renders exactly what the browser will, and hydration finds what it expects.
 */
export interface LightNode {
  /** 1 for an element, 3 for text; anything else (comments) is skipped. */
  readonly nodeType: number;
  /** The lower-case tag name of an element. */
  readonly localName?: string | null;
  readonly textContent: string | null;
  readonly childNodes: Iterable<LightNode>;
  getAttribute?(name: string): string | null;
}

/**
 * The first element named `name` in the subtree of `node` (itself included), depth first. With a
 * stack, not recursion: the prerenderer reads pages nested thousands deep.
 */
export function findElement(node: LightNode, name: string): LightNode | undefined {
  for (const next = [node]; next.length; ) {
    const found = next.pop()!;
    if (found.localName === name) return found;
    const children = [...found.childNodes];
    for (let i = children.length; i--; ) if (children[i].nodeType === 1) next.push(children[i]);
  }
  return undefined;
}

/**
 * The text of the children `host` gives the slot `name` (elements with that `slot` attribute),
 * trimmed: what a reader sees there, read alike from a parsed page and from the DOM.
 */
export function slottedText(host: LightNode, name: string): string {
  let text = '';
  for (const child of host.childNodes) if (child.nodeType === 1 && child.getAttribute!('slot') === name) text += child.textContent;
  return text.trim();
}
