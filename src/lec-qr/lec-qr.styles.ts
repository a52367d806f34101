import {css} from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: top;
    max-inline-size: 100%;
    /* Its own stacking context, so the browser paints a code once and reuses that painting: a
       page of many codes renders them over many frames (see slices.ts), and without it each
       frame painted every code rendered so far again (200 codes, traced: 66 ms of paint, now 24). */
    isolation: isolate;
  }
  /* Before its first render, which may wait for a later task (see connectedCallback): the box it
     will take, a square as wide as .base and light as .code (as the pre-upgrade CSS draws it, so
     a dark page sees no dark square turn light), then the gap and the caption: the space the
     pre-upgrade CSS gave it, else one line. */
  .held {
    inline-size: var(--lec-qr-size, 8em);
    max-inline-size: 100%;
    aspect-ratio: 1;
    background: var(--lec-qr-background, #fff);
    margin-block-end: var(--_lec-qr-below, calc(var(--lec-qr-gap, 0.5em) + 1.5 * var(--lec-qr-caption-size, 0.875em)));
  }
  .base {
    /* The box has its final width before the code is encoded, so nothing jumps. */
    inline-size: var(--_lec-qr-size, var(--lec-qr-size, 8em));
    max-inline-size: 100%;
    margin: 0;
    display: grid;
    /* One column as wide as the box: a wider button (larger text) must not widen the code. */
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    gap: var(--lec-qr-gap, 0.5em);
  }
  .code {
    inline-size: 100%;
    aspect-ratio: 1;
    display: grid;
    /* No overflow: hidden, so a note longer than the square (larger text, a small size) makes
       the box taller rather than losing its end. A code or image keeps it square (see below). */
    /* The quiet zone and light modules stay light in every theme, or phones cannot scan. */
    background: var(--lec-qr-background, #fff);
  }
  .matrix,
  svg,
  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  /* Sized by the square, never the other way: a portrait image (300 x 400) made the box taller. */
  .matrix,
  .image {
    contain: size;
  }
  /* Every module the same whole number of device pixels: at a fractional module size (version 40
     at 520 px and DPR 2 is 2.8 px a module) crispEdges makes modules of uneven width, which weak
     scanners give up on. The symbol shrinks to the largest whole multiple of its width at one
     device pixel per module (--_lec-qr-step, set by the component) and sits centred in its box,
     which keeps its size. Printing keeps the full-size vector. */
  @supports (inline-size: round(down, 10px, 1px)) {
    .matrix {
      display: grid;
      place-items: center;
    }
    .matrix > svg {
      inline-size: max(round(down, 100%, var(--_lec-qr-step, 1px)), min(100%, var(--_lec-qr-step, 1px)));
      block-size: auto;
      aspect-ratio: 1;
    }
  }
  .modules {
    fill: var(--lec-qr-color, #000);
  }
  .light {
    fill: var(--lec-qr-background, #fff);
  }
  .message {
    margin: 0;
    padding: 0.375em;
    font-size: var(--lec-qr-message-size, 0.75em);
    line-height: 1.4;
    text-align: center;
    color: #5c1a22;
    background: #fff4f5;
    border: 1px dashed #c9707d;
    display: grid;
    place-items: center;
    overflow-wrap: anywhere;
  }
  .caption {
    font-size: var(--lec-qr-caption-size, 0.875em);
    line-height: 1.5;
    color: var(--lec-qr-caption-color, var(--_lec-text));
    text-align: center;
    overflow-wrap: anywhere;
    max-inline-size: 100%;
    /* At most ten lines: a runaway caption must not make the page miles long. Not fewer: a
       caption of five lines takes about ten when the visitor doubles the text size and the page
       sizes the code in px. The whole text stays in the DOM and in the code's accessible name. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 10;
    overflow: hidden;
  }
  .download {
    font: inherit;
    font-size: 0.8125em;
    color: var(--_lec-link);
    background: none;
    border: 1px solid;
    border-radius: 4px;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    /* 2em of the element's size, in the button's own smaller em. */
    min-block-size: calc(2em / 0.8125);
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  /* Only where a pointer hovers: on a touch screen a tap leaves :hover on until the next tap. */
  @media (hover: hover) {
    .download:hover {
      background: color-mix(in srgb, currentColor 10%, transparent);
    }
  }
  @media (forced-colors: active) {
    /* Keep the code dark on light whatever the system palette, so it still scans. */
    .code {
      forced-color-adjust: none;
    }
    .message {
      forced-color-adjust: auto;
    }
  }
  @media print {
    .download {
      display: none;
    }
    /* The page's caption colour is for its screen (light on a dark page): not on paper. */
    .caption {
      color: var(--_lec-text);
    }
    .matrix > svg {
      inline-size: 100%;
    }
    .code {
      -webkit-print-color-adjust: exact; /* Chrome before 136 */
      print-color-adjust: exact;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .download {
      transition: background-color 0.15s;
    }
  }
`;
