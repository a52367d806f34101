import {css} from 'lit';

/*
 * Pre-upgrade CSS for webmasters (README, the element's JSDoc, demo/demo.css): put it in the page
 * so that, before the script loads or without JavaScript, the light-DOM links read as one line
 * laid out as the element will lay them out: the same font, prefix, gaps and separators, and the
 * same height, so nothing moves when it upgrades. The tests hold it against the upgraded element.
 * A flex line, because flex ignores the white space between the page's links, as the element does.
 * The prefix follows the `prefix` attribute and `<html lang>` the way the element does
 * (Traditional Chinese pages get English), without the gap after the Chinese full-width colon,
 * which carries its own space; a prefix given in the `prefix` slot appears only at upgrade.
 * Leave out the separator rule if the page writes its own separators between the links. Its
 * plain `content` first is for Safari before 17.4 and Firefox before 128, which drop the whole
 * declaration with alternative text (`/ ''`, which keeps "›" out of what screen readers read).
 * Sizes follow the upgraded element, not the page's root size: the element is the base size
 * (`--lec-font-size`, else medium) and its parts are 0.875em of it, so the gap of the flex line is
 * given in the base size (0.875 times the trail's: right at the default trail size, a few pixels
 * narrow or wide at another), and its line height is 1.5 times the trail's font size, whether
 * `--lec-breadcrumb-font-size` is in em or px (a keyword such as `small` cannot be multiplied).
 */
export const PRE_UPGRADE_CSS = `lec-breadcrumb:not(:defined, [data-lec-prerendered]) {
  display: flex;
  align-items: center;
  font-size: var(--lec-font-size, medium);
  gap: calc(var(--lec-breadcrumb-gap, 0.375em) * 0.875);
  font-family: var(--lec-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial,
    'Noto Sans', 'Liberation Sans', 'DejaVu Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
    'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif);
  font-style: normal;
  font-weight: normal;
  letter-spacing: normal;
  word-spacing: normal;
  text-indent: 0;
  text-transform: none;
  line-height: max(24px, 1.5 * var(--lec-breadcrumb-font-size, 0.875em));
  block-size: max(24px, 1.5 * var(--lec-breadcrumb-font-size, 0.875em));
  white-space: nowrap;
  overflow: hidden;
}
lec-breadcrumb:not(:defined, [data-lec-prerendered]) > *,
lec-breadcrumb:not(:defined, [data-lec-prerendered])::before {
  font-size: var(--lec-breadcrumb-font-size, 0.875em);
}
lec-breadcrumb:not(:defined, [data-lec-prerendered]) > [slot] {
  display: none;
}
lec-breadcrumb:not(:defined, [data-lec-prerendered])::before {
  content: attr(prefix);
}
lec-breadcrumb:not(:defined, [data-lec-prerendered]):not([prefix])::before {
  content: 'Location:';
}
:root:lang(zh):not(:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO)) lec-breadcrumb:not(:defined, [data-lec-prerendered]):not([prefix])::before {
  content: '当前位置：';
  margin-inline-end: calc(var(--lec-breadcrumb-gap, 0.375em) * -1);
}
lec-breadcrumb:not(:defined, [data-lec-prerendered])[prefix$='：']::before {
  margin-inline-end: calc(var(--lec-breadcrumb-gap, 0.375em) * -1);
}
lec-breadcrumb:not(:defined, [data-lec-prerendered])[prefix='']::before {
  content: none;
}
lec-breadcrumb:not(:defined, [data-lec-prerendered]) > :not([slot]) ~ :not([slot])::before {
  content: '›';
  content: '›' / '';
  display: inline-block;
  margin-inline-end: var(--lec-breadcrumb-gap, 0.375em);
}`;

export const styles = css`
  :host {
    display: block;
    /* Its one line (the line height of .base) before it renders too: a trail waiting for its
       turn (src/internal/slices.ts) keeps its place, so nothing moves when it renders. */
    min-block-size: max(24px, var(--lec-breadcrumb-font-size, 0.875em) * 1.5);
  }
  .base,
  .list,
  .measure,
  .item,
  .expand-item,
  .separator {
    display: flex;
    align-items: center;
    gap: var(--lec-breadcrumb-gap, 0.375em);
  }
  .base {
    /* The prefix stays on the first line when an expanded trail wraps. */
    align-items: flex-start;
    font-size: var(--lec-breadcrumb-font-size, 0.875em);
    /* One line is at least 24px, the touch-target size, and the height the pre-upgrade CSS reserves. */
    line-height: max(24px, 1.5em);
    white-space: nowrap;
    /* Inherited by the prefix and the separators. */
    color: var(--lec-breadcrumb-color, var(--_lec-muted));
  }
  /* A prefix ending in a full-width colon (当前位置：, built in or the page's): the colon carries
     its own space. (The built-in prefix has no lang attribute: on a zh-TW page it would give
     "Location:" another font in Firefox than the pre-upgrade CSS does, and move the entries.) */
  .colon {
    margin-inline-end: calc(var(--lec-breadcrumb-gap, 0.375em) * -1);
  }
  .trail {
    /* Takes the rest of the line whatever the entries hold: the width the collapse measures against. */
    position: relative;
    flex: 1;
    min-inline-size: 0;
    /* Asks for no width of its own where the page sizes boxes to their content (a table cell, a
       float): its one flexible column is 0 wide at the narrowest (the trail collapses instead of
       widening the table), the entries' whole line at the widest, and fills the rest between. */
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .list {
    margin: 0;
    padding: 0;
  }
  .wrap {
    flex-wrap: wrap;
  }
  .item {
    min-inline-size: 0;
  }
  /* When space runs out the current page gives way first; earlier entries keep up to 40 %. Only
     then: in a box sized to the trail's natural width (a start-aligned grid item), the cap would
     cut an entry that fits. */
  .item:not(:last-child) {
    flex-shrink: 0;
  }
  .tight > .item:not(:last-child) {
    max-inline-size: 40%;
  }
  .wrap > .item {
    max-inline-size: 100%;
  }
  /* Expanded (or a trail of one or two entries, which has nothing to collapse), every entry shows
     its whole text: one longer than the line wraps within it, as its title (the full text) shows
     only under a mouse. Up to four lines, as a heading: a runaway entry must not
     make the page miles long (its whole text stays in the DOM and in its title). */
  .wrap .entry {
    white-space: normal;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
  }
  .list > .away {
    display: none;
  }
  /* Entries are flex items with overflow: hidden, so they may shrink below their text. */
  .entry {
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_lec-text);
  }
  [aria-current] {
    color: var(--lec-breadcrumb-current-color, var(--_lec-text));
  }
  .link,
  .expand {
    min-inline-size: 24px;
  }
  .link:not([aria-current]),
  .expand {
    color: var(--lec-breadcrumb-link-color, var(--_lec-link));
  }
  .link {
    /* A faint underline: links are told apart by more than colour, without shouting. Longhands:
       WebKit's shorthand takes no thickness, and dropped the whole declaration (Safari drew a
       full-strength underline until 2026-12-04); and a browser without color-mix() (Chrome < 111)
       keeps the underline, full-strength, when only the colour goes. */
    text-decoration-line: underline;
    text-decoration-thickness: 1px;
    text-decoration-color: color-mix(in srgb, currentColor 35%, transparent);
    text-underline-offset: 0.2em;
    border-radius: 2px;
  }
  .link[aria-current] {
    text-decoration-color: transparent;
  }
  .separator {
    /* Safari knows only the prefixed property. */
    -webkit-user-select: none;
    user-select: none;
  }
  .separator:not(.custom)::before {
    /* U+203A is bidi-mirrored: in a right-to-left page it is drawn as U+2039 on its own. */
    content: var(--lec-breadcrumb-separator, '›');
  }
  .separator > * {
    max-block-size: 1.25em;
  }
  .separator :is(svg, img) {
    display: block;
    inline-size: 1em;
    block-size: 1em;
  }
  .separator :is(svg, img):dir(rtl) {
    transform: scaleX(-1);
  }
  .expand {
    /* Buttons are border-box, so with the line height of 1 this is the whole height. */
    min-block-size: 24px;
    padding-block: 0;
    padding-inline: 0.25em;
    font: inherit;
    line-height: 1;
    background: none;
    /* The colour apart, as the link's underline's. */
    border: 1px solid;
    border-color: color-mix(in srgb, currentColor 35%, transparent);
    border-radius: 4px;
    cursor: pointer;
  }
  /* Only where a pointer hovers: on a touch screen a tap leaves :hover on until the next tap. */
  @media (hover: hover) {
    .link:hover {
      text-decoration-color: currentColor;
    }
    .expand:hover {
      background: color-mix(in srgb, currentColor 10%, transparent);
    }
  }
  /* Never shown: a one-line copy of the whole trail whose width says whether it fits. */
  .ruler {
    position: absolute;
    inset: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .measure {
    inline-size: max-content;
  }
  @media (forced-colors: active) {
    .link {
      text-decoration-color: currentColor;
    }
    .link[aria-current] {
      color: CanvasText;
    }
    .expand {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
  @media print {
    /* The page's colour knobs are for its screen (a light link on a dark page): not on paper. */
    .base,
    .entry,
    .link:not([aria-current]) {
      color: #000;
    }
    .item.away {
      display: flex;
    }
    .expand-item {
      display: none;
    }
  }
  /* On paper, and without JavaScript (a prerendered trail never collapses into "…"), every entry
     shows its whole text: the trail wraps, and an entry longer than the line wraps within it. */
  @media print, (scripting: none) {
    .list {
      flex-wrap: wrap;
    }
    /* Not the 40 % cap of a trail collapsed on screen. */
    .list > .item,
    .tight > .item:not(:last-child) {
      max-inline-size: 100%;
    }
    /* (.list: as specific as the four-line clamp of .wrap .entry, which paper does not have.) */
    .list .entry {
      white-space: normal;
      -webkit-line-clamp: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .link,
    .expand {
      transition:
        text-decoration-color 0.15s,
        background-color 0.15s;
    }
  }
`;
