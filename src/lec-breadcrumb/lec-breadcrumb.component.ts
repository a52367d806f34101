import {html, isServer, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {WEB_SCHEMES, allowedUrl, checkedUrl} from '../internal/url-policy.js';
import {SCRIPT_POLICY, jsonScriptText} from '../internal/trusted-script.js';
import {LecElement} from '../internal/lec-element.js';
import {serverContext} from '../internal/server-context.js';
import {findElement} from '../internal/light-dom.js';
import type {LightNode} from '../internal/light-dom.js';
import {tokens} from '../internal/tokens.js';
import {warnOnce} from '../internal/warn-once.js';
import {styles} from './lec-breadcrumb.styles.js';

/** One entry of the trail, as given to `items`. */
export interface LecBreadcrumbItem {
  /** The visible text; always text, never markup. */
  label: string;
  /** Where the entry links to: an http, https or relative URL. Without it the entry is plain text. */
  href?: string;
}

/** An entry after checking: `href` is only set when the URL policy allows it. */
interface Entry {
  label: string;
  href?: string;
}

/** What the page wrote inside the element, read on connect and on every change. */
interface LightDom {
  entries: Entry[];
  /** The text of what the page put in the `prefix` slot; undefined when it put nothing there. */
  prefix?: string;
  /** The page's separator element, cleaned; cloned into each separator. */
  separator?: Element;
}

const WHERE = '<lec-breadcrumb> items';

/**
 * Separators a webmaster wrote for the no-JS fallback, or that a CMS's location markup holds
 * (`<a href="/">首页</a> &gt; <a href="/xygk/">学院概况</a> &gt; 正文`): between entries, and at
 * either end of an entry that is text. Not 》 or 〉 at its end, which close a title (《通知》). The
 * lookbehind starts the trailing match only where a run starts: without it, a long run inside an
 * entry was scanned again from each of its characters (9 s for 100,000 slashes).
 */
const FALLBACK_SEPARATORS = /^[\s>›»/|\\→·•\-＞》〉]+|(?<![\s>›»/|\\→＞])[\s>›»/|\\→＞]+$/g;

/** Text before the first entry that ends in a colon: the CMS's own prefix (当前位置：), shown as the prefix. */
const PREFIX_TEXT = /[:：]$/;

/** A prefix ending in a full-width colon (当前位置：), which carries its own space after it. */
const FULL_WIDTH_COLON = /：\s*$/;

/** The page's links without any text, and separators that show nothing, that a warning was given for (see #readLightDom). */
const warnedTextless = new WeakSet<object>();

/** Elements that never belong in a cloned separator: scripts, embeds and anything focusable. */
const UNSAFE_IN_SEPARATOR =
  'script,style,iframe,object,embed,foreignObject,a,area,button,input,select,textarea,form,video,audio,template,slot';

/** Parses the JSON attribute (a removed attribute parses as null); invalid JSON leaves the light-DOM entries in place. */
const parseItems = (value: string | null): unknown => {
  try {
    return JSON.parse(value ?? 'null');
  } catch (error) {
    console.error(
      `<lec-breadcrumb>: items is not valid JSON (${(error as Error).message}); showing the page's own links.`
    );
    return undefined;
  }
};

/**
 * The "Location:" trail at the top of a page: where the page sits in the site, as links back up.
 * Write the trail as plain links inside the element (the last entry is the current page), so it
 * reads without JavaScript and search engines see it:
 *
 * ```html
 * <lec-breadcrumb>
 *   <a href="/about/">About Us</a>
 *   <span>About SJTU LEC</span>
 * </lec-breadcrumb>
 * ```
 *
 * After upgrade it is the WAI-ARIA breadcrumb pattern: a named `nav` landmark with an ordered list,
 * unannounced separators and `aria-current="page"` on the current entry. When the trail does not
 * fit on one line, the middle entries collapse into a "…" button; a trail of one or two entries,
 * which has no middle, wraps instead, each entry whole up to four lines (the rest in its title).
 * Entries added, removed or edited later are picked up. Text-only children made of separator
 * characters (`>`, `›`, `/`, …) and children with `aria-hidden="true"` are treated as fallback
 * separators, not entries.
 *
 * Before the script loads, this CSS in the page shows the light DOM as one line of links, laid
 * out as the element will show it (font, prefix, gaps, separators, height), so nothing moves when
 * it upgrades (but for a trail of two entries too long for its line, which wraps once upgraded).
 * Leave out the separator rule if your links already have separators between them:
 *
 * ```css
 * lec-breadcrumb:not(:defined, [data-lec-prerendered]) {
 *   display: flex;
 *   align-items: center;
 *   font-size: var(--lec-font-size, medium);
 *   gap: calc(var(--lec-breadcrumb-gap, 0.375em) * 0.875);
 *   font-family: var(--lec-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial,
 *     'Noto Sans', 'Liberation Sans', 'DejaVu Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
 *     'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif);
 *   font-style: normal;
 *   font-weight: normal;
 *   letter-spacing: normal;
 *   word-spacing: normal;
 *   text-indent: 0;
 *   text-transform: none;
 *   line-height: max(24px, 1.5 * var(--lec-breadcrumb-font-size, 0.875em));
 *   block-size: max(24px, 1.5 * var(--lec-breadcrumb-font-size, 0.875em));
 *   white-space: nowrap;
 *   overflow: hidden;
 * }
 * lec-breadcrumb:not(:defined, [data-lec-prerendered]) > *,
 * lec-breadcrumb:not(:defined, [data-lec-prerendered])::before {
 *   font-size: var(--lec-breadcrumb-font-size, 0.875em);
 * }
 * lec-breadcrumb:not(:defined, [data-lec-prerendered]) > [slot] {
 *   display: none;
 * }
 * lec-breadcrumb:not(:defined, [data-lec-prerendered])::before {
 *   content: attr(prefix);
 * }
 * lec-breadcrumb:not(:defined, [data-lec-prerendered]):not([prefix])::before {
 *   content: 'Location:';
 * }
 * :root:lang(zh):not(:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO)) lec-breadcrumb:not(:defined, [data-lec-prerendered]):not([prefix])::before {
 *   content: '当前位置：';
 *   margin-inline-end: calc(var(--lec-breadcrumb-gap, 0.375em) * -1);
 * }
 * lec-breadcrumb:not(:defined, [data-lec-prerendered])[prefix$='：']::before {
 *   margin-inline-end: calc(var(--lec-breadcrumb-gap, 0.375em) * -1);
 * }
 * lec-breadcrumb:not(:defined, [data-lec-prerendered])[prefix='']::before {
 *   content: none;
 * }
 * lec-breadcrumb:not(:defined, [data-lec-prerendered]) > :not([slot]) ~ :not([slot])::before {
 *   content: '›';
 *   content: '›' / '';
 *   display: inline-block;
 *   margin-inline-end: var(--lec-breadcrumb-gap, 0.375em);
 * }
 * ```
 *
 * The README's copy of these rules (and `dist/lec.css`) adds one for pages without JavaScript
 * and for print: there the trail never collapses, so a long one wraps instead of running past
 * the edge.
 *
 * @summary An accessible, localized breadcrumb trail with collapse, structured data and a no-JS fallback.
 * @tag lec-breadcrumb
 *
 * @slot - Not shown: the light-DOM `<a href>` and `<span>` entries are read as data (the last is the current page).
 * @slot prefix - The visible prefix, replacing the `prefix` attribute and the default "Location:".
 * @slot separator - An element (text, an image or an inline SVG) cloned between entries; event handlers and links are stripped. Page styles do not reach the copies, so an icon font's empty `<i>` falls back to ›, with a warning; so does a separator that is itself a link, control or script.
 *
 * @csspart base - The `nav` landmark.
 * @csspart prefix - The visible prefix before the list.
 * @csspart list - The `ol` of entries.
 * @csspart item - Each `li` entry.
 * @csspart link - An entry's link.
 * @csspart text - An entry without a link that is not the current page.
 * @csspart current - The current page's entry (also `link` when it is a link).
 * @csspart separator - Each separator between entries (hidden from assistive technology).
 * @csspart expand - The "…" button that shows the collapsed entries.
 *
 * @cssprop [--lec-breadcrumb-color=var(--lec-color-muted)] - The colour of the prefix and separators.
 * @cssprop [--lec-breadcrumb-link-color=var(--lec-color-link)] - The colour of links and the "…" button.
 * @cssprop [--lec-breadcrumb-current-color=var(--lec-color-text)] - The colour of the current entry.
 * @cssprop [--lec-breadcrumb-gap=0.375em] - The space between entries and separators.
 * @cssprop [--lec-breadcrumb-font-size=0.875em] - The font size of the whole trail, as a length (`0.875em`, `14px`): the pre-upgrade CSS computes the trail's line from it.
 * @cssprop [--lec-breadcrumb-separator='›'] - The separator, as a CSS string such as `'/'`; mirrors in right-to-left pages.
 *
 * @fires {Event} lec-breadcrumb-expand - A visitor showed the collapsed entries; no detail.
 */
export class LecBreadcrumb extends LecElement {
  static override styles = [tokens, styles];
  /** Its line is reserved by its styles, so inside a section too it may render in a later slice (see slices.ts). */
  static waitsInSection = true;
  static override properties: PropertyDeclarations = {
    light: {state: true},
    overflowing: {state: true},
    expanded: {state: true},
    label: {},
    prefix: {},
    items: {converter: parseItems},
    structuredData: {type: Boolean, attribute: 'structured-data'},
  };

  /** The entries, prefix and separator written inside the element (the no-JS fallback). */
  private light: LightDom = {entries: []};
  /** The whole trail is wider than the space for it. */
  private overflowing = false;
  /** A visitor asked to see every entry; reset when the width changes, unless focus is in the trail. */
  private expanded = false;

  /** The entries on screen: `items` when it holds any valid entry, else the light DOM. */
  private entries: Entry[] = [];
  /** The valid entries of `items`, checked (and warned about) once per change of `items`. */
  #itemEntries?: Entry[];
  #checkedHrefs = new Map<string, string | undefined>();
  // Created on first connect, never in the constructor: a server-side render has no observers.
  #mutationObserver?: MutationObserver;
  #resizeObserver?: ResizeObserver;
  /**
   * Spans the space for the trail. While the trail overflows, its child `.measure` is a one-line
   * copy of the whole trail, whose width says when it fits again.
   */
  #ruler!: Element;
  #fit?: Element;
  /** The current entry was found cut: true, then the copy's width as first measured after (see #handleResize). */
  #cut?: number | true;
  /** The room along the line (its width, or its height when written vertically) at the last measure. */
  #lastLength?: number;
  #ldScript?: HTMLScriptElement;

  /** The accessible name of the landmark; defaults to "Breadcrumb" in the page's language. */
  label?: string;

  /**
   * The visible text before the trail; defaults to "Location:" in the page's language, empty hides it.
   * (It shadows DOM's rarely used `Element.prefix`, the XML namespace prefix, which is always null here.)
   */
  override prefix: string | null = null;

  /** The trail as data, `[{label, href}]` (the JSON attribute or the property); replaces the light-DOM entries. */
  items?: LecBreadcrumbItem[];

  /** Writes a schema.org `BreadcrumbList` JSON-LD script into the document's head, and the prerenderer into the page's HTML (pages enforcing Trusted Types must allow the policy `lec-elements`). */
  structuredData = false;

  override connectedCallback() {
    super.connectedCallback();
    // A reconnected element reads its children again (a first connection reads them at the first
    // update, see willUpdate): new state, so it re-renders and writes its structured data again.
    if (this.hasUpdated) {
      this.#readLightDom();
      this.#observe();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#mutationObserver?.disconnect();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = this.#fit = undefined;
    this.#syncJsonLd(); // removes the script
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    // The children are read at the first update, not on connect: a page that inserts a thousand
    // trails at once then pays for reading them in our time slices (src/internal/slices.ts), not
    // in its own task. On a server, where connectedCallback never runs, from the prerenderer's copy.
    if (isServer) {
      if (this.serverLight) this.#readLightDom(this.serverLight);
    } else if (!this.hasUpdated) {
      this.#readLightDom();
    }
    if (changed.has('items')) this.#itemEntries = this.#normaliseItems(this.items);
    if (changed.has('light') || changed.has('items') || changed.has('prefix')) this.#cut = undefined;
    this.entries = this.#itemEntries ?? this.light.entries;
    // The prerenderer writes the structured data into the page's head, where a crawler that runs
    // no JavaScript reads it; once the bundle runs, this trail takes that script over (#syncJsonLd).
    const page = isServer && this.structuredData && this.entries.length ? serverContext.page?.() : undefined;
    if (page) {
      const base = page.base || undefined;
      page.jsonLd.push(this.#jsonLd(base));
      page.unlinked += this.entries.filter(({href}) => href && !absoluteUrl(href, base)).length;
    }
  }

  protected override firstUpdated() {
    // A first update can come in a later slice, after the page removed the trail: observe once
    // it is back (connectedCallback), not now, when disconnectedCallback has already run.
    if (this.isConnected) this.#observe();
  }

  protected override updated() {
    this.#syncJsonLd();
    this.#watchFit();
  }

  /**
   * Checks an href once per distinct value, so re-reading the light DOM does not repeat warnings;
   * a warning names where the href came from (`items`, or a link of the page's).
   */
  #checkHref(raw: string, where = WHERE) {
    if (!this.#checkedHrefs.has(raw)) this.#checkedHrefs.set(raw, checkedUrl(raw, WEB_SCHEMES, where));
    return this.#checkedHrefs.get(raw);
  }

  #normaliseItems(value: unknown): Entry[] | undefined {
    if (value == null) return undefined;
    if (!Array.isArray(value)) {
      console.warn(`${WHERE}: expected an array of {label, href}, got ${typeof value}; showing the page's own links.`);
      return undefined;
    }
    const entries = value.flatMap((item: unknown, i): Entry[] => {
      const {label, href: given} = (item ?? {}) as Record<string, unknown>;
      // A URL object (from an app's router, say) is read as its text, as the elements' URL properties are.
      const href = given instanceof URL ? given.href : given;
      if (typeof label !== 'string' || !label.trim()) {
        console.warn(`${WHERE}: dropped entry ${i}, which has no text label.`);
        return [];
      }
      if (href != null && typeof href !== 'string') {
        console.warn(`${WHERE}: the href of entry ${i} is not a string; showing it as text.`);
      }
      return [{label: label.trim(), href: typeof href === 'string' ? this.#checkHref(href) : undefined}];
    });
    return entries.length ? entries : undefined;
  }

  /**
   * Reads the light DOM into state: the entries, the prefix slot and the separator slot. On a
   * server the prerenderer's copy of the children (the DOM shim has none), which never has a
   * separator: the prerenderer leaves a trail with its own separator to the browser.
   */
  #readLightDom(host: LightNode = this) {
    const light: LightDom = {entries: []};
    for (const node of host.childNodes) {
      // Node types, not `instanceof`: nodes moved in from another frame belong to its window.
      const el = node.nodeType === 1 ? node : undefined;
      if (el) {
        const slot = el.getAttribute!('slot');
        if (slot === 'prefix') light.prefix = (light.prefix ?? '') + el.textContent;
        if (slot === 'separator' && !isServer && !light.separator) {
          // Its copies live in our shadow tree, where the page's styles do not reach: an icon
          // font's <i class="fa fa-angle-right"> or an SVG <use> of the page's sprite shows nothing.
          // Nor is a link, a control or a script copied (see UNSAFE_IN_SEPARATOR), even as the
          // separator itself: what shows is judged on the copy, without them.
          const unsafe = (el as Element).matches(UNSAFE_IN_SEPARATOR);
          const copy = cleanSeparator(el as Element);
          if (!unsafe && (copy.textContent!.trim() || copy.matches('img,[style]') ||
            copy.querySelector('img,[style],use:not([href^="#"],[*|href^="#"]),svg>:not(use,title,desc,defs,symbol)'))) {
            light.separator = copy;
          } else if (!warnedTextless.has(el)) {
            warnedTextless.add(el);
            console.warn(
              `<lec-breadcrumb>: ${unsafe ? 'the separator may not be a' : 'page styles (icon fonts) do not reach the separator'} <${el.localName}>${unsafe ? '' : ', which shows nothing'}; showing ›. Use text, <img> or inline <svg>.`
            );
          }
        }
        if (slot !== null || el.getAttribute!('aria-hidden') === 'true' || /^(script|style|template)$/.test(el.localName!)) continue;
      } else if (node.nodeType !== 3) {
        continue; // comments
      }
      // Without text, the name the entry or its link has; an icon-only link (a home icon) is
      // named by its image's alt text.
      const link = el && findElement(el, 'a');
      const named = (name: string) => el?.getAttribute!(name) || link?.getAttribute!(name);
      const label = (node.textContent!.trim() || named('aria-label') || named('title') || (el && findElement(el, 'img'))?.getAttribute!('alt') || '')
        .replace(/\s+/g, ' ')
        .trim();
      const raw = link?.getAttribute!('href');
      if (!label && raw != null && !warnedTextless.has(link!)) {
        warnedTextless.add(link!); // once per link, not at each re-read of the children
        console.warn(`<lec-breadcrumb>: dropped the link to ${raw}, which has no text; give it text or an aria-label.`);
      }
      const bare = label.replace(FALLBACK_SEPARATORS, '');
      if (!el && !light.entries.length && PREFIX_TEXT.test(bare)) light.prefix ??= bare;
      else if (bare) light.entries.push({label: el ? label : bare, href: raw == null ? undefined : this.#checkHref(raw, '<lec-breadcrumb> <a href>')});
    }
    this.light = light;
  }

  /**
   * Watches the children, read again whenever the page changes them, and the space for the trail
   * (`.ruler`, which never changes size when the element collapses or expands, so the callback
   * cannot cause a "ResizeObserver loop"), and what says whether the trail fits (see #watchFit).
   */
  #observe() {
    this.#mutationObserver ??= new MutationObserver(() => this.#readLightDom());
    this.#mutationObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['href', 'slot', 'aria-label', 'aria-hidden', 'title', 'alt'],
    });
    this.#ruler = this.renderRoot.querySelector('.ruler')!;
    // The window's own observer: one in a frame goes with the frame (this window's kept watching
    // a trail in a frame the page removed, and reported a "ResizeObserver loop" error).
    this.#resizeObserver ??= new (this.ownerDocument.defaultView ?? globalThis).ResizeObserver(() => this.#handleResize());
    this.#resizeObserver.observe(this.#ruler);
  }

  /**
   * Watches the box whose width changes when the whole trail's does (fonts, text size): while the
   * trail overflows, its one-line copy in `.measure`; else the current page's entry, which shrinks
   * (with an ellipsis) when the trail stops fitting. The copy doubles a trail's layout, so it is
   * drawn only while needed. Called after each render, in a later task: a box first observed
   * during the resize callbacks of a frame (a render they caused) would be reported as a
   * "ResizeObserver loop" error unless it were deeper than every box they reported.
   */
  #watchFit() {
    setTimeout(() => {
      const observer = this.#resizeObserver;
      if (!this.isConnected || !observer) return; // (#ruler is set once observed)
      const fit = this.#ruler.firstElementChild ?? this.#currentEntry;
      if (fit === this.#fit) return;
      if (this.#fit) observer.unobserve(this.#fit);
      this.#fit = fit ?? undefined;
      if (fit) observer.observe(fit);
    });
  }

  /** The current page's entry, the last item's: it shrinks, with an ellipsis, when the trail stops fitting. */
  get #currentEntry() {
    return this.renderRoot.querySelector('.list')?.lastElementChild?.lastElementChild;
  }

  #handleResize() {
    // Sizes along the line, which runs top to bottom on a page written vertically (some Chinese
    // pages set writing-mode: vertical-rl): measured across it, a trail there never collapsed.
    // (Read after layout, in the observer's callback: the style is fresh, reading it costs nothing.)
    const vertical = /^(vertical|sideways)/.test((this.ownerDocument.defaultView ?? window).getComputedStyle(this).writingMode);
    const along = (el: Element) => el.getBoundingClientRect()[vertical ? 'height' : 'width'];
    const over = (el: Element) => (vertical ? el.scrollHeight - el.clientHeight : el.scrollWidth - el.clientWidth) > 1;
    const available = along(this.#ruler);
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    // A later change of width measures the trail afresh, and collapses an expanded one again; not
    // while focus is in it (zooming, turning the phone, a scroll bar that the taller trail brings),
    // which would hide the entry that has focus and drop the keyboard user's place on the page.
    if (Math.abs(available - (this.#lastLength ?? available)) >= 1) {
      this.#cut = undefined;
      if (!focused) this.expanded = false;
    }
    this.#lastLength = available;
    const measure = this.#ruler.firstElementChild;
    // The copy says "fits" up to half a pixel over; the current entry counts as cut from a whole
    // pixel. Once the entry was cut, the trail stays collapsed while the copy keeps the width it
    // had then (page styles on ::part(item), say, which the copy has no box for, can make the
    // copy narrower than the trail): it settles in one state instead of switching back and forth.
    let overflowing;
    if (measure) {
      const copy = along(measure);
      if (this.#cut === true) this.#cut = copy;
      overflowing = copy > available + 0.5 || copy === this.#cut;
    } else {
      const current = this.#currentEntry;
      const list = current?.closest('.list');
      overflowing = !!current && !!list && (over(list) || over(current));
      if (overflowing) this.#cut = true;
    }
    if (overflowing !== this.overflowing && this.#fit) {
      // The render this causes removes or resizes the watched box: stop watching it first, or
      // the change would be reported in this same frame, as a "ResizeObserver loop" error.
      this.#resizeObserver!.unobserve(this.#fit);
      this.#fit = undefined;
    }
    this.overflowing = overflowing;
    // The "…" button goes once the trail fits (a phone turned, a zoom undone): focus on it moves
    // to the first entry it stood for, not to the start of the page.
    if (!overflowing && focused?.matches('.expand')) {
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.list > :nth-child(2) > .entry')?.focus());
    }
  }

  async #handleExpand() {
    this.expanded = true;
    this.dispatchEvent(new Event('lec-breadcrumb-expand', {bubbles: true, composed: true}));
    await this.updateComplete;
    // The entry right after the button is the first one revealed (a link, or text with tabindex=-1).
    this.renderRoot.querySelector<HTMLElement>('.expand-item+li>.entry')?.focus();
  }

  /**
   * The schema.org `BreadcrumbList` of the entries as JSON, links made absolute against `base`
   * (an entry whose link cannot be made absolute has no `item`), with `<` escaped, so a label can
   * never close the script in a serialised page.
   */
  #jsonLd(base: string | undefined) {
    return JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: this.entries.map(({label, href}, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: label,
        // Left out by JSON.stringify when undefined: no link, or one that cannot be made absolute.
        item: href && absoluteUrl(href, base),
      })),
    }).replace(/</g, '\\u003c');
  }

  /**
   * Writes, updates or removes the JSON-LD script in the document's head. A prerendered page has
   * the server's scripts (`data-lec-breadcrumb="served"`): each trail takes the first one no
   * trail has taken yet, in document order as the server wrote them, instead of adding another.
   */
  #syncJsonLd() {
    if (!this.structuredData || !this.isConnected || !this.entries.length) {
      this.#ldScript?.remove();
      return;
    }
    // In the element's own document: a trail in a frame describes the frame's page.
    const doc = this.ownerDocument;
    const json = this.#jsonLd(doc.baseURI);
    const text = jsonScriptText(json);
    if (text === undefined) {
      warnPolicyRefused();
      return;
    }
    try {
      const script = (this.#ldScript ??=
        doc.querySelector<HTMLScriptElement>('script[data-lec-breadcrumb=served]') ??
        Object.assign(doc.createElement('script'), {type: 'application/ld+json'}));
      script.dataset.lecBreadcrumb = '';
      if (script.text !== json) script.text = text;
      if (script.parentNode !== doc.head) doc.head.append(script);
    } catch (error) {
      console.warn('<lec-breadcrumb>: could not write the structured data.', error);
    }
  }

  protected override render(): TemplateResult {
    const {entries} = this;
    const last = entries.length - 1;
    const collapsible = last > 1 && this.overflowing;
    const collapsed = collapsible && !this.expanded;
    const prefix = this.prefix ?? msg('Location:', {desc: 'Visible text before the breadcrumb trail at the top of a page.'});
    // What shows: the page's own prefix (in the slot, else the attribute), else the built-in one.
    const shown = this.light.prefix ?? prefix;
    // A fresh copy of the page's separator per position (a node can only be in one place).
    const custom = this.light.separator;
    const separator = () =>
      html`<span part="separator" class=${custom ? 'separator custom' : 'separator'} aria-hidden="true"
        >${custom?.cloneNode(true)}</span
      >`;
    const entry = ({label, href}: Entry, i: number) => {
      const current = i === last;
      const ariaCurrent = current ? 'page' : undefined;
      return href === undefined
        ? html`<span
            part=${current ? 'current' : 'text'}
            class="entry"
            dir="auto"
            title=${label}
            aria-current=${ifDefined(ariaCurrent)}
            tabindex=${ifDefined(i > 0 && !current ? -1 : undefined)}
            >${label}</span
          >`
        : html`<a
            part=${current ? 'link current' : 'link'}
            class="entry link"
            dir="auto"
            href=${href}
            title=${label}
            aria-current=${ifDefined(ariaCurrent)}
            >${label}</a
          >`;
    };
    return html`<nav
      part="base"
      class="base"
      aria-label=${this.label || msg('Breadcrumb', {desc: 'Accessible name of the breadcrumb navigation landmark.'})}
    >
      <span
        part="prefix"
        class="prefix ${FULL_WIDTH_COLON.test(shown) ? 'colon' : ''}"
        dir="auto"
        ?hidden=${shown === '' && this.light.prefix === undefined}
        ><slot name="prefix">${shown}</slot></span
      >
      <div class="trail">
        <ol part="list" class="list ${collapsed ? 'tight' : this.overflowing || last < 2 ? 'wrap' : ''}">
          ${entries.map(
            (e, i) =>
              html`${i === 1 && collapsible
                  ? html`<li class="expand-item ${collapsed ? '' : 'away'}">
                      ${separator()}
                      <button
                        part="expand"
                        class="expand"
                        type="button"
                        aria-expanded=${!collapsed}
                        aria-label=${msg('Show hidden entries', {desc: 'Accessible name of the "…" button that shows the middle entries of a collapsed breadcrumb trail.'})}
                        @click=${this.#handleExpand}
                      >
                        …
                      </button>
                    </li>`
                  : nothing}
                <li part="item" class="item ${collapsed && i > 0 && i < last ? 'away' : ''}">
                  ${i ? separator() : nothing}${entry(e, i)}
                </li>`
          )}
        </ol>
        <div class="ruler" aria-hidden="true">
          ${this.overflowing
            ? html`<div class="measure">
                ${entries.map(
                  ({label, href}, i) =>
                    // With the entries' parts, so that page styles on them size the copy alike.
                    html`${i ? separator() : nothing}<span
                        part=${href === undefined ? (i === last ? 'current' : 'text') : i === last ? 'link current' : 'link'}
                        class="entry ${href === undefined ? '' : 'link'}"
                        >${label}</span
                      >`
                )}
              </div>`
            : nothing}
        </div>
      </div>
    </nav>`;
  }
}

/** Once per page: the page enforces Trusted Types without allowing our policy. */
const warnPolicyRefused = () =>
  warnOnce(
    `<lec-breadcrumb>: structured-data needs the Trusted Types policy "${SCRIPT_POLICY}": add it to the trusted-types directive of this page's Content-Security-Policy.`
  );

/** The absolute form of an allowed URL against `base`, or undefined when it cannot be made absolute (a relative one and no base, on a server). */
function absoluteUrl(href: string, base: string | undefined) {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** A deep copy of the page's separator without scripts, handlers, links or focusable content. */
function cleanSeparator(source: Element): Element {
  const copy = source.cloneNode(true) as Element;
  for (const bad of copy.querySelectorAll(UNSAFE_IN_SEPARATOR)) bad.remove();
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const {name, value} of [...el.attributes]) {
      if (
        /^(on|(slot|id|tabindex|contenteditable|autofocus)$)/i.test(name) ||
        (/(^|:)(href|src|srcset|action|formaction)$/i.test(name) && !allowedUrl(value, WEB_SCHEMES))
      ) {
        el.removeAttribute(name);
      }
    }
  }
  return copy;
}
