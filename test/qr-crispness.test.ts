// Codes that weak scanners read too. At a fractional module size (version 40 at 520 px and DPR 2
// is 2.8 device px a module) crispEdges rounds modules to uneven widths and jsQR gave up on such
// codes. Now every module gets the same whole number of device pixels, the symbol centred in its
// unchanged box. Checked from real screenshots: a corpus from version 2 to 40 at every error
// correction level, at sizes from 64 to 600 CSS px, at DPR 1 and (where the engine can emulate it)
// DPR 2: the symbol is a whole multiple of its module count in device pixels, and jsQR decodes
// every code with at least 2 device pixels a module.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/lec-qr/lec-qr.js';
import type {LecQr} from '../src/lec-qr/lec-qr.js';
import {encode} from '../src/internal/qr-encode.js';
import type {ErrorCorrection} from '../src/internal/qr-encode.js';
import {decodeQr, itIn, nextFrame, screenshot, setViewport} from './helpers.js';

const SIZES = [150, 333, 520];
const VERSIONS = [2, 10, 25, 40];
const LEVELS: ErrorCorrection[] = ['L', 'M', 'Q', 'H'];
const RATIOS = [1, 2];
/** A test at this device pixel ratio: DPR 2 is reported as skipped in WebKit, whose WebKitGTK WebDriver cannot emulate it (see the README's engine notes). */
const itAt = (dpr: number, name: string, fn: Mocha.Func) =>
  dpr === 1 ? it(name, fn) : itIn(['chromium', 'firefox'], 'WebKitGTK WebDriver cannot emulate a device pixel ratio', name, fn);

const texts = new Map<string, string>();
/** The longest text of the form LEC0123... that needs `version` at `level` (a binary search). */
function textFor(version: number, level: ErrorCorrection): string {
  const key = `${version}${level}`;
  const text = (n: number) => 'LEC' + '0123456789'.repeat(300).slice(0, n);
  const versionOf = (n: number) => {
    const e = encode(text(n), level);
    return e.ok ? (e.size - 17) / 4 : Infinity;
  };
  if (!texts.has(key)) {
    let [low, high] = [0, 2960]; // versionOf(low) <= version < versionOf(high)
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (versionOf(middle) <= version) low = middle;
      else high = middle;
    }
    texts.set(key, text(low));
  }
  return texts.get(key)!;
}

/** The pixels of `box` (a rect inside `whole`'s screenshot, in CSS px) as their own image. */
function crop(image: ImageData, origin: DOMRect, box: DOMRect, dpr: number): ImageData {
  const x = Math.round((box.left - origin.left) * dpr);
  const y = Math.round((box.top - origin.top) * dpr);
  const width = Math.round(box.width * dpr);
  const height = Math.round(box.height * dpr);
  const out = new ImageData(width, height);
  for (let row = 0; row < height; row++) {
    const from = ((y + row) * image.width + x) * 4;
    out.data.set(image.data.subarray(from, from + width * 4), row * width * 4);
  }
  return out;
}

/** How many columns of `image` span its dark pixels, from the first to the last. */
function darkWidth(image: ImageData): number {
  let [first, last] = [Infinity, -1];
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i] + image.data[i + 1] + image.data[i + 2] < 384) {
      const x = (i / 4) % image.width;
      first = Math.min(first, x);
      last = Math.max(last, x);
    }
  }
  return last - first + 1;
}

describe('<lec-qr> crispness: whole device pixels per module, readable by jsQR', function () {
  this.timeout(240_000);
  after(() => setViewport({width: 800, height: 600, deviceScaleFactor: 1}));

  for (const dpr of RATIOS) {
    // Geometry: every whole size from 64 to 600 px for version 40, every 17th for the others.
    itAt(dpr, `at DPR ${dpr}, sizes from 64 to 600 px: the symbol is a whole number of device px a module, centred, the box unchanged`, async () => {
      await setViewport({width: 1400, height: 900, ...(dpr === 1 ? {} : {deviceScaleFactor: dpr})});
      expect(devicePixelRatio).to.equal(dpr);
      const failures: string[] = [];
      for (const [version, level] of [[2, 'H'], [10, 'Q'], [25, 'M'], [40, 'L']] as const) {
        const code = await fixture<LecQr>(html`<lec-qr value=${textFor(version, level)} error-correction=${level}></lec-qr>`);
        const modules = 17 + 4 * version + 8;
        for (let size = 64; size <= 600; size += version === 40 ? 1 : 17) {
          code.size = size;
          await code.updateComplete;
          const box = code.shadowRoot!.querySelector('[part~="code"]')!.getBoundingClientRect();
          const svg = code.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
          const perModule = (svg.width * dpr) / modules;
          const where = `v${version} ${level} at ${size} px`;
          if (Math.abs(box.width - size) > 0.01) failures.push(`${where}: the box is ${box.width} px`);
          if (size * dpr < modules) continue; // under one device pixel a module: no whole number fits
          if (Math.abs(perModule - Math.round(perModule)) > 0.01 || Math.round(perModule) !== Math.floor((size * dpr) / modules + 1e-9)) {
            failures.push(`${where}: ${perModule.toFixed(3)} device px a module`);
          }
          if (Math.abs(svg.left - box.left - (box.right - svg.right)) > 1 / dpr + 0.01) failures.push(`${where}: not centred`);
        }
      }
      expect(failures.slice(0, 20), `${failures.length} failures`).to.deep.equal([]);
    });

    // What a scanner sees: screenshots decoded with jsQR, every level, small and large versions,
    // at sizes where the old rendering failed.
    for (const level of LEVELS) {
      itAt(dpr, `at DPR ${dpr}, level ${level}: jsQR reads versions ${VERSIONS.join(', ')} at ${SIZES.join(', ')} px`, async () => {
        await setViewport({width: 1400, height: 900, ...(dpr === 1 ? {} : {deviceScaleFactor: dpr})});
        const failures: string[] = [];
        const codes: Array<{text: string; version: number; size: number}> = VERSIONS.flatMap((version) =>
          SIZES.map((size) => ({text: textFor(version, level), version, size}))
        );
        const row = await fixture<HTMLElement>(html`<div style="display: flex; flex-wrap: wrap; gap: 8px; align-items: start; inline-size: 1380px">
          ${codes.map((c) => html`<lec-qr value=${c.text} error-correction=${level} size=${c.size}></lec-qr>`)}
        </div>`);
        const elements = [...row.querySelectorAll<LecQr>('lec-qr')];
        await Promise.all(elements.map((c) => c.updateComplete));
        await nextFrame();
        const image = await screenshot(row);
        const origin = row.getBoundingClientRect();
        elements.forEach((element, i) => {
          const {text, version, size} = codes[i];
          const modules = 17 + 4 * version + 8;
          const box = element.shadowRoot!.querySelector('[part~="code"]')!.getBoundingClientRect();
          const perModule = Math.floor((size * dpr) / modules);
          if (perModule >= 2 && decodeQr(crop(image, origin, box, dpr)) !== text) {
            failures.push(`v${version} ${level} at ${size} px, DPR ${dpr}: jsQR could not read it (${perModule} device px a module)`);
          }
        });
        expect(failures).to.deep.equal([]);
      });
    }
  }

  // Chinese CMS templates often zoom the whole page to fit a design width (`zoom: 0.8` on the
  // body, set by a script from the window's width). A CSS pixel inside is then 0.8 device
  // pixels, and snapping to 1 / devicePixelRatio alone left modules of uneven width. Measured on
  // the screen (WebKit reports a zoomed box's size before its zoom): the symbol's dark pixels
  // in a screenshot of an unzoomed frame around it.
  for (const zoom of [0.8, 0.9, 1.25]) {
    it(`inside a page zoomed by its CSS (zoom: ${zoom}): whole device px a module, and jsQR reads it`, async () => {
      await setViewport({width: 1400, height: 900});
      const text = textFor(25, 'M');
      const modules = 17 + 4 * 25; // the symbol without its quiet zone
      const frame = await fixture<HTMLElement>(
        html`<div style="display: inline-block; padding: 8px; background: #fff"><div style="zoom: ${zoom}"><lec-qr value=${text} caption=""></lec-qr></div></div>`
      );
      const code = frame.querySelector<LecQr>('lec-qr')!;
      const failures: string[] = [];
      for (const size of [217, 333, 401, 520]) {
        code.size = size;
        await code.updateComplete;
        const image = await screenshot(frame);
        const width = darkWidth(image);
        const perModule = width / modules;
        const expected = Math.floor((size * zoom * devicePixelRatio) / (modules + 8) + 1e-9);
        if (perModule !== expected) failures.push(`at ${size} px: ${width} device px for ${modules} modules, not ${expected} each`);
        if (decodeQr(image) !== text) failures.push(`at ${size} px: jsQR could not read it`);
      }
      expect(failures).to.deep.equal([]);
    });
  }

  // A script that fits the page to the window sets its zoom at load or on resize, after the
  // codes are drawn. Measured on the screen, as above. WebKit does not tell a ResizeObserver
  // every change of an ancestor's zoom (1.25 back to 1 went unreported).
  itIn(['chromium', 'firefox'], "WebKit's ResizeObserver misses changes of zoom", 'a page zoomed after the code is drawn: it snaps again', async () => {
    await setViewport({width: 1400, height: 900});
    const text = textFor(25, 'M');
    const modules = 17 + 4 * 25;
    const frame = await fixture<HTMLElement>(
      html`<div style="display: inline-block; padding: 8px; background: #fff"><div><lec-qr value=${text} size="401" caption=""></lec-qr></div></div>`
    );
    const wrapper = frame.firstElementChild as HTMLElement;
    const code = wrapper.querySelector<LecQr>('lec-qr')!;
    await code.updateComplete;
    const perModule = async () => darkWidth(await screenshot(frame)) / modules / devicePixelRatio;
    const seen = [await perModule()];
    for (const zoom of ['0.8', '1.25', '']) {
      wrapper.style.zoom = zoom;
      await nextFrame();
      await nextFrame();
      seen.push(await perModule());
    }
    expect(seen).to.deep.equal([3, 2, 4, 3]);
  });

  // The control: the same codes stretched to fill their box (a page rule on ::part(svg) undoes the
  // snapping), as before the fix, at DPR 2. jsQR misses most of them, so the checks above would
  // have caught the defect.
  itIn(['chromium', 'firefox'], 'WebKitGTK WebDriver cannot emulate a device pixel ratio', 'without snapping, jsQR misses version 40 codes at DPR 2', async () => {
    await setViewport({width: 1400, height: 900, deviceScaleFactor: 2});
    const text = textFor(40, 'M');
    const misses: number[] = [];
    for (const size of [333, 450, 600]) {
      const box = await fixture<HTMLElement>(
        html`<div><style>lec-qr::part(svg) { inline-size: 100% }</style><lec-qr value=${text} size=${size}></lec-qr></div>`
      );
      await nextFrame();
      const code = box.querySelector('lec-qr')!.shadowRoot!.querySelector('[part~="code"]')!;
      if (decodeQr(await screenshot(code)) !== text) misses.push(size);
    }
    expect(misses.length, `missed at ${misses.join(', ')} px`).to.be.at.least(2);
  });
});
