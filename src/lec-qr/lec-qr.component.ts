import {html, isServer, nothing, svg} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {LEVELS, encoding} from '../internal/qr-encode.js';
import type {Encoded, ErrorCorrection} from '../internal/qr-encode.js';
import {LINK_SCHEMES, WEB_SCHEMES, checkedUrl} from '../internal/url-policy.js';
import {LecElement} from '../internal/lec-element.js';
import {deferCostly, inSection, printing, unhydrated} from '../internal/slices.js';
import {serverContext} from '../internal/server-context.js';
import {slottedText} from '../internal/light-dom.js';
import {tokens} from '../internal/tokens.js';
import {styles} from './lec-qr.styles.js';

/** Detail of `lec-qr-error`. */
export interface LecQrErrorDetail {
  /**
   * What went wrong: the text does not fit (`too-long`); it has a lone UTF-16 surrogate, half of a
   * character, and is refused rather than encoded as U+FFFD (`invalid-text`); `value` is empty and
   * neither the document, its base URL nor its parent has an http(s) address (`no-address`); the
   * image or logo did not load; or encoding failed. All but `logo-failed` show a note, no code.
   */
  reason: 'too-long' | 'invalid-text' | 'no-address' | 'image-failed' | 'logo-failed' | 'encode-failed';
  /** For `too-long`: the length of the text in bytes of UTF-8. */
  length?: number;
  /** For `too-long`: the most bytes that fit at this error-correction level. */
  max?: number;
  /** For `image-failed` and `logo-failed`: the URL that failed. */
  src?: string;
  /** A sentence for the developer console. */
  message: string;
}

/** Detail of `lec-qr-download`. */
export interface LecQrDownloadDetail {
  format: 'png' | 'svg';
  filename: string;
  blob: Blob;
}

/** Pixels per module in a downloaded PNG: 10 gives a print-ready image of about 400 px. */
const PNG_SCALE = 10;
/** A logo covers at most this share of the symbol's side (9 % of its area, well inside H's 30 %). */
const LOGO_SHARE = 0.3;
/** WCAG's contrast ratio below which phone cameras start to miss modules. */
const MIN_CONTRAST = 4;
/** A lone surrogate: with the `u` flag, a well-formed pair is one code point and never matches. */
const LONE_SURROGATE = /\p{Cs}/u;
/**
 * How long each update works on an encoding that goes in steps (see willUpdate): the longest step
 * (building the symbol) takes about this long for a page's first code at 1x CPU.
 */
const STEP_MS = 4;

/** What `willUpdate` found: a code, or why there is none (text refused before encoding). */
type Code = Encoded | {ok: false; reason: 'no-address' | 'invalid-text'; message: string};

/**
 * A QR code with a visible caption, for a visitor to scan (or tap) and open on a phone.
 * It either generates the code from `value` as crisp SVG (the page's own address when empty),
 * or shows an existing QR image from `src`, such as a WeChat account code. Text it cannot encode
 * exactly gets a note in the box instead of a code, a console warning and `lec-qr-error`.
 *
 * @summary A captioned, accessible QR code: generated as SVG or shown from an image.
 * @tag lec-qr
 *
 * @slot caption - The visible caption, replacing the `caption` attribute and the default "QR code".
 *
 * @csspart base - The `figure` that holds the code, caption and button.
 * @csspart code - The square box of the code, with its quiet zone (a link when `href` is set); a note longer than the square makes it taller.
 * @csspart svg - The generated SVG.
 * @csspart image - The `img` in image mode.
 * @csspart logo - The centre logo inside the SVG.
 * @csspart message - The note shown in the box when there is no code to show.
 * @csspart caption - The `figcaption`.
 * @csspart download - The download button.
 *
 * @cssprop [--lec-qr-size=8em] - The width and height of the code, quiet zone included.
 * @cssprop [--lec-qr-color=#000] - The colour of the dark modules.
 * @cssprop [--lec-qr-background=#fff] - The colour of the light modules and quiet zone; stays light in dark mode.
 * @cssprop [--lec-qr-gap=0.5em] - The space between the code, its caption and the download button.
 * @cssprop [--lec-qr-caption-size=0.875em] - The caption's font size.
 * @cssprop [--lec-qr-caption-color=var(--lec-color-text)] - The caption's colour on screen (printed, the caption is dark).
 * @cssprop [--lec-qr-message-size=0.75em] - The font size of the note shown instead of a code.
 *
 * @fires {CustomEvent<LecQrErrorDetail>} lec-qr-error - The code cannot be shown: detail `{reason, length?, max?, src?, message}`.
 * @fires {CustomEvent<LecQrDownloadDetail>} lec-qr-download - Before a download starts (cancelable): detail `{format, filename, blob}`.
 */
export class LecQr extends LecElement {
  static override styles = [tokens, styles];
  // A code encodes over several updates, each requested by the one before (see updated): by
  // design, so Lit's development build need not warn that an update scheduled another.
  static {
    this.disableWarning?.('change-in-update');
  }

  static override properties: PropertyDeclarations = {
    pageUrl: {state: true},
    slottedCaption: {state: true},
    imageFailed: {state: true},
    logoFailed: {state: true},
    // useDefault: removing the attribute restores the default (not null, which the types deny).
    value: {useDefault: true},
    src: {},
    errorCorrection: {attribute: 'error-correction', useDefault: true},
    // A blank attribute (a CMS template's empty field) is no margin given: 4, not Number('') = 0.
    margin: {useDefault: true, converter: (text) => (text?.trim() ? Number(text) : null)},
    size: {type: Number},
    caption: {},
    label: {},
    href: {},
    logo: {},
    download: {},
  };

  /** The page's address, read on connect (render paths never touch `location`); '' if none. */
  private pageUrl?: string;
  private slottedCaption = '';
  private imageFailed = false;
  private logoFailed = false;

  private encoded?: Code;
  #level: ErrorCorrection = 'M';
  // URL inputs after the shared URL policy, and the size as CSS; checked once per change.
  #srcUrl?: string;
  #hrefUrl?: string;
  #logoUrl?: string;
  #cssSize?: string;
  #reportedError?: string;
  /** A prerendered code had no address: this page's, encoded once the server's render is hydrated. */
  #addressAfterHydration?: string;
  /** An encoding that goes on over the next updates, a step each (see willUpdate); returns the code once done. */
  #encodingSteps?: (ms: number) => Code | undefined;
  /** The code was encoded again: check its colours' contrast once it is painted. */
  #contrastDue = false;
  /** Matches while the device pixel ratio is the one the code is snapped to (zoom changes it). */
  #pixelRatio?: MediaQueryList;
  /** Watches the text of the nodes slotted as the caption (see #handleCaptionSlot). */
  #captionWatch?: MutationObserver;
  /** What holds its box until its first render (see connectedCallback). */
  #held?: Element;

  /**
   * Tells the stylesheet the width of the symbol (quiet zone included) at one device pixel per
   * module, so it can give every module the same whole number of device pixels (see the styles).
   * Again when the device pixel ratio changes (zoom, or a window moved to another screen) or the
   * page's CSS zoom does (see #resized).
   */
  #snap = () => {
    // A detached code may still update (an encoding going on, a property set): it must not
    // listen to the screen again, or the media query list would keep it alive once removed.
    // Nor one whose document has no window any more (a frame the page removed with it inside).
    const view = this.ownerDocument.defaultView;
    if (!this.isConnected || !view) return;
    const e = this.encoded;
    const base = this.#shadowPart('base')!;
    const step = e?.ok ? `${(e.size + 2 * this.#quietZone) / (view.devicePixelRatio * this.#zoom)}px` : null;
    base.style.setProperty('--_lec-qr-step', step);
    if (!this.#pixelRatio?.matches) {
      this.#pixelRatio?.removeEventListener('change', this.#snap);
      this.#pixelRatio = view.matchMedia(`(resolution: ${view.devicePixelRatio}dppx)`);
      this.#pixelRatio.addEventListener('change', this.#snap);
      // The window's own observer: a frame's goes with the frame, and the codes in it.
      let boxes = LecQr.#boxesOf.get(view);
      if (!boxes) LecQr.#boxesOf.set(view, (boxes = new (view as typeof globalThis).ResizeObserver(LecQr.#resized)));
      this.#boxes = boxes;
      try {
        boxes.observe(base, {box: 'device-pixel-content-box'});
      } catch {
        boxes.observe(base); // (no device pixels: the zoom once laid out, not its later changes)
      }
    }
  };

  /**
   * A page zoomed by its CSS (CMS templates fit a design width with `zoom` on the body, from a
   * script at load or on resize) makes a CSS pixel here that zoom of the page's. A code's size
   * in device pixels changes with it: read it there, after layout, when reading it forces no
   * style pass. (WebKit does not report every later change of zoom: Safari keeps the zoom it
   * read first until the code's size changes.) One observer per window, created there.
   */
  static #boxesOf = new WeakMap<Window, ResizeObserver>();
  static #resized(entries: ResizeObserverEntry[]) {
    for (const {target} of entries) {
      const code = (target.getRootNode() as ShadowRoot).host as LecQr;
      code.#zoom = zoomOf(target);
      code.#snap();
    }
  }
  /** The observer watching this code's box, which it leaves when removed. */
  #boxes?: ResizeObserver;
  /** The page's CSS zoom at the code, as last read (see #resized). */
  #zoom = 1;

  /**
   * The text to encode, usually a URL. Empty encodes the address of the page the code is on (as a
   * single-page app changes it; without a #fragment that only marks a place in the page): in a
   * `srcdoc` or `about:blank` frame its base URL or the parent page's; with no http(s) address at
   * all, a note asks for a value. Text with a lone UTF-16 surrogate (half of an emoji, say, from
   * text cut short) is refused with a note, not encoded as U+FFFD. With `src`, what the image
   * holds: it completes the accessible name.
   */
  value = '';

  /** An existing QR image to show instead of generating one (http, https or relative URL). */
  src?: string;

  /**
   * Error-correction level `L`, `M`, `Q` or `H`; anything else falls back to `M` with a warning.
   * @type {'L' | 'M' | 'Q' | 'H'}
   */
  errorCorrection: ErrorCorrection = 'M';

  /** The quiet zone around the code, in modules (4 is the standard; 0 to 16). */
  margin = 4;

  /** The width and height in CSS pixels; overrides `--lec-qr-size`. */
  size?: number;

  /**
   * The visible caption; defaults to "QR code" in the page's language. Empty shows none, and the
   * code is still named "QR code" for screen readers and in the download's file name.
   */
  caption?: string;

  /** The accessible name; defaults to the caption followed by what the code encodes (with `src`: `value`, else `href`). */
  label?: string;

  /** Makes the code a link (http, https, mailto, tel or relative), for visitors already on their phone. */
  href?: string;

  /** A centre logo image (http, https or relative); forces error correction `H`. */
  logo?: string;

  /** Shows a download button: `png` (also when empty or `true`) or `svg`; `false` from script shows none. */
  download?: string | boolean;

  /**
   * Before the tag is defined, reads the boxes the pre-upgrade CSS gave the page's codes: their
   * captions' lines, which a code waiting for its first render keeps (see connectedCallback). All
   * at once, so the page is laid out once at most.
   */
  static beforeDefine(tag: string) {
    if (isServer) return;
    for (const code of document.querySelectorAll(tag)) {
      // Not a prerendered code (its box is the server's render), nor a section's, which renders
      // with it: a page of neither (the demo) is not laid out here.
      if (code.shadowRoot || inSection(code)) continue;
      const {width, height} = code.getBoundingClientRect();
      // A square and its caption below it; not an empty inline box (no pre-upgrade CSS). In the
      // code's own pixels: on a page zoomed by its CSS, the box is measured zoomed (not in Safari,
      // which has no currentCSSZoom).
      if (width && height > width) captionSpace.set(code, (height - width) / (code.currentCSSZoom || 1));
    }
  }

  /**
   * The nearest http(s) address: this document's, its base URL (a srcdoc or about:blank frame
   * inherits its parent's), then the parent page's; frames never encode about:srcdoc. Without a
   * #fragment that only marks a place in the page (a table of contents' link): scanned, the code
   * opens the page. A fragment that is an app's route (`#/courses`, `#!/courses`) stays.
   */
  #address() {
    const doc = this.ownerDocument;
    const urls = [doc.URL, doc.baseURI];
    try {
      urls.push(doc.defaultView!.parent.location.href);
    } catch {
      // No window, or a parent from another origin.
    }
    return (urls.find((url) => /^https?:/.test(url)) ?? '').replace(/#(?!!?\/).*/s, '');
  }

  /**
   * A single-page app changes the page's address without loading a page (history.pushState): a
   * code of "this page" follows it. The Navigation API tells of every change; without it (older
   * Safari), back, forward and changes of the #fragment do. Only a change of the address itself
   * counts: a prerendered code keeps the address the server gave it until then.
   */
  #followAddress = () => {
    const address = this.#address();
    if (address !== this.#seenAddress) this.pageUrl = this.#seenAddress = address;
  };

  /** The address read at connect, or last followed. */
  #seenAddress?: string;
  /**
   * Stops following the address: removes the listeners from the window they were added to. (A
   * code moved to another document is disconnected once it is that document's.)
   */
  #stopFollowing?: () => void;

  #followAddresses() {
    const view = this.ownerDocument.defaultView;
    const navigation = (view as {navigation?: EventTarget} | null)?.navigation;
    const target = navigation ?? view;
    const types = navigation ? ['currententrychange'] : ['popstate', 'hashchange'];
    for (const type of types) target?.addEventListener(type, this.#followAddress);
    this.#stopFollowing = () => {
      for (const type of types) target?.removeEventListener(type, this.#followAddress);
    };
  }

  override connectedCallback() {
    super.connectedCallback();
    const address = (this.#seenAddress = this.#address());
    this.#followAddresses();
    // Prerendered (declarative shadow DOM): hydrate with the address the server encoded, so the
    // first render matches its markup; when the server had none, encode this page's after that.
    // (The attribute stays in the server's markup, so a reconnected element finds it again.)
    const root = this.shadowRoot;
    const served = root?.querySelector('[data-page-url]')?.getAttribute('data-page-url');
    this.pageUrl = served ?? address;
    if (served === '' && address) this.#addressAfterHydration = address;
    if (this.hasUpdated) {
      // Moved back into a page: listen to its device pixel ratio again (see #snap).
      this.#snap();
    } else if (root?.hasChildNodes()) {
      // Prerendered: the caption slot is there from the start, and its slotchange fired at parse,
      // before anything listened. Read the page's caption now, so the first render names the code
      // as the server did (hydrating takes the server's markup as it is), and follow it from here.
      const captionSlot = root.querySelector<HTMLSlotElement>('slot[name=caption]');
      if (captionSlot) this.#watchCaption(captionSlot);
      // Its size too, which the pre-upgrade CSS gave it until now (:not(:defined)), if it did:
      // hydration may wait for a later slice (see slices.ts).
      root.querySelector<HTMLElement>('.base')?.style.setProperty('--_lec-qr-size', cssPixels(this.size) ?? null);
    } else if (root) {
      // Until its first render, an empty element in its shadow root holds its box (.held in the
      // styles): a code whose first render waits for a later slice (see slices.ts), as on a page
      // with many codes, is not an empty box that grows as it renders, moving what follows it. The
      // box held is a square and one line of caption, as rendered before the code is encoded (a
      // download button comes with the code), at the size the render will take (a size out of
      // range is warned about then, see #resolveSize). A code that was on the page before the tag
      // was defined keeps the space below the square the pre-upgrade CSS gave its caption, on as
      // many lines as it takes (see beforeDefine). (Not a custom state with :host(:state()):
      // in Firefox 153 a code whose state set was ever used was never collected once detached.)
      const held = (this.#held = root.appendChild(this.ownerDocument.createElement('div')));
      held.className = 'held';
      const size = cssPixels(this.size);
      if (size) held.style.setProperty('--lec-qr-size', size);
      const below = captionSpace.get(this);
      if (below) held.style.setProperty('--_lec-qr-below', `${below}px`);
    }
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (changed.has('src')) {
      this.imageFailed = false;
      this.#srcUrl = checkedUrl(this.src, WEB_SCHEMES, '<lec-qr> src');
    }
    if (changed.has('logo')) {
      this.logoFailed = false;
      this.#logoUrl = checkedUrl(this.logo, WEB_SCHEMES, '<lec-qr> logo');
    }
    if (changed.has('href')) this.#hrefUrl = checkedUrl(this.href, LINK_SCHEMES, '<lec-qr> href');
    if (changed.has('size')) this.#cssSize = this.#resolveSize();
    if (changed.has('margin') && this.margin != null && this.#quietZone !== Math.floor(Number(this.margin))) {
      console.warn(`<lec-qr>: margin="${this.written('margin', this.margin)}" must be a number of modules from 0 to 16; using 4.`);
    }
    // On a server, connectedCallback never runs: the prerenderer says which page this is.
    if (isServer) {
      this.pageUrl ??= serverContext.page?.()?.url ?? '';
      // ... and hands over the page's children: a slotted caption names the code there too.
      if (this.serverLight) this.slottedCaption = slottedText(this.serverLight, 'caption');
    }
    if (changed.has('errorCorrection') || changed.has('logo')) {
      this.#level = this.#resolveLevel();
    }
    const inputs = ['value', 'errorCorrection', 'logo'] as const;
    if (this.src) {
      // Encoded afresh once the image goes: value, level or page address may change meanwhile.
      this.#encodingSteps = this.encoded = undefined;
    } else if (
      (this.encoded === undefined && !this.#encodingSteps) ||
      inputs.some((k) => changed.has(k)) ||
      // The page's address matters only to a code without a value of its own.
      (changed.has('pageUrl') && !String(this.value ?? ''))
    ) {
      // Encoding is the costly step: only a change of what is encoded re-runs it. The first
      // render of a code in a section (which renders in one go, see slices.ts) shows its box and
      // caption and encodes in later tasks, so the section is not one long task (at 4x CPU
      // throttling an encoding took 30 to 75 ms of the demo's load). So does a code whose first
      // render runs in a task that has spent its slice already, as when a page adds many codes at
      // once: a task's first update always runs. Those encode in steps of a few milliseconds, one
      // per update: the page's first code is the slowest to encode (the JIT has not warmed up).
      // A prerendered code hydrates with the code the server drew, and encodes in steps too: at
      // once, the first encoding made the prerendered demo's longest task (20 to 36 ms at 1x).
      // Not when printing, nor on a server.
      this.#encodingSteps = this.#encoding();
      const waits =
        !isServer && !this.hasUpdated && (unhydrated(this) ? !printing() && this.#keepServedCode() : deferCostly(this));
      if (!waits) this.#encodeFor(Infinity);
    } else if (this.#encodingSteps) {
      // Printing takes the page as it is: the rest of the encoding at once.
      this.#encodeFor(printing() ? Infinity : STEP_MS);
    }
  }

  /**
   * Renders the code the server drew until the encoding is done (the same code, unless the page
   * changed the inputs before hydration): hydrating takes the server's markup as it is, so the
   * first render must match it. Returns whether there was one to keep.
   */
  #keepServedCode() {
    const svg = this.#shadowPart('svg') as SVGSVGElement | null;
    const path = svg?.querySelector('.modules')?.getAttribute('d');
    if (path) this.encoded = {ok: true, size: svg!.viewBox.baseVal.width - 2 * this.#quietZone, path};
    return !!path;
  }

  /** Works on the encoding for about `ms` milliseconds; once it is done, its code is what renders. */
  #encodeFor(ms: number) {
    const code = this.#encodingSteps?.(ms);
    if (this.#encodingSteps && !code) return; // the next update goes on with it
    this.#encodingSteps = undefined;
    this.encoded = code;
    this.#contrastDue = true;
  }

  /** Also waits for the updates that encode a first render's code (see willUpdate). */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (!(await super.getUpdateComplete()));
    return true;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopFollowing?.();
    this.#pixelRatio?.removeEventListener('change', this.#snap);
    this.#pixelRatio = undefined;
    // (No render root when a prerendered section renders afresh and drops the code it served
    // before the code connected.)
    const base = this.renderRoot && this.#shadowPart('base');
    if (base) this.#boxes?.unobserve(base);
  }

  protected override updated(changed: PropertyValues) {
    this.#held?.remove();
    if (this.#addressAfterHydration) {
      // Not a failure to report: the note the server showed is replaced by this page's code now.
      this.pageUrl = this.#addressAfterHydration;
      this.#addressAfterHydration = undefined;
    } else this.#reportError();
    // Through the CSSOM, which a strict CSP allows (a style attribute it would block).
    if (changed.has('size')) this.#shadowPart('base')!.style.setProperty('--_lec-qr-size', this.#cssSize ?? null);
    this.#snap();
    if (this.#contrastDue) {
      this.#contrastDue = false;
      // Reading computed colours forces a style pass: do it after paint, not per render.
      (window.requestIdleCallback ?? setTimeout)(() => this.#checkContrast());
    }
    if (this.#encodingSteps) {
      this.updateLater = true;
      this.requestUpdate();
    }
  }

  /** The text the code holds: `value`, or the page's address ('' if none, undefined before connect). */
  get #text() {
    // A number set from script is its digits; null set from script is empty (a removed attribute gives the default, empty).
    return (this.value == null ? '' : String(this.value)) || this.pageUrl;
  }

  /** The steps of encoding the text (see qr-encode.ts) or a note why there is no code; none before there is a text. */
  #encoding(): ((ms: number) => Code | undefined) | undefined {
    const text = this.#text;
    if (text === '') {
      return () => ({ok: false, reason: 'no-address', message: 'value is empty and no http(s) page address was found; set value.'});
    }
    if (!text) return undefined;
    const index = text.search(LONE_SURROGATE);
    return index < 0
      ? encoding(text, this.#level)
      : () => ({ok: false, reason: 'invalid-text', message: `value has a lone surrogate (half a character) at index ${index}; fix the text.`});
  }

  #resolveLevel(): ErrorCorrection {
    let level = String(this.errorCorrection ?? 'M').toUpperCase() as ErrorCorrection;
    if (!LEVELS.includes(level)) {
      console.warn(
        `<lec-qr>: error-correction="${this.errorCorrection}" is not one of L, M, Q, H; using M.`
      );
      level = 'M';
    }
    return this.#logoUrl ? 'H' : level;
  }

  get #errorDetail(): LecQrErrorDetail | undefined {
    if (this.src) {
      if (!this.#srcUrl) {
        return {reason: 'image-failed', src: String(this.src), message: `<lec-qr>: no image shown: src="${this.src}" is not an http(s) or relative URL.`};
      }
      return this.imageFailed
        ? {reason: 'image-failed', src: String(this.src), message: `<lec-qr>: the image ${this.src} did not load.`}
        : undefined;
    }
    if (this.logoFailed) {
      return {reason: 'logo-failed', src: String(this.logo), message: `<lec-qr>: the logo ${this.logo} did not load; showing the code without it.`};
    }
    const e = this.encoded;
    if (!e || e.ok) return undefined;
    if (e.reason === 'too-long') {
      return {
        reason: 'too-long',
        length: e.length,
        max: e.max,
        message: `<lec-qr>: the text is ${e.length} bytes; level ${this.#level} holds ${e.max}. Shorten it or ${this.#logoUrl ? 'remove the logo (it needs level H)' : 'lower error-correction'}.`,
      };
    }
    return {reason: e.reason, message: `<lec-qr>: ${e.message}`};
  }

  /** Fires `lec-qr-error` once per distinct failure, after it is on screen. */
  #reportError() {
    const detail = this.#errorDetail;
    const key = detail && JSON.stringify(detail);
    if (key === this.#reportedError) return;
    this.#reportedError = key;
    if (!detail) return;
    console.warn(detail.message);
    this.dispatchEvent(
      new CustomEvent<LecQrErrorDetail>('lec-qr-error', {detail, bubbles: true, composed: true})
    );
  }

  #shadowPart(name: string) {
    return this.renderRoot.querySelector<HTMLElement>(`[part~=${name}]`);
  }

  /** The painted colours of the dark and light modules, as `rgb(...)`. */
  get #colours() {
    const fill = (selector: string) =>
      getComputedStyle(this.renderRoot.querySelector(selector)!).fill;
    return {fg: fill('.modules'), bg: fill('.light')};
  }

  #checkContrast() {
    // The code may have gone since (an image set instead): nothing to check then.
    if (!this.encoded?.ok || !this.isConnected || !this.renderRoot.querySelector('.modules')) return;
    const {fg, bg} = this.#colours;
    // As painted: the modules over the background (a transparent colour shows what is under it).
    const [light, dark] = luminances(this.ownerDocument, bg, fg);
    if (dark === undefined) return; // (no canvas to paint them on)
    const ratio = (Math.max(dark, light) + 0.05) / (Math.min(dark, light) + 0.05);
    if (ratio < MIN_CONTRAST || dark > light) {
      console.warn(
        `<lec-qr>: --lec-qr-color and --lec-qr-background have a contrast of ${ratio.toFixed(1)}:1` +
          ` (dark modules must be darker, at least ${MIN_CONTRAST}:1); phones may not scan this code.`
      );
    }
  }

  #handleCaptionSlot(event: Event) {
    this.#watchCaption(event.target as HTMLSlotElement);
  }

  /** Reads the caption the page slotted, and keeps reading it as its text changes. */
  #watchCaption(slot: HTMLSlotElement) {
    const assigned = slot.assignedNodes();
    // Flattened only when something is assigned: otherwise flattening returns our own fallback
    // (the default caption, in the locale of that moment), and WebKit fires slotchange for it
    // when the element moves between documents.
    const read = () =>
      (this.slottedCaption = (assigned.length ? slot.assignedNodes({flatten: true}) : [])
        .map((n) => n.textContent)
        .join('')
        .trim());
    read();
    // A framework may change the caption's text in place (a locale switch), which fires no
    // slotchange: the accessible name and the download's file name follow it. (The observer
    // lives with the light DOM it watches, so it keeps nothing alive once the code is removed.)
    this.#captionWatch?.disconnect();
    if (assigned.length) {
      this.#captionWatch = new MutationObserver(read);
      for (const node of assigned) this.#captionWatch.observe(node, {characterData: true, childList: true, subtree: true});
    }
  }

  /**
   * The download button's name: "Download QR code", then the page's caption if it gave one. Not
   * "Download" and the caption alone, which says "Download Website" (下载学院网站).
   */
  get #downloadName() {
    const own = this.slottedCaption || this.caption;
    return own
      ? msg(str`Download QR code: ${own}`, {desc: "Accessible name of the download button of a QR code with a caption; the caption follows."})
      : msg('Download QR code', {desc: 'Accessible name of the download button of a QR code with the default caption (or none).'});
  }

  get #captionText() {
    return this.slottedCaption || this.caption || defaultCaption();
  }

  get #filename() {
    const base = String(this.#captionText).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'qr-code';
    return `${base}.${this.#format}`;
  }

  get #format(): 'png' | 'svg' {
    // A property may be any value (React passes true for a bare download prop): only 'svg' is SVG.
    return String(this.download).toLowerCase() === 'svg' ? 'svg' : 'png';
  }

  /**
   * The generated code as an image file: PNG at 10 px per module, or a standalone SVG.
   * Rejects in image mode, when there is no code, and for a code not on the page (one never
   * added renders nothing, and a removed one has no colours).
   */
  async toBlob(format: 'png' | 'svg' = 'png'): Promise<Blob> {
    const offPage = () => {
      if (!this.isConnected) throw new Error('<lec-qr>: toBlob() needs the code on the page; add it first.');
    };
    offPage();
    await this.updateComplete;
    offPage();
    const e = this.encoded;
    const svg = this.#shadowPart('svg');
    if (this.src || !e?.ok || !svg) throw new Error('<lec-qr>: there is no generated code to export.');
    const {fg, bg} = this.#colours;
    if (format === 'svg') {
      // The live SVG with its colours written in, and the logo's address made absolute (the
      // serializer writes its namespace; crispEdges is the template's).
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.querySelectorAll('.light').forEach((r) => r.setAttribute('fill', bg));
      copy.querySelector('.modules')!.setAttribute('fill', fg);
      const logo = copy.querySelector('image');
      if (logo) logo.setAttribute('href', new URL(this.#logoUrl!, this.ownerDocument.baseURI).href);
      return new Blob([new XMLSerializer().serializeToString(copy)], {type: 'image/svg+xml'});
    }
    try {
      return await pngOf(this.#drawCanvas(e, fg, bg, true));
    } catch {
      // A logo from another origin without CORS taints the canvas: export without it.
      return pngOf(this.#drawCanvas(e, fg, bg, false));
    }
  }

  #drawCanvas({size, path}: {size: number; path: string}, fg: string, bg: string, withLogo: boolean) {
    const m = this.#quietZone;
    const side = size + 2 * m;
    const canvas = this.ownerDocument.createElement('canvas');
    canvas.width = canvas.height = side * PNG_SCALE;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(PNG_SCALE, PNG_SCALE);
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, side, side);
    ctx.fillStyle = fg;
    ctx.translate(m, m);
    ctx.fill(new Path2D(path));
    ctx.translate(-m, -m);
    const logo = this.#logoBox(size);
    const image = this.renderRoot.querySelector('image');
    if (withLogo && logo && image) {
      ctx.fillStyle = bg;
      ctx.fillRect(logo.pad, logo.pad, logo.padSide, logo.padSide);
      ctx.drawImage(image, logo.at, logo.at, logo.side, logo.side);
    }
    return canvas;
  }

  async #handleDownload() {
    const format = this.#format;
    let blob: Blob;
    try {
      blob = await this.toBlob(format);
    } catch (error) {
      // Only if the code went between the click and the export: say so, not an uncaught rejection.
      console.warn(`<lec-qr>: nothing downloaded: ${(error as Error).message}`);
      return;
    }
    const detail = {format, filename: this.#filename, blob};
    const go = this.dispatchEvent(
      new CustomEvent<LecQrDownloadDetail>('lec-qr-download', {
        detail,
        bubbles: true,
        composed: true,
        cancelable: true,
      })
    );
    if (!go) return;
    const url = URL.createObjectURL(blob);
    const a = this.ownerDocument.createElement('a');
    a.href = url;
    a.download = detail.filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** The quiet zone in modules: `margin`, or 4 when it is unset (null from script) or out of range. */
  get #quietZone() {
    const m = Number(this.margin ?? 4);
    // Up to 16: more shrinks the code to a dot (a margin meant in pixels, say) and its PNG past
    // what a canvas can hold (1e9 drew an empty box).
    return m >= 0 && m <= 16 ? Math.floor(m) : 4;
  }

  /** Where the logo goes, in viewBox units: a light pad of one module around the image. */
  #logoBox(size: number) {
    if (!this.#logoUrl) return undefined;
    const padSide = Math.floor(size * LOGO_SHARE) | 1; // odd, so it centres on a module
    const pad = this.#quietZone + (size - padSide) / 2;
    return {pad, padSide, at: pad + 1, side: padSide - 2};
  }

  #resolveSize() {
    const s = this.size;
    const size = cssPixels(s);
    if (!size && s != null) console.warn(`<lec-qr>: size="${this.written('size', s)}" must be a number of pixels from 1 to 4096; using --lec-qr-size.`);
    return size;
  }

  #renderSvg(e: Extract<Encoded, {ok: true}>) {
    const side = e.size + 2 * this.#quietZone;
    const logoUrl = this.logoFailed ? undefined : this.#logoUrl;
    const logo = logoUrl ? this.#logoBox(e.size) : undefined;
    return html`<svg
      part="svg"
      viewBox="0 0 ${side} ${side}"
      shape-rendering="crispEdges"
      aria-hidden="true"
      focusable="false"
    >
      <rect class="light" width=${side} height=${side}></rect>
      <path
        class="modules"
        transform="translate(${this.#quietZone} ${this.#quietZone})"
        d=${e.path}
      ></path>
      ${logo
        ? svg`<rect class="light" x=${logo.pad} y=${logo.pad} width=${logo.padSide} height=${logo.padSide}></rect>
            <image part="logo" class="logo" href=${logoUrl!} x=${logo.at} y=${logo.at}
              width=${logo.side} height=${logo.side} preserveAspectRatio="xMidYMid meet"
              @error=${() => (this.logoFailed = true)}></image>`
        : nothing}
    </svg>`;
  }

  #renderMessage(text: string) {
    return html`<p part="message" class="message" role="status" dir="auto">${text}</p>`;
  }

  /** Whether the box shows a code or an image, not a note (nor nothing, while encoding). */
  get #showsCode() {
    return this.src ? !!this.#srcUrl && !this.imageFailed : !!this.encoded?.ok;
  }

  #renderCode(name: string) {
    if (this.src) {
      if (!this.#showsCode) {
        return this.#renderMessage(
          msg('The QR code image could not be loaded.', {desc: 'Shown in place of a QR code image that failed to load.'})
        );
      }
      return html`<img
        part="image"
        class="image"
        src=${this.#srcUrl!}
        alt=${name}
        @error=${() => (this.imageFailed = true)}
      />`;
    }
    const e = this.encoded;
    if (!e) return nothing;
    if (e.ok) {
      return html`<div role="img" aria-label=${name} class="matrix">${this.#renderSvg(e)}</div>`;
    }
    if (e.reason === 'too-long') {
      const {length, max} = e;
      const over = length - max;
      return this.#renderMessage(
        msg(str`The text is too long for a QR code: ${length} bytes, ${over} more than the ${max} that fit.`, {
          desc: 'Shown in place of a QR code whose text does not fit; lengths are in bytes of UTF-8.',
        })
      );
    }
    return this.#renderMessage(
      e.reason === 'no-address'
        ? msg('No web address to encode; set the text of this QR code.', {
            desc: 'Shown in place of a QR code that has no text of its own and no web address of the page to encode (inside some frames).',
          })
        : msg('This QR code could not be generated.', {
            desc: 'Shown in place of a QR code when encoding fails or its text has a broken character (half of an emoji).',
          })
    );
  }

  protected override render(): TemplateResult {
    const caption = this.#captionText;
    const href = this.#hrefUrl;
    // An image says what it holds only through `value`, else where it links to.
    const text = this.src ? this.value || href : this.#text;
    const name =
      this.label ||
      (text ? msg(str`${caption}: ${text}`, {desc: 'Accessible name of a QR code: its caption, then the text or URL it encodes.'}) : caption);
    const code = this.#renderCode(name);
    // The server writes down the address it encoded, for the browser to hydrate with (see
    // connectedCallback). The code is a link only around a code or image: around a note it would
    // be a link named by the note, and while the code is being encoded, a link with no name.
    return html`<figure part="base" class="base" data-page-url=${isServer && !this.value ? (this.pageUrl ?? nothing) : nothing}>
      ${href && this.#showsCode
        ? html`<a part="code" class="code" href=${href}>${code}</a>`
        : html`<div part="code" class="code">${code}</div>`}
      <figcaption part="caption" class="caption">
        <slot name="caption" @slotchange=${this.#handleCaptionSlot}>${this.caption ?? defaultCaption()}</slot>
      </figcaption>
      ${this.download != null && this.download !== false && !this.src && this.encoded?.ok
        ? html`<button
            part="download"
            class="download"
            type="button"
            aria-label=${this.#downloadName}
            @click=${this.#handleDownload}
          >
            ${msg('Download', {desc: 'Label of the button that saves a QR code as an image file.'})}
          </button>`
        : nothing}
    </figure>`;
  }
}

/**
 * The CSS zoom `element` is drawn at (see LecQr's #resized): `currentCSSZoom`, or in Safari, which
 * lacks it, the product of the zoom of every box it sits in.
 */
function zoomOf(element: Element): number {
  if (element.currentCSSZoom) return element.currentCSSZoom;
  let zoom = 1;
  for (let box: Element | undefined = element; box; box = box.parentElement ?? (box.parentNode as ShadowRoot | null)?.host) {
    zoom *= +getComputedStyle(box).zoom || 1;
  }
  return zoom;
}

/** Below each code's square, the space the pre-upgrade CSS gave its caption, in px (see beforeDefine). */
const captionSpace = new WeakMap<Element, number>();

/** A `size` as CSS pixels, or undefined when it is unset or out of range (1 to 4096). A number written as text (a framework's property) counts. */
function cssPixels(size: number | string | undefined) {
  const n = Number(size);
  return n >= 1 && n <= 4096 ? `${n}px` : undefined;
}

/** The caption when the page gives none, in the current locale (so called at render time). */
function defaultCaption() {
  return msg('QR code', {desc: 'Default caption under a QR code.'});
}

function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  // toBlob throws on a tainted canvas; inside the executor that rejects the promise.
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))))
  );
}

/**
 * Relative luminance (WCAG) of computed colours as painted, each over the ones before it, read
 * back from a one-pixel canvas: any colour syntax a browser computes (`oklch()`, `color()`, not
 * only `rgb()`), with its alpha. (A canvas starts transparent black: so does a transparent background.)
 */
function luminances(doc: Document, ...colors: string[]) {
  const context = Object.assign(doc.createElement('canvas'), {width: 1, height: 1}).getContext('2d', {willReadFrequently: true});
  return context
    ? colors.map((color) => {
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
        const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((c) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      })
    : [];
}
