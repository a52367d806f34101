// Loaded before every test file (web-test-runner.config.js, testRunnerHtml). A failed assertion
// about an element (`expect(el).to.be.null`) carries the element as its `actual`, and the runner
// sends `actual` and `expected` back to Node as JSON: an element of ours reaches its renderer,
// its shadow root and the page through Lit's properties, a circular structure, and the message
// is never sent. The file then "did not finish within 600000ms", with no word of which test
// failed. Here such a value becomes a short description before the error leaves chai.
// chai itself, not @open-wc/testing: its fixture cleanup registers an afterEach hook as it is
// first imported, which here would be before mocha is set up (and never registered).
import {use} from '@esm-bundle/chai';

/** An element as its start tag (`<a part="code" href="…">`), a text or other node by its name. */
function describeNode(node: Node): string {
  if (node.nodeType !== 1) return `${node.nodeName}${node.nodeType === 3 ? ` "${node.textContent}"` : ''}`;
  const html = String((node as Element).outerHTML ?? '');
  return html.slice(0, html.indexOf('>') + 1) || `<${String(node.nodeName).toLowerCase()}>`;
}

const isNode = (value: unknown): value is Node =>
  !!value && typeof value === 'object' && typeof (value as Node).nodeType === 'number';

/**
 * The value, with nodes replaced by their description: at the top, or in an array, a NodeList or
 * an HTMLCollection (also nested). Other values as they are.
 */
function readable(value: unknown, depth = 0): unknown {
  if (isNode(value)) return describeNode(value);
  if (depth < 3 && value && typeof value === 'object' && (Array.isArray(value) || value instanceof NodeList || value instanceof HTMLCollection)) {
    const items = [...(value as ArrayLike<unknown> & Iterable<unknown>)];
    const mapped = items.map((item) => readable(item, depth + 1));
    return mapped.some((item, i) => item !== items[i]) ? mapped : value;
  }
  return value;
}

use(({Assertion}) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      const failure = error as {actual?: unknown; expected?: unknown};
      if (failure && typeof failure === 'object') {
        failure.actual = readable(failure.actual);
        failure.expected = readable(failure.expected);
      }
      throw error;
    }
  };
});
