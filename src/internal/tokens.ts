import {css} from 'lit';

/**
 * Design tokens shared by all elements. Public knobs are read with a fallback (never declared
 * on `:host`), so a page can theme every element at once from any ancestor.
 *
 * Colours use `light-dark()`, which follows the inherited `color-scheme`: an element follows
 * its page (a page that declares `color-scheme: light dark` follows the visitor's
 * `prefers-color-scheme`), and `theme="light|dark|auto"` on any of our elements pins it for
 * that element and everything inside it, slotted children included.
 *
 * The `@cssprop` tags below are the public shared tokens: `custom-elements-manifest.config.mjs`
 * adds each to the manifest entry of every element whose styles read it, so they are documented
 * once, here.
 *
 * @cssprop [--lec-color-brand=light-dark(#a71e32, #ff8095)] - SJTU red: the About heading and its accent bar.
 * @cssprop [--lec-color-text=light-dark(#1f2328, #e6e8eb)] - The text colour.
 * @cssprop [--lec-color-muted=light-dark(#545b64, #b3bac3)] - Secondary text: the trail's prefix and separators.
 * @cssprop [--lec-color-surface=light-dark(transparent, #16181c)] - The About section's background: unset, the page's own in the light scheme and #16181c in the dark.
 * @cssprop [--lec-color-line=light-dark(#d8dce1, #3a3f46)] - The rule under the About heading.
 * @cssprop [--lec-color-link=light-dark(#a71e32, #ff8095)] - Links and link-like buttons (the trail's links and "…", the download button).
 * @cssprop [--lec-color-focus=light-dark(#0b57d0, #8ab4f8)] - The keyboard focus ring.
 * @cssprop [--lec-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif] - The font family: the system's sans-serif, with Latin fonts before the Simplified-Chinese ones (in Chinese, `<lec-about>` puts the Chinese ones first).
 * @cssprop [--lec-font-size=medium] - The base size every size of the element is in em of: the visitor's preferred text size, whatever the page's root font size.
 */
export const tokens = css`
  :host {
    --_lec-brand: var(--lec-color-brand, light-dark(#a71e32, #ff8095));
    --_lec-text: var(--lec-color-text, light-dark(#1f2328, #e6e8eb));
    --_lec-muted: var(--lec-color-muted, light-dark(#545b64, #b3bac3));
    --_lec-surface: var(--lec-color-surface, light-dark(transparent, #16181c));
    --_lec-line: var(--lec-color-line, light-dark(#d8dce1, #3a3f46));
    --_lec-link: var(--lec-color-link, light-dark(#a71e32, #ff8095));
    --_lec-focus: var(--lec-color-focus, light-dark(#0b57d0, #8ab4f8));
    /* Simplified-Chinese system fonts, also read by <lec-about> to put them first in Chinese. */
    --_lec-cjk: 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC',
      'Noto Sans SC', 'Source Han Sans SC';
    --_lec-font: var(
      --lec-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      /* Linux desktops' Latin fonts come before any CJK font, which would draw ’ “ ” full-width. */
      'Noto Sans',
      'Liberation Sans',
      'DejaVu Sans',
      var(--_lec-cjk),
      sans-serif
    );
    font-family: var(--_lec-font);
    color: var(--_lec-text);
    /* Every size inside is in em of this: the visitor's preferred text size (medium), not the
       page's root size, which CMS themes set to 10px (Bootstrap 3) or 62.5%. */
    font-size: var(--lec-font-size, medium);
    /* Text properties a page may set on an ancestor (<td nowrap>, centred or spaced-out text)
       that would break our layout. Family and colour still come from the page, through tokens. */
    font-style: normal;
    font-weight: normal;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    word-break: normal;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Dark text on white paper whatever the theme, the page's background or its colour tokens: the
     white shows when the visitor prints backgrounds, and covers a dark page's. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      --_lec-text: #1f2328;
      --_lec-muted: #545b64;
      --_lec-brand: #a71e32;
      --_lec-link: #a71e32;
      /* Important: a shadow tree's important declaration beats the page's own rules on the
         element (a card's dark background), which a plain :host rule would lose to. */
      background: #fff !important;
    }
  }
  /* The colour apart: a browser without light-dark() (Chrome < 123, Firefox < 120, Safari < 17.5)
     cannot compute the token, and drops the declaration that holds it. In the shorthand that
     dropped the whole ring; now only the colour goes, to the text's. */
  :focus-visible {
    outline: 2px solid;
    outline-color: var(--_lec-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :host {
      --_lec-brand: CanvasText;
      --_lec-text: CanvasText;
      --_lec-muted: CanvasText;
      --_lec-surface: Canvas;
      --_lec-line: CanvasText;
      --_lec-link: LinkText;
      --_lec-focus: Highlight;
    }
  }
`;
