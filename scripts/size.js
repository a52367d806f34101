// npm run size: raw, gzip -9 and brotli sizes of the one-tag bundles, against their budgets; and of
// each per-element CDN bundle with the chunks it loads (each file compressed on its own, as a
// server sends them), and of dist/lec.css.
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

/**
 * The budget for dist/lec.js after gzip -9, with all three elements, both locales and the About
 * text. Lowered as the performance issue brings the bundle down, so it never creeps back:
 * 24,750 B until 2026-12-02, then 24,350 B once qrcode's version, utility, level and mask
 * modules gave way to smaller stand-ins (src/internal/qr-*.ts). Raised once, by 270 B, to
 * 24,620 B, for two measured speed-ups: a breadcrumb draws its one-line measuring copy only while
 * it overflows (a trail's first style and layout about 40 % cheaper, with what keeps it from
 * switching back and forth), and time slices size themselves to the rendering they cause (see
 * src/internal/slices.ts); the bench's Responsive rows show both. Then by 32 B, to 24,652 B, for
 * upgrades counting toward a slice (1,000 trails: a queued click waits 54 ms instead of 81, the
 * longest task is 121 ms instead of 147), and by 43 B, to 24,695 B, for a code whose first render
 * comes in a spent slice drawing its box first (200 codes: the longest task 61 -> 47 ms, a queued
 * click 40 -> 22 ms) and for printing a section that was still waiting with its trail and code.
 * Lowered to 24,675 B on 2026-12-03, when the elements came to be defined one per task (and
 * defineInLocale became one async function) and printing no longer had to take in elements that
 * connect while it renders (a section never waits, so none do). Raised by 332 B, to 25,007 B, the
 * same day, for the demo's load in shorter tasks: a code that waits encodes in steps of a few
 * milliseconds over several tasks (the page's first encoding, cold, was the longest task), and each
 * class is set up (finalize, style sheets) a task before it is defined; the bench's load rows, back
 * to back with the bundle before, went from 38 to 52 ms to 33 to 44 ms as medians. Raised by 80 B,
 * to 25,087 B, on 2026-12-03 for prerendered pages (the code is in dist/lec.js too, where it never
 * runs): a prerendered code keeps the server's drawing while it encodes again in steps, and a
 * prerendered element's hydration may wait for a later slice. The prerendered demo's longest task
 * at 4x CPU went from 62 to 73 ms to 25 to 34 ms (medians, back to back), and a code whose value
 * the page changed before hydration now shows that value's code, not the server's. Raised by 47 B,
 * to 25,134 B, the same day, so that a page prerendered in one language whose <html lang> a script
 * changed before the bundle came renders in the page's language (it kept the server's words for
 * good: English left in a Chinese page). Raised by 153 B, to 25,287 B, on 2026-12-03 (in the
 * afternoon), so that a code waiting for its first render holds its box (an empty element in its
 * shadow root, and its rule; 30 B of it for a code's size attribute): on a course list of 200
 * codes with the pre-upgrade CSS, the codes past the first slice lost their boxes when defined and
 * grew back as they rendered (the bench's cls-lec-qr-list row: CLS 0.25, now 0). Raised by 30 B,
 * to 25,317 B, on 2026-12-03 (in the evening), so that a prerendered page's structured-data trail
 * has its BreadcrumbList in the page's HTML, where a crawler that runs no JavaScript reads it, and
 * the trail takes that script over once the bundle runs instead of writing a second one (the
 * paint isolation of each code, the same evening, was paid for within the budget). Raised by 63 B,
 * to 25,380 B, on 2026-12-03 (late evening), for choosing a code's mask pattern twice as fast
 * (src/internal/qr-masks.ts: each pattern kept as flags for the codes' size, and runs scored
 * without branching on the modules' colours): 200 codes were all painted in 1.10 to 1.14 times
 * the time of the unsliced bundle of the day the issue was filed, against 1.23 to 1.26 before
 * (the issue's goal is 1.2), and in the bench in 370 ms against 430 ms, back to back. Raised by
 * 119 B, to 25,499 B, the same night, so that a course list's codes keep their captions' lines
 * while they wait for their first render: the pre-upgrade CSS draws each caption on the lines it
 * will take, and the codes on the page when <lec-qr> is defined keep that space (read in one go
 * before the definition). A course list of 200 codes whose captions take two or three lines
 * shifted by 0.018 as they loaded (the bench's cls-lec-qr-list row), now 0. What keeps us
 * inside it is in scripts/build.js and scripts/shrink.js (one scope for the whole bundle, qrcode
 * as ES modules, the stand-ins, minified styles). Lowered by 1 B, to 25,498 B, later that night:
 * a waiting code's light square and beforeDefine calling inSection() came to 1 B less. Raised by
 * 254 B, to 25,752 B, on 2026-12-04, for defects two reviews found: a removed download or margin
 * attribute (Lit sets null) kept the button or drew no quiet zone; a number set as value threw;
 * a detached code listened to the screen again and stayed alive; an image set before a code's
 * contrast check threw; the trail left out an icon-only link without a word, and started its
 * observers after it had been removed; the page's colour knobs printed (light on white paper);
 * a removed theme or heading-level warned; a slotted caption whose text the page changed in place
 * left the code's accessible name and file name in the old words (55 B); a trail link named only
 * inside its entry (an aria-label on the <a>) or by a changed alt, download = false from React
 * showing the button, the textless-link warning repeated at each re-read (43 B). Raised by 30 B,
 * to 25,782 B, on 2026-12-04 (morning), so that a prerendered code captioned by the page reads
 * that caption when it hydrates: its slotchange fired at parse, before the bundle listened, so
 * its name never followed a change of the caption's text (the server side, which names it by
 * the caption in the HTML, is not in dist/lec.js). Raised by 17 B, to 25,799 B, the same morning,
 * so that a prerendered code with a size attribute keeps that size from its definition to its
 * hydration (the pre-upgrade CSS gives it the size before, in Chromium): on a busy page, whose
 * hydration waited for a later task, it went back to 8em in between. Raised by 11 B, to 25,810 B,
 * the same morning, so that an About section follows text a framework writes into a text node it
 * already made (Vue's {{ intro }} once loaded), which fires no slotchange: the built-in text stayed
 * beside the page's own. Raised by 118 B, to 25,928 B, the same morning, so that a code of "this
 * page" (no value) follows the address of a single-page app: it encoded the address the app was
 * first loaded at, whatever page a visitor had gone to since (history.pushState). It listens to
 * the Navigation API, else to back, forward and #fragment changes; a code with a value of its
 * own is not encoded again. Raised by 24 B, to 25,952 B, the same morning: in Lit's development
 * build (a developer's Vite dev server, Storybook) every page with a code that encodes in steps
 * logged Lit's warning that an update scheduled another, which is what the steps do by design;
 * LecQr turns that warning off (test/lit-dev.check.ts). Raised by 36 B, to 25,988 B, the same
 * day, for two defects a review of the day's change found in following the address: a code moved
 * to another document left its listener on the first window (and stayed alive; the leak test
 * moves every tenth code now), and a link to a place in the page (#fragment) replaced a
 * prerendered code's served address and encoded the fragment. The code of "this page" now leaves
 * out a fragment that only marks a place; an app's route (#/...) stays. Raised by 110 B, to
 * 26,098 B, on 2026-12-04 (afternoon), for defects an accessibility and a webmaster's review
 * found: an expanded trail collapsed again when the width changed (zoom, a turned phone) while
 * focus was on one of its revealed entries, which then lost focus to the page's body; expanded,
 * an entry longer than the line was still cut with an ellipsis; a code with href was a link
 * around its note (named by the note) and, while encoding, a link with no name; the warnings
 * quoted heading-level="NaN" and size="NaN" for what the page wrote as "h3" or "abc", and named a
 * bad link the trail's page wrote "<lec-breadcrumb> items". Raised by 17 B, to 26,115 B, the
 * same afternoon, for a developer's review: removing the value, error-correction, margin or
 * heading-level attribute set the property to null, which its type (string, number) denies; Lit's
 * useDefault gives it its default again. Lowered by 7 B, to 26,108 B, the same afternoon: a
 * review of the day's change simplified the trail's check of a change of width. Raised by 269 B,
 * to 26,377 B, on 2026-12-04 (evening), for defects reviews as a visitor who prints or has no
 * JavaScript, as a designer and as a Chinese reader found: a trail printed (or prerendered and
 * read without JavaScript) kept one line of cut entries, on a phone past the screen's edge; a
 * page's background on the section printed under its dark text; --lec-breadcrumb-current-color
 * coloured middle entries, --lec-color-surface did nothing in the light scheme, and a relative
 * --lec-font-size applied twice inside a section; a prefix of the page's ending in a full-width
 * colon kept the gap after it; the download button read "下载学院网站" (two messages now, in
 * both locales); and prerendered paragraphs (--light-dom-text) stayed in their language after
 * the page switched (the section now tells them apart and shows its own text instead). Raised by
 * 9 B, to 26,386 B, the same evening, for a phone visitor's review: hover styles apply only where
 * the pointer hovers (a tap left the download button tinted on iPhones). Raised by 188 B, to
 * 26,574 B, late that evening: on a page zoomed by its CSS (`zoom` on the body, as CMS templates
 * fit a design width), a code's modules were of uneven width and jsQR could not read a
 * version-25 code at 401 px and zoom 0.8; a code now follows the zoom it is drawn at (read after
 * layout, with a fallback for Safari's missing currentCSSZoom), also when a script changes it (Chromium, Firefox).
 * A waiting code also held its caption's lines at the zoomed height (0.8 of it), so a zoomed
 * course list moved as its codes rendered. Raised by 18 B, to 26,592 B, the same night: the
 * "打印本页" (print this page) script of many CMS templates replaces the body and prints in the
 * same task, and printed the elements it re-created as empty boxes (their first update was a
 * microtask away); printing now renders every element whose update is due. Raised by 162 B, to
 * 26,754 B, the same night, for what a review as a Chinese CMS template found: a trail in a
 * table cell or a float asked for its whole line as its narrowest width (a 600 px table grew to
 * 1,400 px, and the trail never collapsed); a template without <html lang> but with
 * <meta http-equiv="Content-Language" content="zh-cn"> got English (the pre-upgrade CSS, by
 * :lang(), already drew Chinese); and a CMS's location markup pasted inside the tag
 * (当前位置：<a>首页</a> &gt; ... 》正文) showed its prefix as an entry and separators in labels.
 * Raised by 104 B, to 26,858 B, the same night: a separator drawn by the page's styles (an icon
 * font's <i class="fa fa-angle-right">, an SVG <use> of the page's sprite) showed nothing in the
 * trail, whose copies its styles never reach; the trail shows › instead, with a warning.
 * Raised by 79 B, to 26,937 B, the same night, for a review of that night's change: a title's
 * closing 》 was trimmed as a separator; a sprite in a file of its own or an inline style was
 * refused as a separator; the CMS's own prefix text is shown, not dropped; the language tag is
 * the last Content-Language one, none with a comma (as HTML reads it); and printing skips
 * elements removed while they waited.
 * Raised by 10 B, to 26,947 B, on 2026-12-04 at night: in browsers without light-dark() (Chrome
 * before 123, WeChat's on many Android phones) the focus ring and the About heading's rule were
 * dropped whole with the colour they could not compute; their colours are set apart now (4 B).
 * And each language's messages are picked by its code, so a third language gets its own (6 B).
 * Raised by 13 B, to 26,960 B, the same night: the trail links' underline and the "…" button's
 * border, dropped with their color-mix() colour before Chrome 111, have their colours apart too
 * (2 B); and the underline is in longhands (11 B): WebKit's shorthand takes no thickness, so
 * Safari dropped it whole and drew a full-strength underline.
 * Raised by 6 B, to 26,966 B, the same night: Safari knows only -webkit-user-select, so a page's
 * own separators were copied along with a selected trail there.
 * Raised by 8 B, to 26,974 B, on 2026-12-05: Chrome before 136 knows only
 * -webkit-print-color-adjust, so printed without background graphics the About heading lost its
 * red rule and a code its white there.
 * Lowered by 53 B, to 26,921 B, the same day, by simplifying: the serializer writes an exported
 * SVG's namespace (we wrote it too), crispEdges is on the template's svg (not in a CSS rule and
 * again on the export), and one warnOnce() stands for three once-per-page flags.
 * Raised by 321 B, to 27,242 B, on 2026-12-05 (stop 38), for what three reviews (a screen-reader
 * user's pass, bad input, lifecycle) found: a code showed an old value's code after an image; a
 * two-entry trail was cut short for good on phones; focus fell to the page when "…" went; URL
 * objects blanked an element; a long run of spaces or slashes froze the page; margin took
 * anything; the contrast warning misread oklch() and alpha; a link as the separator was copied;
 * toBlob() hung off the page; elements in a removed frame threw and leaked; clearer messages.
 * Raised by 20 B, to 27,262 B, the same session, for a review of that change: a two-entry trail
 * wraps from its first render (prerendered too); focus reaches a middle entry that is text; a
 * blank margin is 4; a URL object in items; a separator empty once its links are removed.
 * Raised by 29 B, to 27,291 B, the same session: a frame's printing renders the elements waiting
 * in it (beforeprint was heard on our window only), and one failing element no longer keeps the
 * others off the paper.
 * Raised by 38 B, to 27,329 B, the same day, for what a low-vision visitor's and a right-to-left
 * page's review found: a code's caption cut at four lines and its note at the square's edge
 * when the text is doubled (ten lines now, and the note makes the box taller), a download
 * button wider than its code, the About paragraphs and the note laid out right to left, and a
 * trail on a page written vertically that never collapsed (it measures along its line now).
 * Less a class nothing read on the trail's prefix.
 * Raised by 21 B, to 27,350 B, the same day, for a review of that change: a portrait image
 * stretched the code's box once its overflow was no longer hidden (contain: size now), and the
 * trail reads a frame's own window for its writing mode.
 * Raised by 34 B, to 27,384 B, the same day: findElement (shared with the prerenderer, which
 * reads pages nested thousands deep) walks with a stack instead of recursing, and pushes children
 * one by one (spread as arguments, 125,000 of them overflowed the stack too).
 */
export const BUDGET = 27_384;

/**
 * dist/lec.ssr.js, for prerendered pages: dist/lec.js plus Lit's hydration support, whose cost
 * (about 2 KB gzip) the prerender issue measured; kept out of dist/lec.js for that reason.
 */
export const SSR_BUDGET = BUDGET + 2_100;

export function sizes(file) {
  const code = readFileSync(file);
  return {
    raw: code.length,
    gzip: gzipSync(code, {level: 9}).length,
    brotli: brotliCompressSync(code, {
      params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length},
    }).length,
  };
}

/** `file` and every file it imports statically, transitively (relative specifiers only). */
export function withChunks(file, seen = new Set()) {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/\bimport\s*(?:[{*\w][^;]*?\bfrom\s*)?["'](\.\.?\/[^"']+)["']/g)) {
    withChunks(join(dirname(file), specifier), seen);
  }
  return [...seen];
}

export const CDN_ENTRIES = ['dist/cdn/lec-qr.js', 'dist/cdn/lec-breadcrumb.js', 'dist/cdn/lec-about.js'];

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const file of ['dist/lec.js', 'dist/lec.iife.js', 'dist/lec.ssr.js', 'dist/lec.ssr.iife.js']) {
    const s = sizes(file);
    console.log(`${file.padEnd(20)} raw ${s.raw} B, gzip -9 ${s.gzip} B, brotli ${s.brotli} B`);
    const budget = {'dist/lec.js': BUDGET, 'dist/lec.ssr.js': SSR_BUDGET}[file];
    if (budget && s.gzip > budget) {
      console.error(`${file} is ${s.gzip} B gzipped, over the budget of ${budget} B.`);
      failed = true;
    }
  }
  // No budget of their own yet: reported so that a change shows.
  const readmes = ['README.md', 'README.zh-CN.md'].map((file) => [file, readFileSync(file, 'utf8')]);
  for (const entry of CDN_ENTRIES) {
    const files = withChunks(entry);
    const total = {raw: 0, gzip: 0, brotli: 0};
    for (const s of files.map(sizes)) for (const key of Object.keys(total)) total[key] += s[key];
    console.log(
      `${entry.padEnd(26)} with its ${files.length - 1} chunks: raw ${total.raw} B, gzip -9 ${total.gzip} B, brotli ${total.brotli} B`
    );
    // The READMEs' tables of these bundles, which webmasters choose by: within 1 % of the truth
    // (the Chinese README's once said 19,598 B for a bundle of 20,508 B).
    for (const [readme, text] of readmes) {
      const row = new RegExp(`^\\| \`${entry}\` \\|.*\\| ([\\d,]+) B \\|$`, 'm').exec(text);
      const stated = row && Number(row[1].replaceAll(',', ''));
      if (!stated || Math.abs(stated - total.gzip) > total.gzip / 100) {
        console.error(`${readme}: the table gives ${row ? `${row[1]} B` : 'no size'} for ${entry}, which is ${total.gzip.toLocaleString('en')} B now: update it.`);
        failed = true;
      }
    }
  }
  const css = sizes('dist/lec.css');
  console.log(`${'dist/lec.css'.padEnd(18)} raw ${css.raw} B, gzip -9 ${css.gzip} B, brotli ${css.brotli} B`);
  if (!failed) {
    console.log(`Within the budgets: ${BUDGET} B gzip for dist/lec.js, ${SSR_BUDGET} B for dist/lec.ssr.js.`);
  }
  process.exit(failed ? 1 : 0);
}
