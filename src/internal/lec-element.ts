import {LitElement, adoptStyles} from 'lit';
import type {PropertyDeclarations, PropertyValues} from 'lit';
import {OURS} from './define.js';
import {getLocale, localized} from './localization.js';
import {PRERENDERED_ATTRIBUTE} from './server-context.js';
import type {LightNode} from './light-dom.js';
import {due, inTurn, openSlice} from './slices.js';
import {warnOnce} from './warn-once.js';
import type {SlicedElement} from './slices.js';

/** The values the `theme` attribute accepts; anything else is ignored with a warning. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type LecTheme = (typeof THEMES)[number];

/**
 * What all our elements share: the `theme` attribute, re-rendering when the page's locale
 * changes, and two repairs Lit does not make on its own (see connectedCallback).
 *
 * Properties are declared with `static properties` rather than decorators: with dozens of
 * properties the decorator calls and their helper cost about 0.7 KB gzip in the one-tag bundle.
 */
export class LecElement extends LitElement {
  static override properties: PropertyDeclarations = {theme: {reflect: true}};
  static readonly [OURS] = true;

  /**
   * Pins the colour scheme of this element and everything in it: `light`, `dark` or `auto`.
   * @type {'light' | 'dark' | 'auto' | undefined}
   */
  declare theme?: LecTheme;

  /**
   * Set only by the prerenderer (src/prerender/), as a property binding: this element's children
   * as parsed from the page, for the server render to read as the browser reads the real ones.
   */
  protected declare serverLight?: LightNode;

  /**
   * A number attribute as the page wrote it, for a warning: `heading-level="h3"`, not the NaN
   * Lit made of it. The value itself when it came from script.
   */
  protected written(attribute: string, value: unknown) {
    const text = this.getAttribute(attribute);
    return text != null && Object.is(Number(text), value) ? text : value;
  }

  override connectedCallback() {
    // The upgrade's time counts toward this task's slice of our work (see slices.ts).
    openSlice();
    super.connectedCallback();
    localized.add(this);
    // The locale may have changed while we were detached (setLocale updates connected elements
    // only), and a shadow root moved through another document loses its adopted stylesheets:
    // catch up on both.
    if (this.hasUpdated) this.requestUpdate();
    const root = this.shadowRoot;
    if (root && !root.adoptedStyleSheets.length) this.#adoptStyles(root);
    if (this.isUpdatePending) due(this as unknown as SlicedElement);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    localized.delete(this);
  }

  /** Lit's render root, also for an element first connected in another document (a frame's). */
  protected override createRenderRoot() {
    // A declarative shadow root from the prerenderer: dist/lec.ssr.js hydrates it in place (its
    // Lit evaluated after Lit's hydration support, which patched it and stays on globalThis). Any
    // other bundle would render a second copy after the server's, so it starts from an empty
    // root instead and says which bundle to load.
    const served = this.shadowRoot;
    const hydrates = 'litElementHydrateSupport' in globalThis;
    if (served && !hydrates) cannotHydrate(served);
    // Rendered in another language than the page's now (a script changed <html lang> before the
    // bundle came): hydrating would keep the server's words for good, so render afresh. Lit's
    // hydration support takes any shadow root as one to hydrate: this one is set up below.
    const rendered = this.getAttribute(PRERENDERED_ATTRIBUTE);
    const fresh = served && hydrates && !!rendered && rendered !== getLocale();
    if (fresh) served.replaceChildren();
    if (this.ownerDocument === document && !fresh) return super.createRenderRoot();
    const root = served ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.#adoptStyles(root);
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /** Adopts our styles into `root` as sheets of its own document: constructed sheets cannot cross documents. */
  #adoptStyles(root: ShadowRoot) {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    const view = this.ownerDocument.defaultView;
    if (this.ownerDocument === document || !view) return adoptStyles(root, styles);
    root.adoptedStyleSheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('') : style.cssText);
      return sheet;
    });
  }

  /** Set for an update that must wait for a later task whatever the slice (see slices.ts). */
  protected updateLater = false;

  /** Lit's update, in its turn: many elements render over several tasks (see slices.ts). */
  protected override scheduleUpdate() {
    const later = this.updateLater;
    this.updateLater = false;
    return inTurn(this as unknown as SlicedElement, () => super.scheduleUpdate(), later);
  }

  protected override willUpdate(changed: PropertyValues) {
    const theme = this.theme;
    // null once the attribute is removed: back to following the page, nothing to warn about.
    if (changed.has('theme') && theme != null && !THEMES.includes(theme)) {
      console.warn(
        `<${this.localName}>: theme="${theme}" is not one of ${THEMES.join(', ')}; following the page instead.`
      );
    }
  }
}

/** Empties a prerendered shadow root this bundle cannot hydrate, and says (once) what to load. */
function cannotHydrate(root: ShadowRoot) {
  root.replaceChildren();
  warnOnce('@sjtu-lec/elements: prerendered page: load lec.ssr.js instead of this script.');
}
