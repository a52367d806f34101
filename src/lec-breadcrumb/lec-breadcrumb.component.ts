import {LitElement, html, nothing} from 'lit';
import type {ComplexAttributeConverter, PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {localized, msg} from '@lit/localize';
import {WEB_SCHEMES, allowedUrl, checkedUrl} from '../internal/url-policy.js';
import {checkTheme, tokens} from '../internal/tokens.js';
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

const WHERE = '<lec-breadcrumb> items';

/** Text nodes that are only separators a webmaster wrote for the no-JS fallback. */
const FALLBACK_SEPARATOR = /^[\s>›»/|\\→·•-]*$/;

/** Elements that never belong in a cloned separator: scripts, embeds and anything focusable. */
const UNSAFE_IN_SEPARATOR =
  'script, style, iframe, object, embed, foreignObject, a, area, button, input, select, textarea, form, video, audio, template, slot';

/** Parses the JSON attribute; invalid JSON leaves the light-DOM entries in place. */
const itemsConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute(value) {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      console.error(
        `<lec-breadcrumb>: the items attribute is not valid JSON (${(error as Error).message}); ` +
          `showing the entries written inside the element instead. Expected [{"label": "...", "href": "..."}].`
      );
      return undefined;
    }
  },
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
 * fit on one line, the middle entries collapse into a "…" button. Entries added, removed or edited
 * later are picked up. Text-only children made of separator characters (`>`, `›`, `/`, …) and
 * children with `aria-hidden="true"` are treated as fallback separators, not entries.
 *
 * Before the script loads, this CSS in the page shows the light DOM as one line of links and
 * reserves the final height, so nothing moves when the element upgrades:
 *
 * ```css
 * lec-breadcrumb:not(:defined) {
 *   display: block;
 *   font-size: var(--lec-breadcrumb-font-size, 0.875rem);
 *   line-height: max(24px, 1.5em);
 *   block-size: max(24px, 1.5em);
 *   white-space: nowrap;
 *   overflow: hidden;
 *   text-overflow: ellipsis;
 * }
 * lec-breadcrumb:not(:defined) > [slot] {
 *   display: none;
 * }
 * lec-breadcrumb:not(:defined) > :not([slot]) ~ :not([slot])::before {
 *   content: '›' / '';
 *   display: inline-block;
 *   margin-inline: 0.375em;
 * }
 * ```
 *
 * @summary An accessible, localized breadcrumb trail with collapse, structured data and a no-JS fallback.
 * @tag lec-breadcrumb
 *
 * @slot - Not shown: the light-DOM `<a href>` and `<span>` entries are read as data (the last is the current page).
 * @slot prefix - The visible prefix, replacing the `prefix` attribute and the default "Location:".
 * @slot separator - An element (text or icon) cloned between entries; event handlers and links are stripped.
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
 * @cssprop [--lec-breadcrumb-font-size=0.875rem] - The font size of the whole trail.
 * @cssprop [--lec-breadcrumb-separator='›'] - The separator, as a CSS string such as `'/'`; mirrors in right-to-left pages.
 *
 * @fires lec-breadcrumb-expand - A visitor showed the collapsed entries; no detail.
 */
@localized()
export class LecBreadcrumb extends LitElement {
  static override styles = [tokens, styles];

  /** The entries written inside the element (the no-JS fallback), read on connect and on change. */
  @state() private lightEntries: Entry[] = [];
  /** Whether the page put content in the `prefix` slot. */
  @state() private hasPrefixSlot = false;
  /** The page's separator element, cleaned; cloned into each separator. */
  @state() private separatorNode?: Element;
  /** The whole trail is wider than the space for it. */
  @state() private overflowing = false;
  /** A visitor asked to see every entry; reset when the width changes. */
  @state() private expanded = false;
  @query('.ruler') private ruler?: HTMLElement;
  @query('.measure') private measure?: HTMLElement;

  /** The entries on screen: `items` when it holds any valid entry, else the light DOM. */
  private entries: Entry[] = [];
  private itemEntries?: Entry[];
  private entriesChanged = false;
  private checkedHrefs = new Map<string, string | undefined>();
  private mutationObserver?: MutationObserver;
  private resizeObserver?: ResizeObserver;
  private lastWidth?: number;
  private ldScript?: HTMLScriptElement;

  /** The accessible name of the landmark; defaults to "Breadcrumb" in the page's language. */
  @property() label?: string;

  /**
   * The visible text before the trail; defaults to "Location:" in the page's language, empty hides it.
   * (It shadows DOM's rarely used `Element.prefix`, the XML namespace prefix, which is always null here.)
   */
  @property() override prefix: string | null = null;

  /** The trail as data, `[{label, href}]` (the JSON attribute or the property); replaces the light-DOM entries. */
  @property({attribute: 'items', converter: itemsConverter}) items?: LecBreadcrumbItem[];

  /** Writes a schema.org `BreadcrumbList` JSON-LD script into the document's head. */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  /** Pins the colour scheme: `light`, `dark` or `auto`. */
  @property({reflect: true}) theme?: 'light' | 'dark' | 'auto';

  override connectedCallback() {
    super.connectedCallback();
    this.readLightDom();
    this.mutationObserver = new MutationObserver(() => this.readLightDom());
    this.mutationObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'slot', 'aria-label', 'aria-hidden', 'title'],
    });
    if (this.hasUpdated) {
      this.observeSize();
      this.syncStructuredData();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.mutationObserver?.disconnect();
    this.resizeObserver?.disconnect();
    this.mutationObserver = this.resizeObserver = undefined;
    this.lastWidth = undefined;
    this.ldScript?.remove();
    this.ldScript = undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('theme')) checkTheme(this.theme, 'lec-breadcrumb');
    if (changed.has('items')) this.itemEntries = this.normaliseItems(this.items);
    if (changed.has('items') || changed.has('lightEntries')) {
      const next = this.itemEntries ?? this.lightEntries;
      this.entriesChanged ||= JSON.stringify(next) !== JSON.stringify(this.entries);
      this.entries = next;
    }
  }

  protected override firstUpdated() {
    this.observeSize();
  }

  protected override updated(changed: PropertyValues) {
    if (this.entriesChanged || changed.has('structuredData')) this.syncStructuredData();
    this.entriesChanged = false;
  }

  /** Checks an href once per distinct value, so re-reading the light DOM does not repeat warnings. */
  private checkHref(raw: string) {
    if (!this.checkedHrefs.has(raw)) this.checkedHrefs.set(raw, checkedUrl(raw, WEB_SCHEMES, WHERE));
    return this.checkedHrefs.get(raw);
  }

  private normaliseItems(value: unknown): Entry[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      console.warn(`${WHERE}: expected an array of {label, href}, got ${typeof value}; showing the entries written inside the element.`);
      return undefined;
    }
    const entries: Entry[] = [];
    value.forEach((item: unknown, i) => {
      const {label, href} = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
      if (typeof label !== 'string' || label.trim() === '') {
        console.warn(`${WHERE}: dropped entry ${i}, which has no text label.`);
        return;
      }
      if (href !== undefined && href !== null && typeof href !== 'string') {
        console.warn(`${WHERE}: the href of entry ${i} is not a string; showing "${label.trim()}" as text.`);
      }
      entries.push({label: label.trim(), href: typeof href === 'string' ? this.checkHref(href) : undefined});
    });
    return entries.length ? entries : undefined;
  }

  /** Reads the light DOM into state: the entries, the prefix slot and the separator slot. */
  private readLightDom() {
    const entries: Entry[] = [];
    let separator: Element | undefined;
    let prefix = false;
    for (const node of this.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent!.trim();
        if (!FALLBACK_SEPARATOR.test(text)) entries.push({label: text});
        continue;
      }
      if (!(node instanceof Element)) continue;
      const slot = node.getAttribute('slot');
      if (slot === 'prefix') prefix = true;
      if (slot === 'separator') separator ??= node;
      if (slot !== null || node.getAttribute('aria-hidden') === 'true') continue;
      if (['script', 'style', 'template'].includes(node.localName)) continue;
      const label =
        node.textContent!.replace(/\s+/g, ' ').trim() ||
        node.getAttribute('aria-label')?.trim() ||
        node.getAttribute('title')?.trim() ||
        '';
      if (label === '' || FALLBACK_SEPARATOR.test(label)) continue;
      const link = node.localName === 'a' ? node : node.querySelector('a');
      const raw = link?.getAttribute('href');
      entries.push({label, href: raw == null ? undefined : this.checkHref(raw)});
    }
    if (JSON.stringify(entries) !== JSON.stringify(this.lightEntries)) this.lightEntries = entries;
    this.hasPrefixSlot = prefix;
    const cleaned = separator && cleanSeparator(separator);
    if (cleaned?.outerHTML !== this.separatorNode?.outerHTML) this.separatorNode = cleaned;
  }

  /**
   * Watches the space for the trail and the trail's natural width. Neither box changes size when
   * the element collapses or expands, so the callback cannot cause a "ResizeObserver loop".
   */
  private observeSize() {
    if (this.resizeObserver || !this.ruler || !this.measure) return;
    this.resizeObserver = new ResizeObserver(() => this.handleResize());
    this.resizeObserver.observe(this.ruler);
    this.resizeObserver.observe(this.measure);
  }

  private handleResize() {
    if (!this.ruler || !this.measure) return;
    const available = this.ruler.getBoundingClientRect().width;
    const natural = this.measure.getBoundingClientRect().width;
    // A later change of width collapses an expanded trail again.
    if (this.lastWidth !== undefined && Math.abs(available - this.lastWidth) >= 1) this.expanded = false;
    this.lastWidth = available;
    this.overflowing = natural > available + 0.5;
  }

  private async handleExpand() {
    this.expanded = true;
    this.dispatchEvent(new Event('lec-breadcrumb-expand', {bubbles: true, composed: true}));
    await this.updateComplete;
    const revealed = this.renderRoot.querySelector<HTMLElement>('.revealed a, .revealed [tabindex]');
    revealed?.focus();
  }

  /** Writes, updates or removes the JSON-LD script in the document's head. */
  private syncStructuredData() {
    const entries = this.entries;
    if (!this.structuredData || !this.isConnected || entries.length === 0) {
      this.ldScript?.remove();
      this.ldScript = undefined;
      return;
    }
    const data = {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: entries.map((entry, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: entry.label,
        ...(entry.href ? {item: absoluteUrl(entry.href)} : {}),
      })),
    };
    // `<` escaped, so a label can never close the script in a serialised page.
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    try {
      this.ldScript ??= Object.assign(document.createElement('script'), {type: 'application/ld+json'});
      this.ldScript.dataset.lecBreadcrumb = '';
      if (this.ldScript.textContent !== json) this.ldScript.textContent = json;
      if (!this.ldScript.isConnected) document.head.append(this.ldScript);
    } catch (error) {
      // Trusted Types pages refuse script text set from code.
      console.warn('<lec-breadcrumb>: could not write the structured data.', error);
    }
  }

  private renderSeparator() {
    const custom = this.separatorNode;
    return html`<span part="separator" class=${custom ? 'separator custom' : 'separator'} aria-hidden="true"
      >${custom ? custom.cloneNode(true) : nothing}</span
    >`;
  }

  private renderEntry(entry: Entry, current: boolean, focusable: boolean) {
    const ariaCurrent = current ? 'page' : undefined;
    if (entry.href !== undefined) {
      return html`<a
        part=${current ? 'link current' : 'link'}
        class="entry link"
        dir="auto"
        href=${entry.href}
        title=${entry.label}
        aria-current=${ifDefined(ariaCurrent)}
        >${entry.label}</a
      >`;
    }
    return html`<span
      part=${current ? 'current' : 'text'}
      class="entry"
      dir="auto"
      title=${entry.label}
      aria-current=${ifDefined(ariaCurrent)}
      tabindex=${ifDefined(focusable ? -1 : undefined)}
      >${entry.label}</span
    >`;
  }

  private renderExpand(collapsed: boolean) {
    return html`<li class=${classMap({'expand-item': true, away: !collapsed})}>
      ${this.renderSeparator()}
      <button
        part="expand"
        class="expand"
        type="button"
        aria-expanded=${collapsed ? 'false' : 'true'}
        aria-label=${msg('Show hidden entries', {desc: 'Accessible name of the "…" button that shows the middle entries of a collapsed breadcrumb trail.'})}
        @click=${this.handleExpand}
      >
        …
      </button>
    </li>`;
  }

  /** A copy of the whole trail on one line, never shown, to measure its natural width. */
  private renderMeasure() {
    return html`<div class="ruler" aria-hidden="true">
      <div class="measure">
        ${this.entries.map(
          (entry, i) => html`<span class="item">
            ${i > 0 ? this.renderSeparator() : nothing}
            <span class=${entry.href === undefined ? 'entry' : 'entry link'} dir="auto">${entry.label}</span>
          </span>`
        )}
      </div>
    </div>`;
  }

  protected override render() {
    const entries = this.entries;
    const last = entries.length - 1;
    const collapsible = entries.length > 2 && this.overflowing;
    const collapsed = collapsible && !this.expanded;
    const prefix = this.prefix ?? msg('Location:', {desc: 'Visible text before the breadcrumb trail at the top of a page.'});
    return html`<nav
      part="base"
      class="base"
      aria-label=${this.label || msg('Breadcrumb', {desc: 'Accessible name of the breadcrumb navigation landmark.'})}
    >
      <span part="prefix" class="prefix" dir="auto" ?hidden=${prefix === '' && !this.hasPrefixSlot}
        ><slot name="prefix">${prefix}</slot></span
      >
      <div class="trail">
        <ol part="list" class=${classMap({list: true, wrap: collapsible && this.expanded})}>
          ${entries.map((entry, i) => {
            const middle = i > 0 && i < last;
            return html`${i === 1 && collapsible ? this.renderExpand(collapsed) : nothing}
              <li
                part="item"
                class=${classMap({item: true, away: collapsed && middle, revealed: collapsible && !collapsed && middle})}
              >
                ${i > 0 ? this.renderSeparator() : nothing}
                ${this.renderEntry(entry, i === last, collapsible && middle)}
              </li>`;
          })}
        </ol>
        ${this.renderMeasure()}
      </div>
      <slot name="separator"></slot>
    </nav>`;
  }
}

/** The absolute form of an allowed URL, or undefined when the browser cannot parse it. */
function absoluteUrl(href: string) {
  try {
    return new URL(href, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/** A deep copy of the page's separator without scripts, handlers, links or focusable content. */
function cleanSeparator(source: Element): Element {
  const copy = source.cloneNode(true) as Element;
  copy.removeAttribute('slot');
  for (const bad of copy.querySelectorAll(UNSAFE_IN_SEPARATOR)) bad.remove();
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const {name, value} of [...el.attributes]) {
      const lower = name.toLowerCase();
      const isUrl = /(^|:)(href|src|srcset|action|formaction|xlink:href)$/.test(lower);
      if (
        lower.startsWith('on') ||
        ['id', 'tabindex', 'contenteditable', 'autofocus'].includes(lower) ||
        (isUrl && allowedUrl(value, WEB_SCHEMES) === undefined)
      ) {
        el.removeAttribute(name);
      }
    }
  }
  return copy;
}
