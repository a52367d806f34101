/// <reference types="node" />
// The prerenderer: a whole HTML page in, the same page out with every <lec-about>, <lec-breadcrumb>
// and <lec-qr> rendered as declarative shadow DOM, so crawlers and readers without JavaScript get
// the text, the trail and the codes. Runs in Node with Lit's SSR (no browser, no global DOM).
//
// Built by scripts/build.js as one module with the same source transforms as the browser bundles
// (scripts/shrink.js): Lit hydrates by a hash of each template's text, so the server must render
// exactly the templates dist/lec.ssr.js holds. Lit itself stays an import, shared with @lit-labs/ssr.
import {AsyncLocalStorage} from 'node:async_hooks';
import {createHash} from 'node:crypto';
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {parse} from 'parse5';
import type {DefaultTreeAdapterMap} from 'parse5';
import {installLocales, pageLanguage, resolveLocale} from '../internal/localization.js';
import type {LecLocale} from '../internal/localization.js';
import type {LightNode} from '../internal/light-dom.js';
import {PRERENDERED_ATTRIBUTE, serverContext} from '../internal/server-context.js';
import type {ServerPage} from '../internal/server-context.js';
import {attribute, elementsIn, isElement} from './tree.js';
import type {Element, Node} from './tree.js';
import {aboutParagraphs} from '../lec-about/about-text.js';
import {ready} from '../all.js';

/** Options of `prerender`. */
export interface PrerenderOptions {
  /**
   * The page's public address: what a `<lec-qr>` without `value` (and `<lec-about>`'s code)
   * encodes. Without it, the page's `<link rel="canonical">`; without either, the code box shows
   * a note asking for an address, and `onWarning` is called.
   */
  url?: string;
  /**
   * Also writes the About paragraphs as plain `<p>` children of each `<lec-about>` that has no
   * paragraphs of its own, so they are in the page's HTML outside any `<template>`.
   */
  lightDomText?: boolean;
  /** Receives each warning (a sentence naming what to fix); `console.warn` by default. */
  onWarning?: (message: string) => void;
}

export {PRERENDERED_ATTRIBUTE};

const TAGS = ['lec-about', 'lec-breadcrumb', 'lec-qr'];

/** The page being rendered, per render: the locale for msg(), the address for <lec-qr>, what links resolve against, the trails' JSON-LD. */
const page = new AsyncLocalStorage<ServerPage & {locale: LecLocale}>();

installLocales(() => page.getStore()?.locale ?? 'en');
serverContext.page = () => page.getStore();

/** A change to the source page: `text` written at offset `at`, in place of the `remove` characters there. */
interface Edit {
  at: number;
  remove?: number;
  text: string;
}

/**
 * Text that starts a whole document: optional BOM, comments and white space, then a doctype or
 * <html>. A comment ends at its first -->: with a lazy [\s\S]*? one could also run over it, and
 * "<!---->" forty times before anything else took hours to refuse (2^n ways to split them).
 */
const DOCUMENT_START = /^\uFEFF?(?:\s|<!--(?:(?!-->)[\s\S])*-->)*<(?:!doctype\s+html|html[\s>])/i;

/**
 * Renders every `<lec-about>`, `<lec-breadcrumb>` and `<lec-qr>` of an HTML document as
 * declarative shadow DOM, in the language of the document's `<html lang>` (without one, of its
 * `<meta http-equiv="Content-Language">`, as in a browser). Everything else in the
 * page is returned byte for byte, the elements' own light-DOM content included. Safe to run
 * concurrently: each render has its own locale and address.
 *
 * Throws when `html` is not a whole document (it must start with `<!doctype html>` or `<html>`).
 */
export async function prerender(html: string, options: PrerenderOptions = {}): Promise<string> {
  if (!DOCUMENT_START.test(html)) {
    throw new Error('expected a whole HTML document, starting with <!doctype html> or <html>.');
  }
  await ready;
  const warn = options.onWarning ?? ((message: string) => console.warn(message));
  const doc = parse(html, {sourceCodeLocationInfo: true});
  const root = doc.childNodes.find((n): n is Element => n.nodeName === 'html')!;
  const meta = [...elementsIn(root)].filter((n) => n.tagName === 'meta' && attribute(n, 'http-equiv')?.toLowerCase() === 'content-language').pop();
  const locale = resolveLocale(pageLanguage(attribute(root, 'lang'), meta && attribute(meta, 'content')));
  const url = pageAddress(root, options.url, warn);

  const edits: Edit[] = [];
  let addressless = 0;
  // Structured data from an earlier run (or saved from a browser) makes way for this run's.
  for (const script of elementsIn(root)) {
    const at = script.tagName === 'script' && attribute(script, 'data-lec-breadcrumb') !== null && script.sourceCodeLocation;
    if (at) edits.push({at: at.startOffset, remove: at.endOffset - at.startOffset, text: ''});
  }
  const jsonLd: string[] = [];
  const headEnd = root.childNodes.find((n): n is Element => n.nodeName === 'head')?.sourceCodeLocation?.endTag?.startOffset;
  const context = {locale, url, base: baseAddress(root, url), jsonLd, unlinked: 0};
  page.run(context, () => {
    for (const element of ourElements(root)) {
      let light = childrenOf(element);
      if (element.tagName === 'lec-about') {
        // Paragraphs written by an earlier run (--light-dom-text) make way for this run's.
        const served = light.filter((n) => isElement(n) && n.tagName === 'p' && attribute(n, PRERENDERED_ATTRIBUTE) !== null);
        for (const p of served) {
          const at = p.sourceCodeLocation!;
          edits.push({at: at.startOffset, remove: at.endOffset - at.startOffset, text: ''});
        }
        light = light.filter((n) => !served.includes(n));
      }
      // A trail with its own separator element: the server cannot clone it safely, so this one
      // stays the page's links and renders in the browser.
      if (element.tagName === 'lec-breadcrumb' && light.some((n) => isElement(n) && attribute(n, 'slot') === 'separator')) continue;
      const location = element.sourceCodeLocation!;
      const startTag = location.startTag!;
      // Prerendered before: replace the old render, so running the prerenderer twice is harmless.
      const previous = element.childNodes.find((n) => isElement(n) && n.tagName === 'template' && attribute(n, 'shadowrootmode'));
      if (previous) {
        const at = previous.sourceCodeLocation!;
        edits.push({at: at.startOffset, remove: at.endOffset - at.startOffset, text: ''});
      }
      // The mark says which language the render is in: the browser renders afresh if the page's
      // language is another by the time the bundle comes (see src/internal/lec-element.ts).
      const mark = `${PRERENDERED_ATTRIBUTE}="${locale}"`;
      const marked = location.attrs?.[PRERENDERED_ATTRIBUTE];
      if (marked) {
        edits.push({at: marked.startOffset, remove: marked.endOffset - marked.startOffset, text: mark});
      } else {
        // Before the tag's ">", after any "/": `value=https://x.cn/about/>` keeps the slash of its
        // unquoted value (inserted before "/>", it took it). A "/" before an attribute is ignored.
        edits.push({at: startTag.endOffset - 1, text: ` ${mark}`});
      }
      const nodes = light.map(lightNode);
      let paragraphs = '';
      if (element.tagName === 'lec-about' && options.lightDomText && !hasOwnBody(nodes)) {
        const texts = aboutParagraphs();
        // Marked with the render's language: should the page switch languages later, the element
        // shows its built-in text in the new one instead of these.
        paragraphs = texts.map((text) => `<p dir="auto" ${mark}>${escapeText(text)}</p>`).join('');
        const getAttribute = (name: string) => (name === PRERENDERED_ATTRIBUTE ? locale : null);
        nodes.push(...texts.map((text) => ({nodeType: 1, localName: 'p', textContent: text, childNodes: [], getAttribute})));
      }
      const trails = jsonLd.length;
      const shadow = renderShadow(element, {nodeType: 1, localName: element.tagName, textContent: '', childNodes: nodes});
      if (shadow.includes('data-page-url=""')) addressless++;
      edits.push({at: startTag.endOffset, text: shadow + paragraphs});
      // A page without a </head> of its own gets the trail's structured data just before the trail,
      // outside any element of ours: inside a section, the script would be the page's own content
      // there on the next run, and the section would drop its text for it.
      if (headEnd === undefined && jsonLd.length > trails) {
        let outer = element;
        for (let up = element.parentNode; up && isElement(up); up = up.parentNode) if (TAGS.includes(up.tagName) && up.namespaceURI === HTML_NAMESPACE) outer = up;
        edits.push({at: outer.sourceCodeLocation!.startOffset, text: jsonLdScripts(jsonLd.slice(trails))});
      }
    }
  });
  if (headEnd !== undefined && jsonLd.length) edits.push({at: headEnd, text: jsonLdScripts(jsonLd)});
  const {unlinked} = context;
  if (unlinked) {
    warn(
      `${unlinked} breadcrumb link${unlinked > 1 ? 's' : ''} in the structured data could not be made absolute: pass the page's URL (url, --url or --base-url) or give the page a <link rel="canonical">; until then ${unlinked > 1 ? 'those entries have' : 'that entry has'} no "item", which search engines need.`
    );
  }
  if (addressless) {
    warn(
      `${addressless} QR code${addressless > 1 ? 's have' : ' has'} no address to encode: pass the page's URL (url, --url or --base-url) or give the page a <link rel="canonical">; until then ${addressless > 1 ? 'they show' : 'it shows'} a note, and the browser encodes its own address once the script runs.`
    );
  }
  // Front to back in one pass, each edit at its offset in the source: splicing the whole page once
  // per edit took 100 s for 2,000 codes in a page of 2 MB. Edits at one offset come out in the
  // order they were made, insertions before removals (the longest first); one inside a run that
  // another removes goes with it (rank: 0 for an insertion, 1 / length for a removal). (Last made
  // first, as before, put a trail's structured data before its section's render on a page
  // without </head>, and after it on a second run.)
  const rank = (edit: Edit) => (edit.remove ? 1 / edit.remove : 0);
  edits.sort((a, b) => a.at - b.at || rank(a) - rank(b));
  const out: string[] = [];
  let done = 0;
  for (const {at, remove = 0, text} of edits) {
    if (at < done) continue;
    out.push(html.slice(done, at), text);
    done = at + remove;
  }
  out.push(html.slice(done));
  return out.join('');
}

/**
 * The Content-Security-Policy sources that allow the prerendered elements' styles: each element
 * renders its stylesheet as a `<style>` in its shadow root, which a `style-src` without
 * `'unsafe-inline'` blocks unless its hash is listed. Returns one `'sha256-...'` per element,
 * to add to `style-src`. (After hydration the elements style themselves without `<style>`.)
 */
export async function styleHashes(): Promise<string[]> {
  await ready;
  return TAGS.map((tag) => {
    const styles = (customElements.get(tag) as unknown as {elementStyles: {cssText: string}[]}).elementStyles;
    // The text Lit's server render writes between <style> and </style>.
    const text = styles.map((style) => style.cssText).join('');
    return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  });
}

/** The address codes encode: the given one, else the canonical link; '' (and a warning) if it is not http(s). */
function pageAddress(root: Element, given: string | undefined, warn: (message: string) => void): string {
  const canonical = [...elementsIn(root)].find(
    (n) => n.tagName === 'link' && (attribute(n, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')
  );
  const raw = given ?? (canonical && attribute(canonical, 'href')) ?? '';
  if (!raw) return '';
  try {
    const url = new URL(raw);
    if (/^https?:$/.test(url.protocol)) return url.href;
  } catch {
    // Not an absolute URL.
  }
  warn(`the page address ${JSON.stringify(raw)} is not an absolute http(s) URL; QR codes without a value get a note instead.`);
  return '';
}

/** What relative links resolve against: the page's `<base href>` against its address, else the address. */
function baseAddress(root: Element, url: string): string {
  const base = [...elementsIn(root)].find((n) => n.tagName === 'base' && attribute(n, 'href') !== null);
  try {
    return base ? new URL(attribute(base, 'href')!, url || undefined).href : url;
  } catch {
    return url; // a relative <base href> and no address
  }
}

/**
 * Our elements in document order, light-DOM ones nested in others included; never inside a
 * <template>, nor in SVG or MathML (<svg><lec-qr>), where no shadow root can attach.
 */
function* ourElements(node: Element): Generator<Element> {
  for (const child of elementsIn(node)) if (TAGS.includes(child.tagName) && child.namespaceURI === HTML_NAMESPACE) yield child;
}
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** An element's children, without a declarative shadow root from an earlier run. */
function childrenOf(element: Element): Node[] {
  return element.childNodes.filter((n) => !(isElement(n) && n.tagName === 'template' && attribute(n, 'shadowrootmode')));
}

/**
 * A parsed node as the elements read their light DOM (src/internal/light-dom.ts). Built and read
 * without recursion: a page nested thousands deep inside one of ours overflowed the call stack.
 */
function lightNode(root: Node): LightNode {
  const made = new Map<Node, LightNode>();
  // Children before parents: each node's children are made by the time it is.
  const order: Node[] = [];
  for (const next = [root]; next.length; ) {
    const node = next.pop()!;
    order.push(node);
    if (isElement(node)) for (const child of node.childNodes) next.push(child);
  }
  for (const node of order.reverse()) {
    if (node.nodeName === '#text') made.set(node, {nodeType: 3, textContent: (node as DefaultTreeAdapterMap['textNode']).value, childNodes: []});
    else if (!isElement(node)) made.set(node, {nodeType: 8, textContent: '', childNodes: []});
    else made.set(node, elementNode(node, node.childNodes.map((child) => made.get(child)!)));
  }
  return made.get(root)!;
}

/** An element as a light node, its children made already. */
function elementNode(node: Element, childNodes: LightNode[]): LightNode {
  let text: string | undefined;
  return {
    nodeType: 1,
    localName: node.tagName,
    // Like the DOM's: the text of every descendant text node, in order; made once, when read.
    get textContent() {
      if (text === undefined) {
        text = '';
        for (const next = [...childNodes].reverse(); next.length; ) {
          const child = next.pop()!;
          if (child.nodeType === 3) text += child.textContent;
          else for (const c of [...child.childNodes].reverse()) next.push(c);
        }
      }
      return text;
    },
    childNodes,
    getAttribute: (name) => attribute(node, name),
  };
}

/**
 * The trails' structured data as the page's HTML carries it, marked for the bundle to take over
 * (see #syncJsonLd in lec-breadcrumb). The JSON has every `<` escaped, so it cannot end the script.
 */
const jsonLdScripts = (jsonLd: string[]) =>
  jsonLd.map((json) => `<script type="application/ld+json" data-lec-breadcrumb="served">${json}</script>`).join('');

/** Whether light-DOM nodes hold the webmaster's own paragraphs (as `<lec-about>` decides). */
const hasOwnBody = (nodes: LightNode[]) =>
  nodes.some((n) => (n.nodeType === 1 ? !n.getAttribute!('slot') : n.nodeType === 3 && !!n.textContent!.trim()));

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Template strings per tag and attribute list: Lit caches a template by the identity of its strings. */
const templates = new Map<string, TemplateStringsArray>();

/**
 * Renders one element on its own, with the attributes it observes and its light DOM, and returns
 * its declarative shadow root: `<template shadowrootmode="open">...</template>`.
 */
function renderShadow(element: Element, light: LightNode): string {
  const tag = element.tagName;
  const observed: string[] = (customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes;
  const attrs = element.attrs.filter((a) => observed.includes(a.name));
  const key = [tag, ...attrs.map((a) => a.name)].join(' ');
  let strings = templates.get(key);
  if (!strings) {
    // <tag a=${} b=${} .serverLight=${}></tag>, as a tagged template literal would give it.
    const names = [...attrs.map((a) => a.name), '.serverLight'];
    const cooked = [`<${tag} ${names[0]}=`, ...names.slice(1).map((name) => ` ${name}=`), `></${tag}>`];
    strings = Object.assign(cooked, {raw: cooked}) as unknown as TemplateStringsArray;
    templates.set(key, strings);
  }
  const values = [...attrs.map((a) => a.value), light];
  const out = collectResultSync(render({['_$litType$']: 1, strings, values}));
  const start = out.indexOf('<template shadowroot');
  const end = out.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < start) throw new Error(`<${tag}> did not render a shadow root.`);
  return out.slice(start, end);
}
