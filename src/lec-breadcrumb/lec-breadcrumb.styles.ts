import {css} from 'lit';

/*
 * Pre-upgrade CSS for webmasters (README): put it in the page so that, before the script loads or
 * without JavaScript, the light-DOM links read as one line with separators and the element already
 * has its final height (one line of max(24px, 1.5em)), so nothing moves when it upgrades. It is
 * also exported as PRE_UPGRADE_CSS, which the tests check against the upgraded element.
 *
 *   lec-breadcrumb:not(:defined) {
 *     display: block;
 *     font-size: var(--lec-breadcrumb-font-size, 0.875rem);
 *     line-height: max(24px, 1.5em);
 *     block-size: max(24px, 1.5em);
 *     white-space: nowrap;
 *     overflow: hidden;
 *     text-overflow: ellipsis;
 *   }
 *   lec-breadcrumb:not(:defined) > [slot] {
 *     display: none;
 *   }
 *   lec-breadcrumb:not(:defined) > :not([slot]) ~ :not([slot])::before {
 *     content: '›' / '';
 *     display: inline-block;
 *     margin-inline: 0.375em;
 *   }
 *
 * Leave out the last rule if the page writes its own separators between the links.
 */
export const PRE_UPGRADE_CSS = `lec-breadcrumb:not(:defined) {
  display: block;
  font-size: var(--lec-breadcrumb-font-size, 0.875rem);
  line-height: max(24px, 1.5em);
  block-size: max(24px, 1.5em);
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
lec-breadcrumb:not(:defined) > [slot] {
  display: none;
}
lec-breadcrumb:not(:defined) > :not([slot]) ~ :not([slot])::before {
  content: '›' / '';
  display: inline-block;
  margin-inline: 0.375em;
}`;

export const styles = css`
  :host {
    display: block;
  }
  .base {
    display: flex;
    align-items: flex-start;
    gap: var(--lec-breadcrumb-gap, 0.375em);
    font-size: var(--lec-breadcrumb-font-size, 0.875rem);
    /* One line is at least 24px, the touch-target size, and the height the pre-upgrade CSS reserves. */
    line-height: max(24px, 1.5em);
    color: var(--lec-breadcrumb-color, var(--_lec-muted));
  }
  .prefix {
    flex: none;
    white-space: nowrap;
  }
  .prefix[hidden],
  .list > .away {
    display: none;
  }
  slot[name='separator'] {
    display: none;
  }
  .trail {
    /* Takes the rest of the line whatever the entries hold: the width the collapse measures against. */
    position: relative;
    flex: 1 1 0;
    min-inline-size: 0;
    align-self: stretch;
  }
  .list,
  .measure {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: var(--lec-breadcrumb-gap, 0.375em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list.wrap {
    flex-wrap: wrap;
  }
  .item,
  .expand-item {
    display: flex;
    align-items: center;
    gap: var(--lec-breadcrumb-gap, 0.375em);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* When space runs out the current page gives way first; earlier entries keep up to 40 %. */
  .item:not(:last-child) {
    flex-shrink: 0;
    max-inline-size: 40%;
  }
  .list.wrap > .item {
    max-inline-size: 100%;
  }
  .expand-item {
    flex: none;
  }
  .entry {
    display: block;
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--lec-breadcrumb-current-color, var(--_lec-text));
  }
  .link {
    min-inline-size: 24px;
    color: var(--lec-breadcrumb-link-color, var(--_lec-link));
    text-decoration-line: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    /* A faint underline: links are told apart by more than colour, without shouting. */
    text-decoration-color: color-mix(in srgb, currentColor 35%, transparent);
    border-radius: 2px;
  }
  .link:hover {
    text-decoration-color: currentColor;
  }
  .link[aria-current] {
    color: var(--lec-breadcrumb-current-color, var(--_lec-text));
    text-decoration-color: transparent;
  }
  .link[aria-current]:hover {
    text-decoration-color: currentColor;
  }
  .separator {
    flex: none;
    display: inline-flex;
    align-items: center;
    color: var(--lec-breadcrumb-color, var(--_lec-muted));
    user-select: none;
  }
  .separator:not(.custom)::before {
    /* U+203A is bidi-mirrored: in a right-to-left page it is drawn as U+2039 on its own. */
    content: var(--lec-breadcrumb-separator, '›');
  }
  .separator.custom > * {
    max-block-size: 1.25em;
  }
  .separator.custom :is(svg, img) {
    display: block;
    inline-size: 1em;
    block-size: 1em;
  }
  .separator.custom :is(svg, img):dir(rtl) {
    transform: scaleX(-1);
  }
  .expand {
    box-sizing: border-box;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0;
    padding-block: 0;
    padding-inline: 0.25em;
    font: inherit;
    line-height: 1;
    color: var(--lec-breadcrumb-link-color, var(--_lec-link));
    background: transparent;
    border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
    border-radius: 4px;
    cursor: pointer;
  }
  .expand:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  /* Never shown: a one-line copy of the whole trail whose width says whether it fits. */
  .ruler {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .measure {
    inline-size: max-content;
  }
  .measure .item,
  .measure .entry {
    flex: none;
    max-inline-size: none;
  }
  @media (forced-colors: active) {
    .link,
    .link:hover {
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
    .base,
    .entry,
    .link,
    .separator {
      color: #000;
    }
    .list {
      flex-wrap: wrap;
    }
    .list > .item.away {
      display: flex;
    }
    .list > .expand-item {
      display: none;
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
