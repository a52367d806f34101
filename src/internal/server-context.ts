/**
 * The attribute the prerenderer adds to every element it rendered (and to the paragraphs it
 * writes with `lightDomText`), naming the language of the render (`en`, `zh-Hans`); the pre-upgrade CSS (dist/lec.css) leaves those elements alone, and
 * the browser renders afresh an element rendered in another language than the page's.
 */
export const PRERENDERED_ATTRIBUTE = 'data-lec-prerendered';

/** What a server render knows about the page that a browser would read from `location`. */
export interface ServerPage {
  /** The page's address, or '' when the prerenderer was given none. */
  url: string;
  /** What the page's relative links resolve against: its `<base href>` against `url`, else `url` ('' if neither is absolute). */
  base: string;
  /** How many trail links the structured data left without an address, for want of a base (the prerenderer warns). */
  unlinked: number;
  /**
   * The JSON-LD of each `<lec-breadcrumb structured-data>` rendered, in document order, for the
   * prerenderer to write into the page's head (a crawler without JavaScript reads it there).
   */
  jsonLd: string[];
}

/**
 * Set by the prerenderer (src/prerender/): the page being rendered. It keeps one per render
 * (AsyncLocalStorage), so concurrent renders of different pages never see each other's.
 */
export const serverContext: {page?: () => ServerPage | undefined} = {};
