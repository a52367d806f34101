import {html, isServer, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {WEB_SCHEMES, checkedUrl} from '../internal/url-policy.js';
import {LecElement} from '../internal/lec-element.js';
import {isOurs} from '../internal/define.js';
import {PRERENDERED_ATTRIBUTE} from '../internal/server-context.js';
import type {LightNode} from '../internal/light-dom.js';
import {tokens} from '../internal/tokens.js';
import {aboutParagraphs} from './about-text.js';
import {styles} from './lec-about.styles.js';

/** The heading levels `heading-level` accepts. */
export type LecAboutHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The "About SJTU LEC" section of a college site in one tag: the trail, a heading, the four
 * paragraphs of the official text (in English or Chinese, following the page's locale) and a
 * QR code for the page. Every part can be replaced through a slot without losing the styling,
 * so a webmaster can keep the text in the page itself for search engines and readers without
 * JavaScript.
 *
 * It renders `<lec-breadcrumb>` and `<lec-qr>`: load `lec-about.js` (which registers both) or
 * register them yourself when you import the class. When the page has given either tag to
 * another script, the section still reads: a plain trail with separators instead of
 * `<lec-breadcrumb>`, and no generated code instead of `<lec-qr>` (the page's slotted codes still
 * show), besides the console warning the registering module gives.
 *
 * @summary The About SJTU LEC section: trail, heading, official text and QR codes, in English and Chinese.
 * @tag lec-about
 *
 * @slot - Your own paragraphs, replacing the built-in text (whitespace alone does not count).
 * @slot breadcrumb - A `<lec-breadcrumb>` replacing the built-in trail "About Us > About SJTU LEC".
 * @slot heading - The heading text, inside the real heading element (overrides the `heading` attribute).
 * @slot qr - Any number of `<lec-qr>` elements, replacing the generated code for the page's address.
 *
 * @csspart base - The labelled `section` that holds everything; the size container of the layout.
 * @csspart breadcrumb - The box that holds the trail.
 * @csspart heading - The `h1`-`h6` heading.
 * @csspart content - The box that holds the body and the QR area side by side, or one below the other.
 * @csspart body - The box that holds the paragraphs.
 * @csspart qr - The box that holds the QR codes.
 *
 * @cssprop [--lec-about-max-width=72em] - The widest the section grows.
 * @cssprop [--lec-about-gap=2em] - The space between the text and the QR codes.
 * @cssprop [--lec-about-padding=1.5em 1.25em] - The padding of the section.
 * @cssprop [--lec-about-heading-color=var(--lec-color-brand)] - The heading's colour; SJTU red by default.
 * @cssprop [--lec-about-heading-font-size=clamp(1.375em, 1.125em + 1.25cqi, 1.75em)] - The heading's font size; by default it grows with the section's width.
 * @cssprop [--lec-about-text-font-size=1em] - The font size of the paragraphs.
 * @cssprop [--lec-about-line-height=1.7] - The line height of the paragraphs (1.8 by default in Chinese).
 * @cssprop [--lec-about-measure=40em] - The longest line of the paragraphs (38em, about 38 characters, in Chinese).
 */
export class LecAbout extends LecElement {
  static override styles = [tokens, styles];
  static override properties: PropertyDeclarations = {
    hasOwnBody: {state: true},
    servedText: {state: true},
    hasOwnCodes: {state: true},
    trailTaken: {state: true},
    qrTaken: {state: true},
    heading: {},
    // useDefault: removing the attribute restores 2 (not null, which the type denies).
    headingLevel: {type: Number, attribute: 'heading-level', useDefault: true},
    aboutUsHref: {attribute: 'about-us-href'},
    noQr: {type: Boolean, attribute: 'no-qr'},
  };

  /** Whether the default slot holds the webmaster's own content (elements or non-blank text). */
  private hasOwnBody = false;
  /** The language of the paragraphs the prerenderer wrote as children (`--light-dom-text`), if any. */
  private servedText?: string;
  /** Whether the page slotted codes of its own: then the code of the page's address is not made. */
  private hasOwnCodes = false;

  /** Whether the page gave `<lec-breadcrumb>` / `<lec-qr>` to another script (read on connect). */
  private trailTaken = false;
  private qrTaken = false;

  /**
   * The heading template of the valid level, set from `headingLevel` in `willUpdate`; the default
   * level's to start with, as useDefault makes the initial level no change there.
   */
  #renderHeading: HeadingTemplate = HEADINGS[1];
  #aboutUsUrl?: string;
  #textWatch?: MutationObserver;

  /** The heading text; defaults to "About SJTU LEC" in the page's language. */
  heading?: string;

  /** The level of the heading, 1 to 6, so it fits the outline of the host page; anything else gives 2. */
  headingLevel: number = 2;

  /** The link of "About Us" in the built-in trail (http, https or relative); without it, "About Us" is plain text. */
  aboutUsHref?: string;

  /** Hides the QR area, slotted codes included. */
  noQr = false;

  override connectedCallback() {
    super.connectedCallback();
    // Decide before the first render, so own paragraphs never flash the built-in text.
    this.#readLightDom();
    // A framework writes text into a text node it already made (Vue's {{ intro }} once the data
    // has loaded), which fires no slotchange: read again when text changes. (The observer lives
    // with the element it watches, so it keeps nothing alive.)
    this.#textWatch ??= new MutationObserver(() => this.#readLightDom());
    this.#textWatch.observe(this, {characterData: true, subtree: true});
    this.trailTaken = !isOurs('lec-breadcrumb');
    this.qrTaken = !isOurs('lec-qr');
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('headingLevel')) {
      // Only a whole number from 1 to 6 finds an entry (not NaN, 0, 2.5 or 7). The subtraction
      // converts like Number(), so a string set from script works too.
      const template = HEADINGS[this.headingLevel - 1] as
        HeadingTemplate | undefined;
      // null only if a script sets it so (a removed attribute gives 2): the default, nothing to warn about.
      if (!template && this.headingLevel != null)
        console.warn(
          `<lec-about>: heading-level="${this.written('heading-level', this.headingLevel)}" is not 1 to 6; using 2.`
        );
      this.#renderHeading = template ?? HEADINGS[1];
    }
    if (changed.has('aboutUsHref')) {
      this.#aboutUsUrl = checkedUrl(
        this.aboutUsHref,
        WEB_SCHEMES,
        '<lec-about> about-us-href'
      );
    }
    // On a server, connectedCallback never runs: read the children the prerenderer handed over.
    if (isServer && this.serverLight) this.#readLightDom(this.serverLight);
    super.willUpdate(changed);
  }

  /**
   * Reads what the page wrote inside: whether the children for the default slot (elements
   * without a `slot`, text) hold anything a reader would see (comments and white space leave the
   * built-in text), and whether it slotted codes of its own. A fallback code is never made
   * behind them: hidden, it would still be encoded. Node types, not `instanceof`: children
   * adopted from another frame are objects of that frame's window.
   */
  #readLightDom(host: LightNode = this) {
    const nodes = [...host.childNodes];
    // The prerenderer's paragraphs are the built-in text in the language of its render, not the page's.
    const served = (n: LightNode) =>
      n.localName === 'p' && !n.getAttribute!('slot') ? n.getAttribute!(PRERENDERED_ATTRIBUTE) : null;
    this.servedText = nodes.map(served).find(Boolean) ?? undefined;
    this.hasOwnBody = nodes.some((n) =>
      n.nodeType === 1 ? !n.getAttribute!('slot') && !served(n) : n.nodeType === 3 && !!n.textContent!.trim()
    );
    this.hasOwnCodes = nodes.some((n) => n.nodeType === 1 && n.getAttribute!('slot') === 'qr');
  }

  protected override render(): TemplateResult {
    const aboutUs = msg('About Us', {
      desc: 'About page trail: the parent page, before the page name.',
    });
    // The language of the built-in text is itself a message, so it always matches the strings
    // shown; the stylesheet picks the Chinese typography with :lang(zh).
    const lang = msg('en', {
      desc: 'Language tag (BCP 47) of this translation, set as the lang attribute of the built-in text (the About section). Write the code of the target locale, e.g. zh-Hans.',
    });
    // The prerenderer's paragraphs are in another language than the page's now: the built-in text
    // replaces them (the page switched languages after the server's render).
    const stale = !!this.servedText && this.servedText !== lang;
    const name = msg('About SJTU LEC', {
      desc: 'Name of the About page: its heading, and the last entry of the trail.',
    });
    // "About Us" links only where the webmaster gave a safe address.
    const parent = this.#aboutUsUrl
      ? html`<a href=${this.#aboutUsUrl}>${aboutUs}</a>`
      : html`<span>${aboutUs}</span>`;
    return html`<section part="base" lang=${lang} aria-labelledby="heading">
      <div part="breadcrumb" class="breadcrumb">
        <slot name="breadcrumb">
          ${
            this.trailTaken
              ? html`<nav class="trail" aria-label=${msg('Breadcrumb', {desc: 'Accessible name of the breadcrumb navigation landmark.'})}>
                  <span class="prefix">${msg('Location:', {desc: 'Visible text before the breadcrumb trail at the top of a page.'})}</span>
                  ${parent} <span aria-hidden="true">›</span> <span aria-current="page">${name}</span>
                </nav>`
              : // The entries also as data: a server render cannot read the children of an element it renders.
                html`<lec-breadcrumb .items=${[{label: aboutUs, href: this.#aboutUsUrl}, {label: name}]}
                  >${parent}<span>${name}</span></lec-breadcrumb
                >`
          }
        </slot>
      </div>
      ${this.#renderHeading(html`<span><slot name="heading">${this.heading || name}</slot></span>`)}
      <div part="content" class="content">
        <div part="body" class="body ${stale ? 'stale' : ''}">
          <slot @slotchange=${() => this.#readLightDom()}></slot>
          ${
            this.hasOwnBody || (this.servedText && !stale)
              ? nothing
              : aboutParagraphs().map((text) => html`<p dir="auto">${text}</p>`)
          }
        </div>
        ${
          this.noQr
            ? nothing
            : html`<div part="qr" class="qr">
                <slot name="qr" @slotchange=${() => this.#readLightDom()}
                  >${this.qrTaken || this.hasOwnCodes ? nothing : html`<lec-qr></lec-qr>`}</slot
                >
              </div>`
        }
      </div>
    </section>`;
  }
}

type HeadingTemplate = (content: unknown) => TemplateResult;

/**
 * A real heading element per level, index = level - 1. Lit needs the tag name in the static
 * part of a template, and one template per level keeps us off unsafeStatic.
 */
const HEADINGS: HeadingTemplate[] = [
  (c) => html`<h1 part="heading" id="heading">${c}</h1>`,
  (c) => html`<h2 part="heading" id="heading">${c}</h2>`,
  (c) => html`<h3 part="heading" id="heading">${c}</h3>`,
  (c) => html`<h4 part="heading" id="heading">${c}</h4>`,
  (c) => html`<h5 part="heading" id="heading">${c}</h5>`,
  (c) => html`<h6 part="heading" id="heading">${c}</h6>`,
];
