import {LitElement, adoptStyles} from 'lit';
import type {PropertyDeclarations, PropertyValues} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {OURS} from './define.js';

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

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    // The locale may have changed while we were detached (the locale controller does not
    // listen then), and a shadow root moved through another document loses its adopted
    // stylesheets: catch up on both.
    if (this.hasUpdated) this.requestUpdate();
    const root = this.shadowRoot;
    if (root && !root.adoptedStyleSheets.length) this.#adoptStyles(root);
  }

  /** Lit's render root, also for an element first connected in another document (a frame's). */
  protected override createRenderRoot() {
    if (this.ownerDocument === document) return super.createRenderRoot();
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
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

  protected override willUpdate(changed: PropertyValues) {
    const theme = this.theme;
    if (changed.has('theme') && theme !== undefined && !THEMES.includes(theme)) {
      console.warn(
        `<${this.localName}>: theme="${theme}" is not one of ${THEMES.join(', ')}; following the page instead.`
      );
    }
  }
}
