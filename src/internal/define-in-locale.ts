// How the entries define the elements (the one-tag bundle from src/lec.ts, the per-element ones
// from src/cdn/, the package's all.js from src/all.ts): choose the locale from <html lang> first
// and define the elements after, so a Chinese page never renders English first. Until then the
// elements are :not(:defined) and the pre-upgrade CSS (dist/lec.css) holds their place.
import {isServer} from 'lit';
import type {CSSResult} from 'lit';
import {followDocumentLang} from './localization.js';
import {defineElement} from './define.js';
import {litPolicyRefused} from './trusted-script.js';
import {laterTask} from './slices.js';
import {warnOnce} from './warn-once.js';

/** Sets the locale from `<html lang>` and follows it; a failure (another lit-localize set up first) leaves English, and says so. */
function followLang() {
  try {
    void followDocumentLang();
  } catch (error) {
    console.error('@sjtu-lec/elements: could not set the locale.', error);
  }
}

/**
 * Whether Lit can render here. Without its Trusted Types policy it cannot: then the page's own
 * light DOM (the no-JS links and text) stays in place rather than empty shadow roots, and we say
 * once what to fix, whichever bundles the page loads.
 */
function litCanRender() {
  if (litPolicyRefused) {
    warnOnce(
      `@sjtu-lec/elements needs the Trusted Types policy "lit-html": add 'allow-duplicates' to the trusted-types directive of this page's Content-Security-Policy.`
    );
  }
  return !litPolicyRefused;
}

/**
 * Sets the locale from `<html lang>` (and follows later changes), then defines each tag not yet
 * defined, in order, each in a task of its own: the bundles' way, for a page (see below).
 * Resolves when that is done; defines nothing where the page refuses Lit's Trusted Types policy.
 */
export async function defineInLocale(elements: Record<string, CustomElementConstructor>): Promise<void> {
  // On a server (Node, Lit's DOM shim) there is no <html lang> to follow: the prerenderer sets
  // the locale per render. Define the elements (before this returns), so a server render finds them.
  if (isServer) return defineInLocaleNow(elements);
  followLang();
  if (!litCanRender()) return;
  for (const [tag, element] of Object.entries(elements)) {
    // Not in the task that evaluated the bundle, and each element in tasks of its own: a class's
    // first use (Lit's finalize, its style sheets, its first upgrades and renders) runs cold code,
    // and at 4x CPU the three together made one task of 70 to 130 ms on the demo. Meanwhile the
    // pre-upgrade CSS holds their place, as it did while the bundle loaded.
    await laterTask();
    prepare(element);
    await laterTask();
    // Guarded, like the registering modules, so a page that defined one already keeps it.
    defineElement(tag, element);
  }
}

/**
 * The same at once, as the module that calls it is evaluated: the package's `all.js`, for an
 * application's bundler. Its app mounts right after its imports, and Vue and React 19 set a
 * property only where the element has it, else an attribute: on elements defined tasks later,
 * `items` became the attribute "[object Object]", and setting `prefix` (a read-only DOM property
 * of every element until ours defines it) threw. (Every locale is in the bundle, so setting the
 * locale is synchronous too.)
 */
export function defineInLocaleNow(elements: Record<string, CustomElementConstructor>): Promise<void> {
  if (!isServer) followLang();
  if (isServer || litCanRender()) for (const [tag, element] of Object.entries(elements)) defineElement(tag, element);
  return Promise.resolve();
}

/**
 * Sets up a class before it is defined: Lit's finalize (which defining would run) and its
 * constructed style sheets (which its first upgrade would make, parsing all its CSS). In a task
 * of their own, they do not lengthen the task of its first upgrades and renders.
 */
function prepare(element: CustomElementConstructor) {
  const lit = element as unknown as {finalize(): void; elementStyles: Array<CSSResult | CSSStyleSheet>};
  lit.finalize();
  for (const style of lit.elementStyles) if (!(style instanceof CSSStyleSheet)) void style.styleSheet;
}
