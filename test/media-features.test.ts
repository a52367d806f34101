// The visitor's settings the styles answer: forced colours (Windows High Contrast) and reduced
// motion. Only Chromium emulates them through automation, so these run there; the other engines
// list them as skipped. And what the visitor's browser cannot compute: the focus ring and the
// heading's rule (the ring in Chromium and Firefox, the rule everywhere).
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/all.js';
import type {LecAbout, LecBreadcrumb, LecQr} from '../src/all.js';
import {NO_MEDIA_EMULATION, canEmulateMedia, decodeQr, emulateMedia, itIn, nextFrame, screenshot} from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const luminance = (image: ImageData, x: number, y: number) => {
  const i = (y * image.width + x) * 4;
  return 0.2126 * image.data[i] + 0.7152 * image.data[i + 1] + 0.0722 * image.data[i + 2];
};

describe('visitor settings', () => {
  // On a touch screen a tap sets :hover and leaves it until the next tap elsewhere: the download
  // button kept its hover tint after a tap on iPhones (until 2026-12-04). Hover styles are for
  // pointers that hover. Read from each element's stylesheets as the browser parsed them.
  it('styles :hover only where the pointer can hover', () => {
    const hoverRules: string[] = [];
    const walk = (rules: CSSRuleList, media: string[]) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) walk(rule.cssRules, [...media, rule.conditionText]);
        else if (rule instanceof CSSStyleRule && rule.selectorText.includes(':hover')) hoverRules.push(`${media.join(' and ')} ${rule.selectorText}`);
      }
    };
    for (const tag of ['lec-qr', 'lec-breadcrumb', 'lec-about']) {
      const styles = (customElements.get(tag) as unknown as {elementStyles: {styleSheet?: CSSStyleSheet}[]}).elementStyles;
      for (const {styleSheet} of styles) walk(styleSheet!.cssRules, []);
    }
    expect(hoverRules.length, 'the download button, trail links and "…"').to.be.at.least(3);
    for (const rule of hoverRules) expect(rule).to.match(/^\(hover: hover\) /);
  });

  // A browser without light-dark() (Chrome < 123, Firefox < 120, Safari < 17.5: WeChat's browser
  // on many Android phones, Chrome on Windows 7) cannot compute a colour token, as none of ours can
  // compute nosuchfn(1). A shorthand holding one is dropped whole: keyboard users had no focus ring
  // there, and the About heading no rule (until 2026-12-04). Now only the colour falls back.
  const UNKNOWN = '--lec-color-focus: nosuchfn(1); --lec-color-line: nosuchfn(1)';
  // WebKitGTK's window never has the focus under automation: Tab moves document.activeElement,
  // but :focus (and so :focus-visible) never matches there.
  const NO_WINDOW_FOCUS = 'WebKitGTK under automation never matches :focus';
  for (const tokens of ['', UNKNOWN]) {
    const how = tokens ? ' with colours the browser cannot compute' : '';
    itIn(['chromium', 'firefox'], NO_WINDOW_FOCUS, `draws the keyboard focus ring${how}`, async () => {
      const page = await fixture(html`<div style=${tokens}>
        <button>before</button>
        <lec-breadcrumb><a href="/">Home</a><span>About</span></lec-breadcrumb>
        <lec-qr value="https://lec.sjtu.edu.cn/" download></lec-qr>
      </div>`);
      const crumb = page.querySelector<LecBreadcrumb>('lec-breadcrumb')!;
      const qr = page.querySelector<LecQr>('lec-qr')!;
      await Promise.all([crumb.updateComplete, qr.updateComplete]);
      page.querySelector('button')!.focus();
      for (const [el, name] of [[crumb, 'link'], [qr, 'download']] as const) {
        await sendKeys({press: 'Tab'});
        expect(el.shadowRoot!.activeElement, `Tab reaches ${el.localName}'s ${name}`).to.equal(part(el, name));
        const ring = getComputedStyle(part(el, name));
        expect(`${ring.outlineStyle} ${ring.outlineWidth}`, `${el.localName}'s ring`).to.equal('solid 2px');
        expect(ring.outlineColor).to.equal(tokens ? ring.color : 'rgb(11, 87, 208)');
      }
    });

    it(`draws the About heading's rule${how}`, async () => {
      const page = await fixture(html`<div style=${tokens}><lec-about no-qr></lec-about></div>`);
      const about = page.querySelector<LecAbout>('lec-about')!;
      await about.updateComplete;
      const rule = getComputedStyle(part(about, 'heading'));
      expect(`${rule.borderBottomStyle} ${rule.borderBottomWidth}`, "the heading's rule").to.equal('solid 1px');
      expect(rule.borderBottomColor).to.equal(tokens ? rule.color : 'rgb(216, 220, 225)');
    });
  }

  afterEach(() => canEmulateMedia && emulateMedia({media: null, colorScheme: null, forcedColors: null, reducedMotion: null}));

  itIn(['chromium'], NO_MEDIA_EMULATION, 'keeps codes dark on light, and scannable, in forced colours with a dark palette', async () => {
    await emulateMedia({forcedColors: 'active', colorScheme: 'dark'});
    const value = 'https://lec.sjtu.edu.cn/';
    const el = await fixture<LecQr>(html`<lec-qr value=${value} size="200"></lec-qr>`);
    await el.updateComplete;
    await nextFrame();
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.be.true;
    // The palette is dark: a box that asks for the system's page colour gets a dark one.
    const probe = document.createElement('div');
    probe.style.cssText = 'background: Canvas';
    document.body.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const [r, g, b] = canvas.match(/\d+/g)!.map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b, `the forced palette's page colour, ${canvas}`).to.be.below(60);
    const image = await screenshot(part(el, 'code'));
    // The quiet zone stays light, as a phone needs it: the SVG's own (pixel 2, 2) and, where the
    // symbol is smaller than its box (198 of 200 px, whole device pixels per module), the box's
    // background (pixel 0, 0), which forced colours would make dark but for the box's
    // forced-color-adjust: none.
    expect(luminance(image, 2, 2), 'the quiet zone').to.be.above(200);
    expect(luminance(image, 0, 0), "the box's edge").to.be.above(200);
    expect(decodeQr(image)).to.equal(value);
  });

  itIn(['chromium'], NO_MEDIA_EMULATION, "draws the About heading's rule, not its red accent, in forced colours", async () => {
    await emulateMedia({forcedColors: 'active'});
    const el = await fixture<LecAbout>(html`<lec-about no-qr></lec-about>`);
    const heading = part(el, 'heading');
    // The accent is a background, which forced colours remove: a thicker rule says the same.
    expect(getComputedStyle(heading, '::after').display).to.equal('none');
    expect(getComputedStyle(heading).borderBottomWidth).to.equal('3px');
  });

  // On paper a trail cannot be expanded: until 2026-12-04 it printed its entries on one line each
  // cut with an ellipsis, and a trail collapsed on a phone kept its earlier entries at 40 %.
  itIn(['chromium'], NO_MEDIA_EMULATION, 'prints every entry of a trail whole, a collapsed one included', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 260px">
      <lec-breadcrumb
        ><a href="/">Home</a><a href="/programmes/">Programmes for Continuing Professional Development</a
        ><a href="/programmes/cpd/">Short Courses</a><span>Admissions and Registration for the Autumn Semester of 2026</span></lec-breadcrumb
      >
    </div>`);
    const trail = box.querySelector('lec-breadcrumb') as LecBreadcrumb;
    await trail.updateComplete;
    for (let i = 0; i < 4; i++) await nextFrame();
    expect(trail.shadowRoot!.querySelector('[part=expand]'), 'collapsed on screen').to.exist;
    await emulateMedia({media: 'print'});
    for (let i = 0; i < 2; i++) await nextFrame();
    const right = box.getBoundingClientRect().right;
    const entries = [...trail.shadowRoot!.querySelectorAll<HTMLElement>('.list .entry')];
    expect(entries).to.have.length(4);
    for (const entry of entries) {
      const r = entry.getBoundingClientRect();
      expect(r.width, entry.textContent!).to.be.above(0);
      expect(r.right, `${entry.textContent} within the page`).to.be.at.most(right + 1);
      expect(entry.scrollWidth, `${entry.textContent} whole`).to.be.at.most(entry.clientWidth + 1);
    }
  });

  itIn(['chromium'], NO_MEDIA_EMULATION, 'has no transitions when the visitor asks for reduced motion', async () => {
    const trail = await fixture<LecBreadcrumb>(html`<lec-breadcrumb><a href="/">Home</a><span>Here</span></lec-breadcrumb>`);
    const qr = await fixture<LecQr>(html`<lec-qr value="x" download></lec-qr>`);
    const durations = () => [getComputedStyle(part(trail, 'link')).transitionDuration, getComputedStyle(part(qr, 'download')).transitionDuration];
    await emulateMedia({reducedMotion: 'no-preference'});
    expect(durations(), 'with motion').to.deep.equal(['0.15s, 0.15s', '0.15s']);
    await emulateMedia({reducedMotion: 'reduce'});
    expect(durations(), 'reduced').to.deep.equal(['0s', '0s']);
  });
});
