// The "Before the script" stories show the page without the script (a frame with the markup and
// dist/lec.css) beside the same markup with the elements. What they show designers must be true:
// the codes and the trail take the same boxes in both columns, in each locale; the section holds
// its pre-upgrade height. (test/cdn-bundles.test.ts checks the same on a page that loads the
// bundle; test/stories.test.ts renders these stories and runs axe on them.)
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import type {TemplateResult} from 'lit';
import {applyStoryGlobals} from '../.storybook/story-page.js';
import type {LecLocale} from '../src/internal/localization.js';
import * as stories from '../stories/before-the-script.stories.js';
import {addStoryPageStyles, emulateMedia, itIn, nextFrame, NO_MEDIA_EMULATION} from './helpers.js';

await addStoryPageStyles();

type Rendered = {render: () => TemplateResult};

/** Renders a story and waits until both columns are complete: the frame's CSS and fonts, our elements' renders. */
async function renderStory(story: Rendered) {
  const root = await fixture(html`<div>${story.render()}</div>`);
  const frame = root.querySelector('iframe')!;
  await new Promise<void>((resolve) => {
    const page = frame.contentDocument;
    // The srcdoc page may have loaded before the listener; its stylesheet is then in place.
    if (page?.readyState === 'complete' && page.styleSheets.length > 1) resolve();
    else frame.addEventListener('load', () => resolve(), {once: true});
  });
  const after = [...root.querySelectorAll<HTMLElement & {updateComplete: Promise<boolean>}>('.lec-sb-after :is(lec-qr, lec-breadcrumb, lec-about)')];
  await Promise.all(after.map((element) => element.updateComplete));
  await Promise.all([document.fonts.ready, frame.contentDocument!.fonts.ready]);
  await nextFrame();
  const boxes = (elements: Iterable<Element>) =>
    [...elements].map((element) => {
      const {width, height} = element.getBoundingClientRect();
      return `${element.localName} ${Math.round(width)}x${Math.round(height)}`;
    });
  return {
    frame,
    before: boxes(frame.contentDocument!.querySelectorAll('lec-qr, lec-breadcrumb, lec-about')),
    after: boxes(after),
  };
}

for (const locale of ['en', 'zh-Hans'] as LecLocale[]) {
  describe(`Before the script stories (${locale})`, () => {
    before(() => applyStoryGlobals(document, {locale}));
    after(() => applyStoryGlobals(document, {}));

    it('the frame is a page without our elements, in the locale, with lec.css applied', async () => {
      const {frame, before} = await renderStory(stories.CourseList as Rendered);
      const page = frame.contentDocument!;
      expect(page.documentElement.lang).to.equal(locale);
      expect(before).to.have.length(6);
      expect(page.defaultView!.customElements.get('lec-qr')).to.equal(undefined);
      // lec.css drew the default caption in the page's language.
      const defaultCaption = page.querySelectorAll('lec-qr')[4];
      const drawn = page.defaultView!.getComputedStyle(defaultCaption, '::after').content;
      expect(drawn).to.equal(locale === 'en' ? '"QR code"' : '"二维码"');
      // The frame is as tall as its page: nothing is cut off.
      expect(frame.getBoundingClientRect().height).to.be.closeTo(page.documentElement.scrollHeight, 1);
    });

    it('a course list takes the same boxes before and after, captions of one to four lines', async () => {
      const {before, after} = await renderStory(stories.CourseList as Rendered);
      expect(after).to.deep.equal(before);
      const heights = new Set(after.map((box) => box.split('x')[1]));
      expect(heights.size, 'captions of different lengths').to.be.greaterThan(2);
    });

    it("a code's square is light before the script, as the code's box after, on a dark page", async () => {
      await applyStoryGlobals(document, {locale, theme: 'dark'});
      try {
        const {frame} = await renderStory(stories.CourseList as Rendered);
        const page = frame.contentDocument!;
        const before = page.defaultView!.getComputedStyle(page.querySelector('lec-qr')!, '::before').backgroundColor;
        const code = document.querySelector('.lec-sb-after lec-qr')!.shadowRoot!.querySelector('[part~=code]')!;
        expect(before).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(code).backgroundColor).to.equal(before);
        // The frame's page is dark, as the story's.
        expect(page.defaultView!.getComputedStyle(page.body).backgroundColor).to.equal('rgb(22, 24, 28)');
      } finally {
        await applyStoryGlobals(document, {locale});
      }
    });

    it('a trail takes the same box before and after', async () => {
      const {before, after} = await renderStory(stories.Trail as Rendered);
      expect(before).to.have.length(1);
      expect(after).to.deep.equal(before);
    });

    it('a section holds about its height before, and its code appears with it', async () => {
      const {before, after} = await renderStory(stories.Section as Rendered);
      const height = (box: string) => Number(box.split('x')[1]);
      // lec.css's steps are for a page with the body's usual margin; this frame has less.
      expect(Math.abs(height(before[0]) - height(after[0])) / height(after[0])).to.be.below(0.2);
      // Not at the top of the section first, then moved beside or below the text.
      expect(before[1]).to.equal('lec-qr 0x0');
      expect(after[1]).to.match(/^lec-qr [1-9]\d*x[1-9]\d*$/);
    });
  });
}

// Without JavaScript (scripting off: a sandboxed frame without allow-scripts) the elements never
// upgrade, and lec.css must not hold space for what will never come: until 2026-12-04 a section
// kept 91em to 222em of blank page, every code a blank square, and a long trail ran off a phone's
// screen cut to one line. The same markup in a frame with scripting on (no bundle loaded) shows
// what lec.css holds before the script, so the test tells the two apart.
describe('dist/lec.css without JavaScript', () => {
  const QR_IMAGE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="black"/></svg>')}`;
  const markup = `<lec-breadcrumb><a href="/">Home</a><a href="/programmes/">Programmes for Continuing Professional Development</a><span>Admissions and Registration</span></lec-breadcrumb>
    <lec-about></lec-about>
    <lec-qr caption="WeChat"><img src="${QR_IMAGE}" alt="WeChat QR code" width="100" height="100"></lec-qr>
    <lec-qr class="empty" caption="Website"></lec-qr>
    <lec-about class="with-code"><p>Our text.</p><lec-qr slot="qr" caption="Weibo"><img src="${QR_IMAGE}" alt="Weibo QR code" width="80" height="80"></lec-qr></lec-about>`;

  async function openPage(lang: string, scripts: boolean, print = false) {
    const frame = document.createElement('iframe');
    if (!scripts) frame.sandbox.add('allow-same-origin');
    frame.style.cssText = 'inline-size: 240px; block-size: 600px; border: 0; display: block';
    frame.srcdoc = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><link rel="stylesheet" href="${location.origin}/dist/lec.css"><body style="margin: 0">${markup}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await doc.fonts.ready;
    if (print) await emulateMedia({media: 'print'});
    await nextFrame();
    const [trail, about, qr, empty, slotted] = ['lec-breadcrumb', 'lec-about', 'lec-qr', '.empty', '.with-code lec-qr'].map((s) => doc.querySelector(s)!);
    const captionShown = (code: Element) => getComputedStyle(code, '::after').display !== 'none';
    const entries = [...trail.children].map((entry) => entry.getBoundingClientRect());
    const seen = {
      aboutHeight: about.getBoundingClientRect().height,
      codeSquare: getComputedStyle(qr, '::before').display !== 'none',
      imageShown: qr.querySelector('img')!.getClientRects().length > 0,
      captionShown: captionShown(qr),
      emptyShown: getComputedStyle(empty, '::before').display !== 'none' || captionShown(empty),
      sectionCodeShown: slotted.querySelector('img')!.getClientRects().length > 0,
      trailLines: new Set(entries.map((r) => Math.round(r.top))).size,
      trailRight: Math.max(...entries.map((r) => r.right)),
    };
    if (print) await emulateMedia({media: 'screen'});
    frame.remove();
    return seen;
  }

  for (const lang of ['en', 'zh-CN']) {
    it(`holds no space, shows a code's own image and wraps a long trail (${lang})`, async () => {
      const before = await openPage(lang, true);
      expect(before.aboutHeight, 'scripting on: the section holds its height').to.be.above(500);
      expect(before.codeSquare, "scripting on: the code's square").to.be.true;
      expect(before.imageShown, 'scripting on: the image waits for the code').to.be.false;
      expect(before.trailLines, 'scripting on: one line').to.equal(1);
      expect(before.captionShown && before.emptyShown, 'scripting on: squares and captions').to.be.true;
      expect(before.sectionCodeShown, "scripting on: a section's code waits for it").to.be.false;
      const without = await openPage(lang, false);
      expect(without.aboutHeight, 'no space held').to.equal(0);
      expect(without.codeSquare, 'no square').to.be.false;
      expect(without.imageShown, "the page's image of the code").to.be.true;
      expect(without.trailLines, 'the trail wraps').to.be.above(1);
      expect(without.trailRight, 'within the screen').to.be.at.most(240);
      expect(without.captionShown, "the caption of the page's image").to.be.true;
      expect(without.emptyShown, 'nothing for a code with nothing inside').to.be.false;
      expect(without.sectionCodeShown, "a section's code with an image of its own").to.be.true;
    });

    // A trail that never upgrades (an iPhone below iOS 16.4, a blocked script) printed as one
    // line cut at the paper's edge, where the element's own trail wraps (until 2026-12-05).
    itIn(['chromium'], NO_MEDIA_EMULATION, `prints a long trail that never upgraded wrapped, as the element's own (${lang})`, async () => {
      const printed = await openPage(lang, true, true);
      expect(printed.trailLines, 'the trail wraps').to.be.above(1);
      expect(printed.trailRight, 'within the paper').to.be.at.most(240);
    });
  }
});
