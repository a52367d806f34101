// The parsed page (parse5's tree) as the prerenderer and its command read it.
import type {DefaultTreeAdapterMap} from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/**
 * Every element under `node` in document order (parse5 keeps template content apart, so none from
 * templates). With a stack, not recursion: a page nested thousands deep (unclosed <div>s in a
 * broken template) overflowed the call stack, and the whole run stopped.
 */
export function* elementsIn(node: Element | DefaultTreeAdapterMap['document'] | DefaultTreeAdapterMap['documentFragment']): Generator<Element> {
  const next = [...node.childNodes].reverse();
  while (next.length) {
    const child = next.pop()!;
    if (!isElement(child)) continue;
    yield child;
    for (let i = child.childNodes.length - 1; i >= 0; i--) next.push(child.childNodes[i]);
  }
}

export const isElement = (node: Node): node is Element => 'tagName' in node;

/** The value of the element's attribute `name`, or null. */
export function attribute(element: Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}
