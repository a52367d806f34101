import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  /* The text colour comes from the tokens' :host rule. */
  section {
    box-sizing: border-box;
    container-type: inline-size;
    max-inline-size: var(--lec-about-max-width, 72em);
    padding: var(--lec-about-padding, 1.5em 1.25em);
    border-radius: 0.5em;
    /* Unless the page sets one: transparent on a light page, a dark surface in the dark scheme. */
    background: var(--_lec-surface);
    /* Inherited by everything inside, so long words never push the section wider. */
    overflow-wrap: break-word;
  }

  /* The element's intrinsic width, for pages that size it to its content (a float, a table cell,
     a start-aligned grid or flex item): the section is a size container, so its content cannot
     give one. An empty multi-column box can: 4em at least (one column), and in one row as many
     columns as --lec-about-max-width holds. It takes no room. */
  :host::before {
    content: '';
    display: block;
    columns: 30 4em;
    column-gap: 0;
    max-inline-size: var(--lec-about-max-width, 72em);
  }

  .breadcrumb {
    margin-block-end: 1em;
  }
  /* A relative --lec-font-size (1.125em) applies once, to the section: the trail and codes in it
     take the section's size, instead of 1.125em of it again. */
  lec-breadcrumb,
  lec-qr,
  ::slotted(lec-breadcrumb),
  ::slotted(lec-qr) {
    --lec-font-size: 1em;
  }
  /* The plain trail shown when the page gave <lec-breadcrumb> to another script. */
  .trail {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--_lec-muted);
  }
  .trail a {
    color: var(--_lec-link);
  }
  /* 当前位置：'s full-width colon carries its own space. */
  .trail > .prefix:lang(zh) {
    margin-inline-end: -0.375em;
  }

  /* h1-h6 are bold by default. */
  #heading {
    position: relative;
    margin: 0;
    /* In em of the heading, whose size follows the section's width. */
    padding-block-end: 0.4em;
    /* The colour apart, as the focus ring's in tokens.ts: the rule stays where it cannot be computed. */
    border-block-end: 1px solid;
    border-block-end-color: var(--_lec-line);
    font-size: var(
      --lec-about-heading-font-size,
      clamp(1.375em, 1.125em + 1.25cqi, 1.75em)
    );
    line-height: 1.35;
    color: var(--lec-about-heading-color, var(--_lec-brand));
    break-after: avoid;
  }
  /* At most four lines, so a runaway heading cannot make the page miles long; the whole text
     stays in the DOM for assistive technology. */
  #heading > span {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  /* The SJTU-red accent: a short thick rule over the start of the heading's thin one. */
  #heading::after {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-end: -1px;
    inline-size: 2em;
    block-size: 3px;
    background: var(--_lec-brand);
  }

  .content {
    display: flex;
    flex-direction: column;
    gap: var(--lec-about-gap, 2em);
    margin-block-start: 1.25em;
  }
  /* text-align: start, in case the page centres the element. */
  .body {
    min-inline-size: 0;
    max-inline-size: var(--lec-about-measure, 40em);
    font-size: var(--lec-about-text-font-size, 1em);
    line-height: var(--lec-about-line-height, 1.7);
    text-align: start;
    orphans: 3;
    widows: 3;
  }
  p,
  .body ::slotted(p) {
    margin-block: 0 1em;
    margin-inline: 0;
  }
  p:last-child,
  .body ::slotted(p:last-child) {
    margin: 0;
  }
  /* The prerenderer's paragraphs in another language than the page's: the built-in text shows. */
  /* Important: a page's rule on its paragraphs (display: block) would beat a plain ::slotted one. */
  .stale ::slotted([data-lec-prerendered]) {
    display: none !important;
  }
  /* Chinese (the section's lang comes from the locale): CJK fonts first, so quotation marks
     and dashes get their full-width Chinese glyphs. Not on nested elements, which set their own. */
  section:lang(zh) {
    font-family: var(--lec-font-family, var(--_lec-cjk), system-ui, sans-serif);
  }
  /* A taller line, about 38 characters a line, justified, and the customary 2-character indent. */
  :lang(zh) .body {
    max-inline-size: var(--lec-about-measure, 38em);
    line-height: var(--lec-about-line-height, 1.8);
    text-align: justify;
    text-justify: inter-character;
    line-break: strict;
  }
  :lang(zh) p,
  :lang(zh) .body ::slotted(p) {
    text-indent: 2em;
  }

  .qr {
    display: flex;
    flex-wrap: wrap;
    gap: 1.25em 1.5em;
    align-items: flex-start;
    break-inside: avoid;
  }

  /* Wide: the text keeps its measure at the start and the QR codes stand at the far end, under
     the end of the heading's rule, so no empty band is left beside them. They sit side by side
     where there is room and stack as the section narrows (the codes give way before the text). */
  @container (min-inline-size: 40em) {
    .content {
      flex-direction: row;
      align-items: flex-start;
    }
    .qr {
      flex-shrink: 99;
      justify-content: flex-end;
      margin-inline-start: auto;
      padding-block-start: 0.375em;
    }
  }

  @media (forced-colors: active) {
    #heading::after {
      display: none;
    }
    #heading {
      border-block-end-width: 3px;
    }
  }

  /* The break-* rules above act only where content is fragmented: printed pages, columns. */
  @media print {
    /* The page's heading colour is for its screen (light on a dark page): not on paper. */
    #heading {
      color: var(--_lec-brand);
    }
    /* The accent is a background: printed even without background graphics, or it leaves a gap. */
    #heading::after {
      -webkit-print-color-adjust: exact; /* Chrome before 136 */
      print-color-adjust: exact;
    }
    section {
      max-inline-size: none;
      padding: 0;
      background: none;
    }
  }
`;
