import {LitElement, adoptStyles} from 'lit';
import type {PropertyDeclarations, PropertyValues} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';

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

  /** Pins the colour scheme of this element and everything in it: `light`, `dark` or `auto`. */
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
    if (root && !root.adoptedStyleSheets.length) {
      const styles = (this.constructor as typeof LitElement).elementStyles;
      const view = this.ownerDocument.defaultView;
      if (this.ownerDocument === document || !view) {
        adoptStyles(root, styles);
      } else {
        // Constructed sheets cannot be shared across documents: build this document's own.
        root.adoptedStyleSheets = styles.map((style) => {
          const sheet = new view.CSSStyleSheet();
          sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('') : style.cssText);
          return sheet;
        });
      }
    }
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
