import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/lec-breadcrumb/lec-breadcrumb.js';
import type {LecBreadcrumb} from '../src/lec-breadcrumb/lec-breadcrumb.js';
import {PRE_UPGRADE_CSS} from '../src/lec-breadcrumb/lec-breadcrumb.styles.js';
import {
  NO_MEDIA_EMULATION,
  captureConsole,
  emulateMedia,
  itIn,
  nextFrame,
  overflowsSideways,
  resetPageWidth,
  screenshot,
  setLocale,
  setPageWidth,
  setViewport,
  visualDiff,
} from './helpers.js';

const part = (el: LecBreadcrumb, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** The parts on screen (the hidden measuring copy of the trail carries parts too, for ::part styles). */
const parts = (el: LecBreadcrumb, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]:not(.ruler *)`),
];
const shown = (node: Element) => node.getClientRects().length > 0;
/** The list items a visitor sees, by their text. */
const visibleLabels = (el: LecBreadcrumb) =>
  parts(el, 'item')
    .filter(shown)
    .map((li) => li.querySelector('.entry')!.textContent!.trim());
const focused = (el: LecBreadcrumb) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Lets the ResizeObserver measure, then lets the element re-render. */
async function settle(el: LecBreadcrumb) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

async function clickCentre(element: Element) {
  const r = element.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)]});
}

/**
 * Whether a painted chevron points left: the ink of its top rows lies to the right of the ink
 * of its middle row (for "›" it is the other way round).
 */
function pointsLeft(image: ImageData) {
  // Ink weighted by darkness, so thin anti-aliased strokes count (engines smooth glyphs differently).
  const ink: Array<[number, number, number]> = [];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const darkness = 765 - (image.data[i] + image.data[i + 1] + image.data[i + 2]);
      if (darkness > 90) ink.push([x, y, darkness]);
    }
  }
  expect(ink.length, 'the separator is painted').to.be.above(0);
  const ys = ink.map(([, y]) => y);
  const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
  const middle = Math.round((top + bottom) / 2);
  const meanX = (rows: (y: number) => boolean) => {
    const picked = ink.filter(([, y]) => rows(y));
    const weight = picked.reduce((sum, [, , w]) => sum + w, 0);
    return picked.reduce((sum, [x, , w]) => sum + x * w, 0) / weight;
  };
  return meanX((y) => y <= top + 1) > meanX((y) => Math.abs(y - middle) <= 1);
}

async function seed() {
  return fixture<LecBreadcrumb>(
    html`<lec-breadcrumb><a href="/about/">About Us</a><span>About SJTU LEC</span></lec-breadcrumb>`
  );
}

const LONG_TRAIL = [
  ['Home', '/'],
  ['Programmes for Continuing Professional Development', '/programmes/'],
  ['Executive Education', '/programmes/executive/'],
  ['Global Institute for Innovation', '/programmes/executive/gii/'],
  ['Admissions and Enrolment for the Autumn Semester', '/programmes/executive/gii/admissions/'],
];

async function longTrail(extra = html``) {
  return fixture<LecBreadcrumb>(html`${extra}<lec-breadcrumb>
      ${LONG_TRAIL.slice(0, -1).map(([label, href]) => html`<a href=${href}>${label}</a>`)}
      <span>${LONG_TRAIL.at(-1)![0]}</span>
    </lec-breadcrumb>`);
}

describe('<lec-breadcrumb>', () => {
  before(async () => {
    await setLocale('en');
    await setViewport({width: 800, height: 600});
  });
  afterEach(() => setLocale('en'));

  describe('by default', () => {
    let el: LecBreadcrumb;
    beforeEach(async () => {
      el = await seed();
    });

    it('upgrades to a LecBreadcrumb', () => {
      expect(el).to.be.instanceOf(customElements.get('lec-breadcrumb')!);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('is a named nav with one ordered list, one item per entry, and links', () => {
      const nav = part(el, 'base')!;
      expect(nav.localName).to.equal('nav');
      expect(nav.getAttribute('aria-label')).to.equal('Breadcrumb');
      const lists = el.shadowRoot!.querySelectorAll('ol');
      expect(lists).to.have.length(1);
      expect(lists[0].getAttribute('part')).to.equal('list');
      const items = lists[0].querySelectorAll(':scope > li');
      expect(items).to.have.length(2);
      const links = nav.querySelectorAll('a');
      expect(links).to.have.length(1);
      expect(links[0].getAttribute('href')).to.equal('/about/');
      expect(links[0].textContent).to.equal('About Us');
    });

    it('shows the prefix "Location:" before the list', () => {
      const prefix = part(el, 'prefix')!;
      expect(prefix.textContent!.trim()).to.equal('Location:');
      expect(shown(prefix)).to.be.true;
      expect(prefix.compareDocumentPosition(part(el, 'list')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });

    it('marks the last entry, a plain text, as the current page', () => {
      const current = part(el, 'current')!;
      expect(current.localName).to.equal('span');
      expect(current.getAttribute('aria-current')).to.equal('page');
      expect(current.textContent).to.equal('About SJTU LEC');
      expect(el.shadowRoot!.querySelectorAll('.base [aria-current]')).to.have.length(1);
    });

    it('hides separators from assistive technology and puts one between entries', () => {
      const separators = parts(el, 'separator');
      expect(separators).to.have.length(1);
      expect(separators[0].getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(separators[0], '::before').content).to.equal('"›"');
    });

    it('leaves the light DOM unslotted, as the no-JS fallback', () => {
      const light = el.querySelector('a')!;
      expect(light.assignedSlot).to.be.null;
      expect(shown(light)).to.be.false;
    });

    // The current-colour knob is the current entry's: a middle entry without a link is text in
    // the text colour (until 2026-12-04 it took the current entry's colour too).
    it('gives --lec-breadcrumb-current-color to the current entry only', async () => {
      const trail = await fixture<LecBreadcrumb>(
        html`<lec-breadcrumb style="--lec-breadcrumb-current-color: rgb(0, 128, 0); --lec-color-text: rgb(0, 0, 255)"
          ><a href="/">Home</a><span>Programmes</span><span>Here</span></lec-breadcrumb
        >`
      );
      expect(getComputedStyle(part(trail, 'current')!).color).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(part(trail, 'text')!).color).to.equal('rgb(0, 0, 255)');
      const linked = await fixture<LecBreadcrumb>(
        html`<lec-breadcrumb style="--lec-breadcrumb-current-color: rgb(0, 128, 0)"><a href="/">Home</a><a href="/here/">Here</a></lec-breadcrumb>`
      );
      expect(getComputedStyle(part(linked, 'current')!).color).to.equal('rgb(0, 128, 0)');
    });

    it('has every documented part', async () => {
      for (const name of ['base', 'prefix', 'list', 'item', 'link', 'current', 'separator']) {
        expect(part(el, name), name).to.exist;
      }
      const text = await fixture<LecBreadcrumb>(
        html`<lec-breadcrumb><span>Home</span><span>Here</span></lec-breadcrumb>`
      );
      expect(part(text, 'text')).to.exist;
      // `expand` is checked where the trail collapses.
    });

    it('gives links and the current page a touch target of at least 24 px', () => {
      for (const name of ['link', 'current']) {
        const box = part(el, name)!.getBoundingClientRect();
        expect(box.height, name).to.be.at.least(24);
        expect(box.width, name).to.be.at.least(24);
      }
    });

    it('keeps the full label in a title', () => {
      expect(part(el, 'link')!.title).to.equal('About Us');
    });

    // Faint and thin, as designed, in every engine: WebKit's text-decoration shorthand takes no
    // thickness and dropped the whole declaration, so Safari drew a full-strength underline
    // (until 2026-12-04).
    it('underlines its links faintly, 1 px thick', () => {
      const link = getComputedStyle(part(el, 'link')!);
      expect(link.textDecorationLine).to.equal('underline');
      expect(link.textDecorationThickness).to.equal('1px');
      const alpha = Number(link.textDecorationColor.match(/[\d.]+(?=\)$)/)?.[0] ?? 1);
      expect(alpha, `${link.textDecorationColor}, the link being ${link.color}`).to.be.closeTo(0.35, 0.01);
    });

    it('matches its visual baseline', async () => {
      await visualDiff(el, 'lec-breadcrumb-default');
    });
  });

  describe('when the current page is a link', () => {
    it('puts aria-current on the link itself, which Tab reaches', async () => {
      const el = await fixture<LecBreadcrumb>(
        html`<lec-breadcrumb><a href="/">Home</a><a href="/about/">About Us</a></lec-breadcrumb>`
      );
      const current = part(el, 'current')!;
      expect(current.localName).to.equal('a');
      expect(current.getAttribute('part')).to.equal('link current');
      expect(current.getAttribute('aria-current')).to.equal('page');
      expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('with the keyboard', () => {
    it('Tab reaches every link in order, and the current page is not a stop unless a link', async () => {
      const wrapper = await fixture(html`<div>
        <button>before</button>
        <lec-breadcrumb><a href="/">Home</a><a href="/about/">About Us</a><span>About SJTU LEC</span></lec-breadcrumb>
        <button>after</button>
      </div>`);
      const el = wrapper.querySelector('lec-breadcrumb')!;
      wrapper.querySelector('button')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({press: 'Tab'});
        stops.push(focused(el)?.textContent ?? (document.activeElement as HTMLElement).textContent!);
      }
      expect(stops).to.deep.equal(['Home', 'About Us', 'after']);
    });
  });

  describe('on a narrow screen', () => {
    let el: LecBreadcrumb;
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    before(() => window.addEventListener('error', onError));
    after(() => window.removeEventListener('error', onError));
    beforeEach(async () => {
      errors.length = 0;
      await setPageWidth(320, 640);
      el = (await longTrail()) as LecBreadcrumb;
      await settle(el);
    });
    afterEach(async () => {
      expect(errors, 'no ResizeObserver loop or other error').to.deep.equal([]);
      resetPageWidth();
      await setViewport({width: 800, height: 600});
    });

    it('collapses the middle entries into a "…" button, keeping the first and the current', async () => {
      expect(visibleLabels(el)).to.deep.equal([LONG_TRAIL[0][0], LONG_TRAIL[4][0]]);
      // Every entry is still a list item; the hidden ones are not displayed.
      expect(parts(el, 'item')).to.have.length(5);
      const button = part(el, 'expand') as HTMLButtonElement;
      expect(shown(button)).to.be.true;
      expect(button.localName).to.equal('button');
      expect(button.textContent!.trim()).to.equal('…');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-label')).to.equal('Show hidden entries');
      await expect(el).to.be.accessible();
    });

    it('does not overflow sideways, and truncates long labels with an ellipsis', () => {
      expect(overflowsSideways()).to.be.false;
      const current = part(el, 'current')!;
      expect(getComputedStyle(current).textOverflow).to.equal('ellipsis');
      expect(current.scrollWidth).to.be.above(current.clientWidth);
      expect(current.title).to.equal(LONG_TRAIL[4][0]);
      expect(part(el, 'base')!.getBoundingClientRect().right).to.be.at.most(320);
    });

    it('keeps one line (the reserved height) when collapsed', () => {
      expect(el.getBoundingClientRect().height).to.equal(24);
    });

    it('gives the "…" button a touch target of at least 24 px', () => {
      const box = part(el, 'expand')!.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    });

    it('expands with Enter and moves focus to the first revealed link', async () => {
      part(el, 'link')!.focus();
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(part(el, 'expand'));
      const event = oneEvent(el, 'lec-breadcrumb-expand');
      await sendKeys({press: 'Enter'});
      await event;
      await settle(el);
      expect(visibleLabels(el)).to.deep.equal(LONG_TRAIL.map(([label]) => label));
      expect(focused(el)!.textContent).to.equal(LONG_TRAIL[1][0]);
      expect(focused(el)!.getAttribute('href')).to.equal(LONG_TRAIL[1][1]);
      expect(part(el, 'expand')!.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(part(el, 'expand')!)).to.be.false;
      expect(overflowsSideways()).to.be.false;
      await expect(el).to.be.accessible();
      // Tab then walks the revealed links in order.
      await sendKeys({press: 'Tab'});
      expect(focused(el)!.textContent).to.equal(LONG_TRAIL[2][0]);
    });

    it('expands with Space', async () => {
      part(el, 'expand')!.focus();
      await sendKeys({press: ' '}); // the key's value, as every engine's automation names it
      await settle(el);
      expect(visibleLabels(el)).to.have.length(5);
      expect(focused(el)!.textContent).to.equal(LONG_TRAIL[1][0]);
    });

    it('expands with a mouse click, and wraps instead of overflowing', async () => {
      const before = el.getBoundingClientRect().height;
      await clickCentre(part(el, 'expand')!);
      await settle(el);
      expect(visibleLabels(el)).to.have.length(5);
      expect(focused(el)!.textContent).to.equal(LONG_TRAIL[1][0]);
      expect(el.getBoundingClientRect().height).to.be.above(before);
      expect(overflowsSideways()).to.be.false;
      // Expanded, each entry shows its whole text: one longer than the line wraps, none is cut
      // (the title that holds it shows only under a mouse).
      for (const entry of el.shadowRoot!.querySelectorAll<HTMLElement>('.list > li:not(.away) > .entry'))
        expect(entry.scrollWidth, entry.textContent!).to.be.at.most(entry.clientWidth + 1);
    });

    it('collapses again when the width changes', async () => {
      (part(el, 'expand') as HTMLButtonElement).click();
      await settle(el);
      expect(visibleLabels(el)).to.have.length(5);
      focused(el)!.blur(); // the visitor has moved on
      await setPageWidth(360, 640);
      await settle(el);
      expect(visibleLabels(el)).to.have.length(2);
      expect(part(el, 'expand')!.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(part(el, 'expand')!)).to.be.true;
    });

    it('stays expanded while focus is in it when the width changes (zoom, a turned phone)', async () => {
      part(el, 'expand')!.focus();
      await sendKeys({press: 'Enter'});
      await settle(el);
      await sendKeys({press: 'Tab'});
      const entry = focused(el)!;
      expect(entry.textContent).to.equal(LONG_TRAIL[2][0]);
      await setPageWidth(360, 640);
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(el);
      // Collapsing would hide the focused entry, and focus would fall back to the page's body.
      expect(focused(el)).to.equal(entry);
      expect(shown(entry)).to.be.true;
      expect(visibleLabels(el)).to.have.length(5);
      // Widened until the trail fits, still focused: it is measured afresh and fits (not kept
      // "overflowing" by the width it was cut at, with its one-line copy drawn meanwhile).
      await setPageWidth(1800, 640);
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(el);
      expect(el.shadowRoot!.querySelector('.measure'), 'the copy drawn while it overflows').to.be.null;
      expect(part(el, 'expand')).to.be.null;
      expect(focused(el)).to.equal(entry);
      await setPageWidth(360, 640);
      await settle(el);
      // Once the visitor has moved on, the next change of width collapses it.
      entry.blur();
      await setPageWidth(340, 640);
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(el);
      expect(visibleLabels(el)).to.have.length(2);
    });

    it('shows every entry, without the button, once there is room', async () => {
      await setPageWidth(1800, 640);
      await settle(el);
      expect(visibleLabels(el)).to.have.length(5);
      expect(part(el, 'expand')).to.be.null;
      await setPageWidth(320, 640);
      await settle(el);
      expect(visibleLabels(el)).to.have.length(2);
    });

    /** Frames enough for a resize reading, the render it causes, and the next reading. */
    async function quiet(trail: LecBreadcrumb) {
      for (let i = 0; i < 4; i++) {
        await new Promise((resolve) => setTimeout(resolve));
        await settle(trail);
      }
    }
    const copyOf = (trail: LecBreadcrumb) => trail.shadowRoot!.querySelector('.ruler .measure');

    it('draws its one-line measuring copy only while the trail overflows', async () => {
      expect(copyOf(el), 'overflowing at 320 px').to.exist;
      await setPageWidth(1800, 640);
      await quiet(el);
      expect(visibleLabels(el)).to.have.length(5);
      expect(copyOf(el), 'fits at 1800 px').to.equal(null);
      await setPageWidth(320, 640);
      await quiet(el);
      expect(copyOf(el)).to.exist;
      expect(visibleLabels(el)).to.have.length(2);
    });

    it('collapses when the current entry grows at the same width, and expands when it shrinks back', async () => {
      await setPageWidth(1800, 640);
      await quiet(el);
      expect(visibleLabels(el)).to.have.length(5);
      const ruler = el.shadowRoot!.querySelector('.ruler')!.getBoundingClientRect().width;
      // Only the current entry grows (the space for the trail stays): the case where the first
      // reading comes from the entry itself, not from the space.
      const style = Object.assign(document.createElement('style'), {
        textContent: 'lec-breadcrumb::part(current) { letter-spacing: 1.5em }',
      });
      document.head.append(style);
      try {
        await quiet(el);
        expect(el.shadowRoot!.querySelector('.ruler')!.getBoundingClientRect().width).to.equal(ruler);
        expect(visibleLabels(el), 'collapsed').to.have.length(2);
      } finally {
        style.remove();
      }
      await quiet(el);
      expect(visibleLabels(el), 'expanded again').to.have.length(5);
    });

    it('settles when page styles make the entries wider than its measuring copy', async () => {
      const copy = copyOf(el)!.getBoundingClientRect().width;
      const ruler = el.shadowRoot!.querySelector('.ruler')!.getBoundingClientRect();
      // The copy has no list items, so padding on ::part(item) widens only the real trail: 5 × 80 px.
      const style = Object.assign(document.createElement('style'), {
        textContent: 'lec-breadcrumb::part(item) { padding-inline: 40px }',
      });
      document.head.append(style);
      try {
        for (const room of [100, 200, 300]) {
          // Room for the copy and `room` px more, not for the trail itself.
          el.style.inlineSize = `${ruler.left - el.getBoundingClientRect().left + copy + room}px`;
          await quiet(el);
          let renders = 0;
          const watch = new MutationObserver(() => renders++);
          watch.observe(el.shadowRoot!, {subtree: true, childList: true, attributes: true});
          await quiet(el);
          await quiet(el);
          watch.disconnect();
          expect(renders, `re-rendered after settling with ${room} px to spare`).to.equal(0);
        }
      } finally {
        style.remove();
        el.style.inlineSize = '';
      }
    });

    it('does not collapse a trail of two entries, but wraps it, each entry whole', async () => {
      const two = await fixture<LecBreadcrumb>(html`<lec-breadcrumb
        ><a href="/">${LONG_TRAIL[1][0]}</a><span>${LONG_TRAIL[4][0]}</span></lec-breadcrumb
      >`);
      await settle(two);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(two);
      expect(part(two, 'expand')).to.be.null;
      expect(visibleLabels(two)).to.have.length(2);
      expect(overflowsSideways()).to.be.false;
      // With nothing to collapse, cut entries could never be read (their title shows only under
      // a mouse): before, both ended in "…" on a 320 px screen.
      const shownEntries = [...two.shadowRoot!.querySelectorAll<HTMLElement>('.list .entry')];
      expect(shownEntries).to.have.length(2);
      for (const entry of shownEntries) {
        expect(entry.scrollWidth, entry.textContent!).to.be.at.most(entry.clientWidth + 1);
        expect(entry.scrollHeight, `${entry.textContent} (under four lines: not clamped)`).to.be.at.most(entry.clientHeight + 1);
      }
      expect(two.getBoundingClientRect().height, 'on more than one line').to.be.above(40);
    });

    /** A wrapped two-entry trail whose current entry runs to many lines. */
    async function runaway() {
      const long = 'Admissions and Enrolment '.repeat(40);
      const two = await fixture<LecBreadcrumb>(html`<lec-breadcrumb><a href="/">Home</a><span>${long}</span></lec-breadcrumb>`);
      await settle(two);
      return {long, current: part(two, 'current')!};
    }

    it('clamps a runaway entry of a wrapped trail at four lines, its whole text in its title', async () => {
      const {long, current} = await runaway();
      const lineHeight = parseFloat(getComputedStyle(current).lineHeight);
      expect(current.clientHeight / lineHeight, 'lines shown').to.be.closeTo(4, 0.5);
      expect(current.scrollHeight).to.be.above(current.clientHeight);
      expect(current.title).to.equal(long.trim());
    });

    itIn(['chromium'], NO_MEDIA_EMULATION, 'prints every line of a runaway entry (no clamp on paper)', async () => {
      const {current} = await runaway();
      await emulateMedia({media: 'print'});
      try {
        // Before, the print rule lost to the clamp's more specific selector.
        expect(current.scrollHeight, 'every line on paper').to.be.at.most(current.clientHeight + 1);
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });

    it('moves focus from "…" to a middle entry that is text, too, when the trail fits again', async () => {
      const trail = await fixture<LecBreadcrumb>(html`<lec-breadcrumb
        ><a href="/">Home</a><span>${LONG_TRAIL[1][0]}</span><span>${LONG_TRAIL[2][0]}</span><span>${LONG_TRAIL[4][0]}</span></lec-breadcrumb
      >`);
      await settle(trail);
      await focusExpandAndWiden(trail);
      expect(focused(trail)?.textContent).to.equal(LONG_TRAIL[1][0]);
      // Focusable from script only: Tab still walks the links alone.
      expect(focused(trail)!.getAttribute('tabindex')).to.equal('-1');
    });

    /** Focuses the "…" button, then widens the page until the trail fits and the button goes. */
    async function focusExpandAndWiden(trail: LecBreadcrumb) {
      part(trail, 'expand')!.focus();
      expect(focused(trail)).to.equal(part(trail, 'expand'));
      await setPageWidth(1800, 640);
      await settle(trail);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(trail);
      expect(part(trail, 'expand')).to.be.null;
    }

    it('moves focus from "…" to the first entry it stood for when the trail fits again (not to the page)', async () => {
      await focusExpandAndWiden(el);
      expect(focused(el)?.textContent).to.equal(LONG_TRAIL[1][0]);
    });

    it('is named in Chinese on a Chinese page', async () => {
      await setLocale('zh-Hans');
      await settle(el);
      expect(part(el, 'expand')!.getAttribute('aria-label')).to.equal('展开全部路径');
      expect(overflowsSideways()).to.be.false;
    });

    it('has the expand part', () => {
      expect(part(el, 'expand')).to.exist;
    });

    it('matches its collapsed visual baseline', async () => {
      await visualDiff(el, 'lec-breadcrumb-collapsed-narrow');
    });
  });

  describe('items', () => {
    const json = JSON.stringify([
      {label: 'Home', href: '/'},
      {label: 'About Us', href: 'https://lec.sjtu.edu.cn/about/'},
      {label: 'About SJTU LEC'},
    ]);

    it('renders the trail from the JSON attribute instead of the light DOM', async () => {
      const el = await fixture<LecBreadcrumb>(
        html`<lec-breadcrumb items=${json}><a href="/old/">Old</a><span>Old page</span></lec-breadcrumb>`
      );
      expect(visibleLabels(el)).to.deep.equal(['Home', 'About Us', 'About SJTU LEC']);
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['/', 'https://lec.sjtu.edu.cn/about/']);
      expect(part(el, 'current')!.getAttribute('aria-current')).to.equal('page');
      await expect(el).to.be.accessible();
    });

    it('takes a URL object as an href (an app router\'s), as its text', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb></lec-breadcrumb>`);
      const logs = await captureConsole(async () => {
        el.items = [{label: 'Home', href: new URL('https://lec.sjtu.edu.cn/') as unknown as string}, {label: 'Here'}];
        await el.updateComplete;
      });
      expect(logs).to.deep.equal([]);
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['https://lec.sjtu.edu.cn/']);
    });

    it('re-renders when the property changes, and returns to the light DOM when cleared', async () => {
      const el = await seed();
      el.items = [{label: 'A', href: '/a/'}, {label: 'B'}];
      await el.updateComplete;
      expect(visibleLabels(el)).to.deep.equal(['A', 'B']);
      el.items = undefined;
      await el.updateComplete;
      expect(visibleLabels(el)).to.deep.equal(['About Us', 'About SJTU LEC']);
    });

    it('says what is wrong with invalid JSON and keeps the light-DOM entries', async () => {
      let el!: LecBreadcrumb;
      const logs = await captureConsole(async () => {
        el = await fixture<LecBreadcrumb>(
          html`<lec-breadcrumb items="[{label: 'Home'}"><a href="/about/">About Us</a><span>About SJTU LEC</span></lec-breadcrumb>`
        );
      }, ['error']);
      expect(logs).to.have.length(1);
      // The parser's own words, which differ between engines, say where the JSON breaks.
      let parserSays = '';
      try {
        JSON.parse("[{label: 'Home'}");
      } catch (error) {
        parserSays = (error as Error).message;
      }
      expect(logs[0]).to.contain('<lec-breadcrumb>').and.contain('not valid JSON').and.contain(parserSays);
      expect(visibleLabels(el)).to.deep.equal(['About Us', 'About SJTU LEC']);
    });

    it('drops a value that is not an array, and entries without a text label, with warnings', async () => {
      let el!: LecBreadcrumb;
      let logs = await captureConsole(async () => {
        el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb items='{"label": "Home"}'><span>Light</span></lec-breadcrumb>`);
      });
      expect(logs.join()).to.contain('expected an array');
      expect(visibleLabels(el)).to.deep.equal(['Light']);
      logs = await captureConsole(async () => {
        el.setAttribute('items', JSON.stringify([{label: 'Home', href: '/'}, {href: '/x/'}, {label: 42}, null, 'text', {label: 'Here'}]));
        await el.updateComplete;
      });
      expect(logs.filter((l) => l.includes('no text label'))).to.have.length(4);
      expect(visibleLabels(el)).to.deep.equal(['Home', 'Here']);
    });

    describe('with hostile input', () => {
      const win = window as unknown as {__pwned?: unknown};
      const payloads = [
        'javascript:window.__pwned=1',
        ' JaVaScRiPt:window.__pwned=2',
        'java\tscript:window.__pwned=3',
        '\njavascript:window.__pwned=4',
        'data:text/html,<script>parent.__pwned=5</script>',
        'vbscript:msgbox(6)',
        'file:///etc/passwd',
      ];
      const markupLabel = '<img src=x onerror="window.__pwned=7"><b>bold</b>';
      afterEach(() => delete win.__pwned);

      it('drops every unsafe href with a warning, renders labels as text, and runs nothing', async () => {
        const items = [
          ...payloads.map((href, i) => ({label: `entry ${i}`, href})),
          {label: markupLabel, href: '#safe'},
          {label: '</script><script>window.__pwned=8</script>'},
        ];
        let el!: LecBreadcrumb;
        const logs = await captureConsole(async () => {
          el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb items=${JSON.stringify(items)} structured-data></lec-breadcrumb>`);
        });
        expect(logs.filter((l) => l.includes('<lec-breadcrumb> items: ignored the URL'))).to.have.length(payloads.length);
        const links = parts(el, 'link') as HTMLAnchorElement[];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#safe']);
        expect(links[0].textContent).to.equal(markupLabel);
        expect(el.shadowRoot!.querySelector('img, b, script')).to.be.null;
        const texts = parts(el, 'item').map((li) => li.querySelector('.entry')!.textContent);
        expect(texts).to.deep.equal(items.map((i) => i.label));
        for (const entry of el.shadowRoot!.querySelectorAll<HTMLElement>('.base .entry')) entry.click();
        await nextFrame();
        expect(win.__pwned).to.be.undefined;
        const script = document.head.querySelector<HTMLScriptElement>('script[data-lec-breadcrumb]')!;
        expect(script.textContent).not.to.contain('</script');
        expect(JSON.parse(script.textContent!).itemListElement.at(-1).name).to.equal(items.at(-1)!.label);
        await expect(el).to.be.accessible();
      });

      it('drops unsafe hrefs written in the light DOM too', async () => {
        let el!: LecBreadcrumb;
        const logs = await captureConsole(async () => {
          el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb
            ><a href="javascript:window.__pwned=9">Bad</a><a href="/ok/">OK</a><span>Here</span></lec-breadcrumb
          >`);
        });
        // Named by where it was written: this page never set `items`.
        expect(logs.join()).to.contain('<lec-breadcrumb> <a href>: ignored the URL "javascript:window.__pwned=9"');
        expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['/ok/']);
        expect(visibleLabels(el)).to.deep.equal(['Bad', 'OK', 'Here']);
        // The refused entry, clicked as a visitor would; a javascript: URL would run in a later task.
        const bad = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.base .entry')].find((e) => e.textContent === 'Bad')!;
        expect(bad.closest('a'), 'the refused entry is no link').to.be.null;
        bad.click();
        await nextFrame();
        expect(win.__pwned).to.be.undefined;
      });
    });
  });

  describe('structured data', () => {
    const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

    it('writes one schema.org BreadcrumbList into the head, with absolute URLs and positions', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb structured-data
        ><a href="/">Home</a><a href="../about/">About Us</a><a href="https://lec.sjtu.edu.cn/x">X</a><span>About SJTU LEC</span></lec-breadcrumb
      >`);
      expect(scripts()).to.have.length(1);
      expect(scripts()[0].parentNode).to.equal(document.head);
      expect(el.shadowRoot!.querySelector('script')).to.be.null;
      expect(JSON.parse(scripts()[0].textContent!)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          {'@type': 'ListItem', position: 1, name: 'Home', item: new URL('/', document.baseURI).href},
          {'@type': 'ListItem', position: 2, name: 'About Us', item: new URL('../about/', document.baseURI).href},
          {'@type': 'ListItem', position: 3, name: 'X', item: 'https://lec.sjtu.edu.cn/x'},
          {'@type': 'ListItem', position: 4, name: 'About SJTU LEC'},
        ],
      });
      expect(new URL(JSON.parse(scripts()[0].textContent!).itemListElement[0].item).origin).to.equal(location.origin);
    });

    it('follows the entries and is removed with the element', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb structured-data><a href="/">Home</a></lec-breadcrumb>`);
      const read = () => JSON.parse(scripts()[0].textContent!).itemListElement.map((i: {name: string}) => i.name);
      el.append(Object.assign(document.createElement('span'), {textContent: 'New page'}));
      await settle(el);
      expect(read()).to.deep.equal(['Home', 'New page']);
      el.items = [{label: 'From items', href: '/i/'}];
      await el.updateComplete;
      expect(read()).to.deep.equal(['From items']);
      expect(scripts()).to.have.length(1);
      el.remove();
      expect(scripts()).to.have.length(0);
      document.body.append(el);
      await el.updateComplete;
      expect(scripts()).to.have.length(1);
      el.structuredData = false;
      await el.updateComplete;
      expect(scripts()).to.have.length(0);
      el.remove();
    });

    it('writes nothing without the attribute', async () => {
      await seed();
      expect(scripts()).to.have.length(0);
    });
  });

  describe('right to left', () => {
    it('runs from right to left with a mirrored chevron', async () => {
      const wrapper = await fixture(html`<div dir="rtl">
        <lec-breadcrumb><a href="/about/">About Us</a><span>About SJTU LEC</span></lec-breadcrumb>
        <lec-breadcrumb style="--lec-breadcrumb-separator: '›'" dir="ltr"><a href="/">A</a><span>B</span></lec-breadcrumb>
        <lec-breadcrumb style="--lec-breadcrumb-separator: '‹'" dir="ltr"><a href="/">A</a><span>B</span></lec-breadcrumb>
      </div>`);
      const [rtl, ltr, ltrMirrored] = [...wrapper.querySelectorAll('lec-breadcrumb')];
      const first = part(rtl, 'link')!.getBoundingClientRect();
      const current = part(rtl, 'current')!.getBoundingClientRect();
      const prefix = part(rtl, 'prefix')!.getBoundingClientRect();
      expect(prefix.left).to.be.above(first.right);
      expect(first.left).to.be.above(current.right);
      // The default "›" is painted as "‹" in the right-to-left page.
      expect(pointsLeft(await screenshot(parts(rtl, 'separator')[0])), 'rtl').to.be.true;
      expect(pointsLeft(await screenshot(parts(ltrMirrored, 'separator')[0])), '‹').to.be.true;
      expect(pointsLeft(await screenshot(parts(ltr, 'separator')[0])), '›').to.be.false;
      await expect(rtl).to.be.accessible();
    });
  });

  // Some Chinese pages are written top to bottom (writing-mode: vertical-rl), which the trail
  // inherits: its line runs down the page. Measured across the line, a long trail there never
  // collapsed, and ran past the end of its box (the review of 2026-12-05).
  describe('written vertically', () => {
    it('collapses a long trail into "…" along its line, and leaves a short one whole', async () => {
      const box = await fixture<HTMLElement>(html`<div style="writing-mode: vertical-rl; block-size: 300px; inline-size: 400px">
        <lec-breadcrumb>${LONG_TRAIL.slice(0, -1).map(([label, href]) => html`<a href=${href}>${label}</a>`)}<span>${LONG_TRAIL.at(-1)![0]}</span></lec-breadcrumb>
        <lec-breadcrumb><a href="/">Home</a><a href="/a/">A</a><span>B</span></lec-breadcrumb>
      </div>`);
      const [long, short] = [...box.querySelectorAll<LecBreadcrumb>('lec-breadcrumb')];
      await settle(long);
      await settle(short);
      expect(getComputedStyle(long).writingMode).to.equal('vertical-rl');
      expect(shown(part(long, 'expand')!), 'the "…" button').to.be.true;
      expect(visibleLabels(long)).to.deep.equal([LONG_TRAIL[0][0], LONG_TRAIL[4][0]]);
      const list = part(long, 'list')!;
      expect(list.scrollHeight, 'the trail stays within its line').to.be.at.most(list.clientHeight + 1);
      expect(long.getBoundingClientRect().bottom).to.be.at.most(box.getBoundingClientRect().bottom + 0.5);
      expect(part(short, 'expand') && shown(part(short, 'expand')!), 'a trail that fits has no "…"').to.not.equal(true);
      expect(visibleLabels(short)).to.deep.equal(['Home', 'A', 'B']);
    });
  });

  describe('dynamic entries', () => {
    it('picks up entries added, edited and removed later', async () => {
      const el = await seed();
      const link = Object.assign(document.createElement('a'), {href: '/news/', textContent: 'News'});
      el.append(link);
      await settle(el);
      expect(visibleLabels(el)).to.deep.equal(['About Us', 'About SJTU LEC', 'News']);
      expect(part(el, 'current')!.getAttribute('href')).to.equal('/news/');
      link.textContent = 'Latest news';
      link.setAttribute('href', '/latest/');
      await settle(el);
      expect(part(el, 'current')!.textContent).to.equal('Latest news');
      expect(part(el, 'current')!.getAttribute('href')).to.equal('/latest/');
      el.firstElementChild!.remove();
      await settle(el);
      expect(visibleLabels(el)).to.deep.equal(['About SJTU LEC', 'Latest news']);
      (el.lastElementChild!.firstChild as Text).data = 'Edited';
      await settle(el);
      expect(part(el, 'current')!.textContent).to.equal('Edited');
    });

    it('ignores fallback separators written between the links', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb>
        <a href="/">Home</a> &gt; <a href="/about/">About Us</a>
        <span aria-hidden="true">/</span>
        <span>About SJTU LEC</span>
      </lec-breadcrumb>`);
      expect(visibleLabels(el)).to.deep.equal(['Home', 'About Us', 'About SJTU LEC']);
    });

    // What a CMS's location tag writes ({dede:field name='position'/}, PHPCMS's catpos), pasted
    // inside ours as the no-JS fallback: its own prefix, separators glued to the text, the
    // current page as bare text, full-width separators.
    it("reads a CMS's location markup: its prefix as the prefix, separators at an entry's ends dropped", async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb
        >当前位置：<a href="/">首页</a> &gt; <a href="/xygk/">学院概况</a> ＞ <a href="/xygk/xyjj/">学院简介</a>》正文 &gt;</lec-breadcrumb
      >`);
      expect(visibleLabels(el)).to.deep.equal(['首页', '学院概况', '学院简介', '正文']);
      expect(part(el, 'prefix')!.textContent!.trim()).to.equal('当前位置：');
      // A title in book-title marks keeps its closing 》.
      const title = await fixture<LecBreadcrumb>(html`<lec-breadcrumb><a href="/">首页</a> &gt; 《继续教育管理办法》</lec-breadcrumb>`);
      expect(visibleLabels(title)).to.deep.equal(['首页', '《继续教育管理办法》']);
      // Text is an entry of its own when it is not the trail's first: a colon inside one stays.
      const later = await fixture<LecBreadcrumb>(html`<lec-breadcrumb><a href="/">Home</a> › Notice: exams</lec-breadcrumb>`);
      expect(visibleLabels(later)).to.deep.equal(['Home', 'Notice: exams']);
    });
  });

  describe('localization', () => {
    it('names the landmark and shows the prefix in Chinese, and switches live', async () => {
      const el = await fixture<LecBreadcrumb>(
        html`<lec-breadcrumb><a href="/about/">关于我们</a><span>学院简介</span></lec-breadcrumb>`
      );
      await setLocale('zh-Hans');
      await el.updateComplete;
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('面包屑导航');
      expect(part(el, 'prefix')!.textContent!.trim()).to.equal('当前位置：');
      await expect(el).to.be.accessible();
      await visualDiff(el, 'lec-breadcrumb-zh');
      await setLocale('en');
      await el.updateComplete;
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Breadcrumb');
      expect(part(el, 'prefix')!.textContent!.trim()).to.equal('Location:');
    });

    // The full-width colon of 当前位置： ends in its own blank half: a gap after it leaves a hole.
    it('puts the first entry right after the Chinese full-width colon, but keeps the gap after "Location:"', async () => {
      const el = await fixture<LecBreadcrumb>(
        html`<lec-breadcrumb><a href="/about/">About Us</a><span>About SJTU LEC</span></lec-breadcrumb>`
      );
      const space = () => {
        const range = document.createRange();
        range.selectNodeContents(part(el, 'link')!);
        return range.getBoundingClientRect().left - part(el, 'prefix')!.getBoundingClientRect().right;
      };
      const gap = parseFloat(getComputedStyle(part(el, 'list')!).columnGap);
      expect(gap).to.be.above(4);
      expect(space()).to.be.closeTo(gap, 0.5);
      await setLocale('zh-Hans');
      await el.updateComplete;
      expect(part(el, 'prefix')!.textContent!.trim()).to.equal('当前位置：');
      expect(space()).to.be.closeTo(0, 0.5);
      // A prefix the page gives is the page's: it keeps the gap, even on a Chinese page.
      el.prefix = 'Path:';
      await el.updateComplete;
      expect(space()).to.be.closeTo(gap, 0.5);
      // ... unless it ends in a full-width colon too, written as the attribute or in the slot:
      // until 2026-12-04 only the built-in prefix lost the gap, and prefix="当前位置：" had both.
      el.prefix = '当前位置：';
      await el.updateComplete;
      expect(space()).to.be.closeTo(0, 0.5);
      el.prefix = null;
      el.insertAdjacentHTML('afterbegin', '<b slot="prefix">您的位置：</b>');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'prefix')!.querySelector('slot')!.assignedNodes()).to.have.length(1);
      expect(space()).to.be.closeTo(0, 0.5);
      el.querySelector('b')!.textContent = 'Path:';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(space()).to.be.closeTo(gap, 0.5);
    });

    // A page that sizes the trail to its content (a start-aligned grid or flex item, a float)
    // gives it exactly its natural width: nothing may be cut off then. The cap that lets earlier
    // entries keep 40 % when space runs out once cut 关于我们 to 关于… in such a box.
    for (const locale of ['en', 'zh-Hans']) {
      it(`shows every entry whole when the page sizes it to its content (${locale})`, async () => {
        await setLocale(locale);
        const host = await fixture<HTMLElement>(
          html`<div style="display: grid; justify-items: start">
            <lec-breadcrumb><a href="/about/">关于我们</a><span>学院简介</span></lec-breadcrumb>
          </div>`
        );
        const el = host.querySelector('lec-breadcrumb')!;
        await settle(el);
        for (const entry of parts(el, 'item').map((li) => li.querySelector<HTMLElement>('.entry')!)) {
          expect(entry.scrollWidth, entry.textContent!).to.be.at.most(entry.clientWidth);
        }
        const list = part(el, 'list')!.getBoundingClientRect();
        const lastEntry = parts(el, 'item').at(-1)!.getBoundingClientRect();
        expect(list.right - lastEntry.right, 'no empty space at the end of the trail').to.be.below(1);
        await setLocale('en');
      });
    }

    it('prefers the label attribute', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb label="You are here"><span>Home</span></lec-breadcrumb>`);
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('You are here');
    });
  });

  describe('prefix', () => {
    it('takes its text from the attribute and re-renders', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb prefix="You are here:"><span>Home</span></lec-breadcrumb>`);
      expect(part(el, 'prefix')!.textContent!.trim()).to.equal('You are here:');
      el.prefix = 'Path:';
      await el.updateComplete;
      expect(part(el, 'prefix')!.textContent!.trim()).to.equal('Path:');
    });

    it('is hidden when empty', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb prefix=""><span>Home</span></lec-breadcrumb>`);
      expect(shown(part(el, 'prefix')!)).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('takes a slot, which is not an entry', async () => {
      const el = await fixture<LecBreadcrumb>(
        html`<lec-breadcrumb prefix=""><strong slot="prefix">Here:</strong><a href="/">Home</a><span>Page</span></lec-breadcrumb>`
      );
      const slotted = el.querySelector('strong')!;
      expect(shown(part(el, 'prefix')!)).to.be.true;
      expect(slotted.assignedSlot!.name).to.equal('prefix');
      expect(shown(slotted)).to.be.true;
      expect(visibleLabels(el)).to.deep.equal(['Home', 'Page']);
    });
  });

  describe('separator', () => {
    // A page's own separator is text in the trail: a copied trail leaves it out. Safari knows only
    // -webkit-user-select, so there it was copied along (until 2026-12-04).
    it('makes separators unselectable (user-select: none) in every engine', async () => {
      const el = await fixture<LecBreadcrumb>(
        html`<lec-breadcrumb><span slot="separator">/</span><a href="/">Home</a><a href="/a/">About</a><span>Page</span></lec-breadcrumb>`
      );
      const separators = parts(el, 'separator');
      expect(separators).to.have.length(2);
      for (const separator of separators) {
        const style = getComputedStyle(separator);
        const select = style.getPropertyValue('user-select') || style.getPropertyValue('-webkit-user-select');
        expect(select, 'user-select').to.equal('none');
      }
    });

    it('reads --lec-breadcrumb-separator from any ancestor', async () => {
      const wrapper = await fixture(html`<div style="--lec-breadcrumb-separator: '/'">
        <lec-breadcrumb><a href="/">Home</a><span>Page</span></lec-breadcrumb>
      </div>`);
      const el = wrapper.querySelector('lec-breadcrumb')!;
      expect(getComputedStyle(part(el, 'separator')!, '::before').content).to.equal('"/"');
    });

    it('clones the separator slot into each position, without handlers', async () => {
      const win = window as unknown as {__pwned?: unknown};
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb
        ><b slot="separator" onclick="window.__pwned=1" onmouseover="window.__pwned=2" id="sep"
          >/<a href="javascript:window.__pwned=3">x</a><script>window.__pwned = 4;</script></b
        ><a href="/">Home</a><a href="/a/">A</a><span>Page</span></lec-breadcrumb
      >`);
      const separators = parts(el, 'separator');
      expect(separators).to.have.length(2);
      for (const separator of separators) {
        const clone = separator.firstElementChild!;
        expect(clone.localName).to.equal('b');
        expect(clone.textContent).to.equal('/');
        expect([...clone.attributes].map((a) => a.name)).to.deep.equal([]);
        expect(getComputedStyle(separator, '::before').content).to.equal('none');
        (clone as HTMLElement).click();
        await clickCentre(clone);
      }
      expect(win.__pwned).to.be.undefined;
      expect(visibleLabels(el)).to.deep.equal(['Home', 'A', 'Page']);
      await expect(el).to.be.accessible();
    });

    it('takes an SVG icon and follows later changes', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb
        ><svg slot="separator" viewBox="0 0 10 10"><path d="M3 1l4 4-4 4" fill="none" stroke="currentColor"></path></svg
        ><a href="/">Home</a><span>Page</span></lec-breadcrumb
      >`);
      const icon = part(el, 'separator')!.querySelector('svg')!;
      expect(icon.getBoundingClientRect().width).to.be.above(0);
      el.querySelector('svg')!.remove();
      await settle(el);
      expect(part(el, 'separator')!.querySelector('svg')).to.be.null;
      expect(getComputedStyle(part(el, 'separator')!, '::before').content).to.equal('"›"');
    });

    // Bootstrap 3 sites draw icons with an icon font's classes or an SVG sprite: the page's
    // styles and sprite never reach the copies in the trail, which would be blank.
    it("shows › with a warning for a separator that only the page's styles draw (an icon font, a sprite)", async () => {
      for (const icon of [
        html`<i slot="separator" class="icon-angle"></i>`,
        html`<svg slot="separator"><use href="#sprite-angle"></use></svg>`,
      ]) {
        let el!: LecBreadcrumb;
        const logs = await captureConsole(async () => {
          el = await fixture<LecBreadcrumb>(html`<div>
            <style>.icon-angle::before { content: '>' }</style>
            <svg hidden><symbol id="sprite-angle" viewBox="0 0 10 10"><path d="M3 1l4 4-4 4"></path></symbol></svg>
            <lec-breadcrumb>${icon}<a href="/">Home</a><span>Page</span></lec-breadcrumb>
          </div>`).then((wrapper) => wrapper.querySelector('lec-breadcrumb')!);
          await settle(el);
        });
        const separator = part(el, 'separator')!;
        expect(getComputedStyle(separator, '::before').content, 'the fallback').to.equal('"›"');
        expect(separator.getBoundingClientRect().width).to.be.above(0);
        expect(logs.filter((l) => l.includes('which shows nothing; showing ›'))).to.have.length(1);
      }
      // What does show in the copies: a sprite in a file of its own, an inline style.
      for (const icon of [
        html`<svg slot="separator" viewBox="0 0 10 10"><use href="/test/fixtures/chevron.svg#c"></use></svg>`,
        html`<span slot="separator" style="display: inline-block; inline-size: 6px; block-size: 6px; border: solid; border-width: 1px 1px 0 0"></span>`,
      ]) {
        let el!: LecBreadcrumb;
        const logs = await captureConsole(async () => {
          el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb>${icon}<a href="/">Home</a><span>Page</span></lec-breadcrumb>`);
          await settle(el);
        });
        expect(part(el, 'separator')!.classList.contains('custom'), 'the page\'s separator').to.equal(true);
        expect(logs.filter((l) => l.includes('which shows nothing'))).to.have.length(0);
      }
    });

    it('shows › with a warning for a separator that is itself a link, a control or a script (none copied into the trail)', async () => {
      for (const [tag, icon] of [
        ['a', html`<a slot="separator" href="/">›</a>`],
        ['button', html`<button slot="separator">›</button>`],
        ['style', html`<style slot="separator">.x { color: red }</style>`],
      ] as const) {
        let el!: LecBreadcrumb;
        const logs = await captureConsole(async () => {
          el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb>${icon}<a href="/">Home</a><span>Page</span></lec-breadcrumb>`);
          await settle(el);
        });
        const separator = part(el, 'separator')!;
        // Before, a focusable link or button was copied into every (aria-hidden) separator.
        expect(separator.children, tag).to.have.length(0);
        expect(getComputedStyle(separator, '::before').content, tag).to.equal('"›"');
        expect(logs, tag).to.deep.equal([`<lec-breadcrumb>: the separator may not be a <${tag}>; showing ›. Use text, <img> or inline <svg>.`]);
        expect(visibleLabels(el), tag).to.deep.equal(['Home', 'Page']);
      }
    });

    it('shows › with a warning for a separator that shows nothing once the link inside it is removed', async () => {
      let el!: LecBreadcrumb;
      const logs = await captureConsole(async () => {
        el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb
          ><span slot="separator"><a href="/">›</a></span><a href="/">Home</a><span>Page</span></lec-breadcrumb
        >`);
        await settle(el);
      });
      const separator = part(el, 'separator')!;
      // Before, an empty copy of the <span> stood between the entries: no separator at all.
      expect(separator.classList.contains('custom')).to.equal(false);
      expect(getComputedStyle(separator, '::before').content).to.equal('"›"');
      expect(logs.filter((l) => l.includes('showing ›'))).to.have.length(1);
    });
  });

  describe('before upgrade', () => {
    it('the documented CSS shows one line and reserves the final height', async () => {
      const pending = PRE_UPGRADE_CSS.replaceAll('lec-breadcrumb', 'lec-breadcrumb-pending');
      const wrapper = await fixture(html`<div style="inline-size: 320px">
        <style>
          ${pending}
        </style>
        <lec-breadcrumb-pending
          ><a href="/about/">About Us</a><span>About SJTU LEC</span><span slot="prefix">P</span></lec-breadcrumb-pending
        >
        <lec-breadcrumb><a href="/about/">About Us</a><span>About SJTU LEC</span></lec-breadcrumb>
      </div>`);
      const before = wrapper.querySelector('lec-breadcrumb-pending')!;
      const after = wrapper.querySelector('lec-breadcrumb')!;
      expect(before.getBoundingClientRect().height).to.equal(after.getBoundingClientRect().height);
      expect(before.textContent).to.equal('About UsAbout SJTU LECP');
      expect(getComputedStyle(before.children[1], '::before').content).to.equal('"›" / ""');
      expect(before.querySelector('[slot]')!.getClientRects()).to.have.length(0);
    });

    it('the documented CSS draws the entries as the element will, whatever text properties the page sets', async () => {
      const pending = PRE_UPGRADE_CSS.replaceAll('lec-breadcrumb', 'lec-breadcrumb-pending');
      const wrapper = await fixture(html`<div
        style="font: italic bold 16px Georgia, serif; letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase; text-indent: 4em"
      >
        <style>
          ${pending}
        </style>
        <lec-breadcrumb-pending><a href="/about/">About Us</a><span>About SJTU LEC</span></lec-breadcrumb-pending>
        <lec-breadcrumb><a href="/about/">About Us</a><span>About SJTU LEC</span></lec-breadcrumb>
      </div>`);
      const after = wrapper.querySelector<LecBreadcrumb>('lec-breadcrumb')!;
      await settle(after);
      const textWidth = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return range.getBoundingClientRect().width;
      };
      const link = (root: ParentNode) => [...root.querySelectorAll('a')].find((a) => /about us/i.test(a.textContent!))!;
      const before = wrapper.querySelector('lec-breadcrumb-pending')!;
      expect(getComputedStyle(link(before)).textTransform).to.equal('none');
      expect(textWidth(link(before))).to.be.closeTo(textWidth(link(after.shadowRoot!)), 1);
      // The page's settings did reach the page's own text around it.
      expect(getComputedStyle(wrapper).letterSpacing).to.not.equal('normal');
    });
  });

  it('documents the same pre-upgrade CSS in the README, the demo, Storybook, dist/lec.css and the manifest', async () => {
    const squash = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: {declarations?: unknown[]}) => m.declarations ?? []);
    const docs = {
      'README.md': await (await fetch('/README.md')).text(),
      'demo/demo.css': await (await fetch('/demo/demo.css')).text(),
      'stories/installation.mdx': await (await fetch('/stories/installation.mdx')).text(),
      'dist/lec.css': await (await fetch('/dist/lec.css')).text(),
      'custom-elements.json': declarations.find((d: {tagName?: string}) => d.tagName === 'lec-breadcrumb').description,
    };
    for (const [file, text] of Object.entries(docs)) {
      expect(squash(text), file).to.contain(squash(PRE_UPGRADE_CSS));
    }
  });

  describe('defined, before its first render', () => {
    // A trail waiting for its turn (src/internal/slices.ts) is defined but empty: its line must
    // already be there, or the page below it moves when it renders.
    for (const size of ['', '--lec-breadcrumb-font-size: 1.25em', '--lec-font-size: 22px']) {
      it(`keeps the height of its rendered line${size ? ` (${size})` : ''}`, async () => {
        const el = document.createElement('lec-breadcrumb');
        el.setAttribute('style', size);
        el.innerHTML = '<a href="/">Home</a><span>About SJTU LEC</span>';
        document.body.append(el);
        try {
          expect(el.shadowRoot!.childElementCount, 'not rendered yet').to.equal(0);
          const before = el.getBoundingClientRect().height;
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('nav')).to.exist;
          expect(before).to.be.at.least(24);
          expect(before).to.be.closeTo(el.getBoundingClientRect().height, 0.01);
        } finally {
          el.remove();
        }
      });
    }
  });

  describe('before upgrade, positions', () => {
    const pageLang = document.documentElement.lang;
    afterEach(() => {
      document.documentElement.lang = pageLang;
    });

    /** Where each entry's text starts, in the pending copy (light DOM) and the upgraded element. */
    function starts(pending: Element, upgraded: LecBreadcrumb) {
      const range = document.createRange();
      const textLeft = (el: Element) => {
        range.selectNodeContents(el.lastChild!);
        return range.getBoundingClientRect().left;
      };
      return {
        before: [...pending.children].filter((c) => !c.slot).map(textLeft),
        after: parts(upgraded, 'item').map((li) => textLeft(li.querySelector('.entry')!)),
      };
    }

    const cases = [
      {name: 'English page', lang: 'en', locale: 'en', attrs: ''},
      {name: 'Chinese page', lang: 'zh-CN', locale: 'zh-Hans', attrs: ''},
      {name: 'Traditional Chinese page (English elements)', lang: 'zh-TW', locale: 'en', attrs: ''},
      {name: 'prefix attribute', lang: 'en', locale: 'en', attrs: 'prefix="You are here:"'},
      {name: 'empty prefix', lang: 'en', locale: 'en', attrs: 'prefix=""'},
      // A page's own Chinese prefix: its full-width colon carries its own space too.
      {name: 'prefix attribute ending in a full-width colon', lang: 'zh-CN', locale: 'zh-Hans', attrs: 'prefix="您的位置："'},
    ] as const;

    // Until 2026-12-04 the line was 1.3125em of the base size, right only for the default 0.875em:
    // a trail in 20px text grew from 24 to 30 px at upgrade, moving the page below it. (13px
    // checks the 24 px floor, which both give.)
    for (const fontSize of ['20px', '13px', '1.25em', '1.5em']) {
      it(`the documented CSS holds the upgraded height with --lec-breadcrumb-font-size: ${fontSize}`, async () => {
        const trail = '<a href="/">Home</a><a href="/about/">About Us</a><span>About SJTU LEC</span>';
        const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 800px"></div>`);
        wrapper.style.setProperty('--lec-breadcrumb-font-size', fontSize);
        // The tag renamed, not the tokens (--lec-breadcrumb-font-size).
        const pendingCss = PRE_UPGRADE_CSS.replace(/(?<!-)lec-breadcrumb/g, 'lec-breadcrumb-pending');
        wrapper.innerHTML = `<style>${pendingCss}</style>
          <lec-breadcrumb-pending>${trail}</lec-breadcrumb-pending><lec-breadcrumb>${trail}</lec-breadcrumb>`;
        const upgraded = wrapper.querySelector<LecBreadcrumb>('lec-breadcrumb')!;
        await settle(upgraded);
        const pending = wrapper.querySelector('lec-breadcrumb-pending')!;
        expect(pending.getBoundingClientRect().height).to.equal(upgraded.getBoundingClientRect().height);
        expect(getComputedStyle(pending.firstElementChild!).fontSize).to.equal(getComputedStyle(part(upgraded, 'link')!).fontSize);
      });
    }

    for (const {name, lang, locale, attrs} of cases) {
      it(`the documented CSS puts every entry where the element will show it: ${name}`, async () => {
        // The elements follow <html lang>, and so does the documented CSS.
        document.documentElement.lang = lang;
        await setLocale(locale);
        // The page's usual markup: links on their own lines, white space between them.
        const trail = `
          <a href="/">Home</a>
          <a href="/about/">About Us</a>
          <span>About SJTU LEC</span>`;
        const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 800px"></div>`);
        // Markup with the page's white space, as a CMS writes it (a template would trim it).
        wrapper.innerHTML = `<style>${PRE_UPGRADE_CSS.replaceAll('lec-breadcrumb', 'lec-breadcrumb-pending')}</style>
          <lec-breadcrumb-pending ${attrs}>${trail}</lec-breadcrumb-pending>
          <lec-breadcrumb ${attrs}>${trail}</lec-breadcrumb>`;
        const upgraded = wrapper.querySelector<LecBreadcrumb>('lec-breadcrumb')!;
        await settle(upgraded);
        const pending = wrapper.querySelector('lec-breadcrumb-pending')!;
        const {before, after} = starts(pending, upgraded);
        expect(after).to.have.length(3);
        before.forEach((x, i) => expect(x, `entry ${i}: ${before} vs ${after}`).to.be.closeTo(after[i], 1));
        expect(pending.getBoundingClientRect().height).to.equal(upgraded.getBoundingClientRect().height);
      });
    }
  });

  describe('theme', () => {
    it('pins dark colours and reflects the attribute', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb theme="dark"><a href="/">Home</a><span>Page</span></lec-breadcrumb>`);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(part(el, 'current')!).color).to.equal('rgb(230, 232, 235)');
      el.theme = 'light';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('light');
      expect(getComputedStyle(part(el, 'current')!).color).to.equal('rgb(31, 35, 40)');
    });

    it('warns about an unknown theme', async () => {
      const logs = await captureConsole(() => fixture(html`<lec-breadcrumb theme="blue"><span>x</span></lec-breadcrumb>`));
      expect(logs.join()).to.contain('theme="blue"');
    });

    it('reads the colour and size custom properties', async () => {
      const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb
        style="--lec-breadcrumb-link-color: rgb(0, 0, 255); --lec-breadcrumb-current-color: rgb(0, 128, 0); --lec-breadcrumb-color: rgb(255, 0, 0); --lec-breadcrumb-font-size: 20px; --lec-breadcrumb-gap: 10px"
        ><a href="/">Home</a><span>Page</span></lec-breadcrumb
      >`);
      expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(0, 0, 255)');
      expect(getComputedStyle(part(el, 'current')!).color).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(part(el, 'separator')!).color).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(part(el, 'prefix')!).color).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(part(el, 'base')!).fontSize).to.equal('20px');
      expect(getComputedStyle(part(el, 'list')!).columnGap).to.equal('10px');
      expect(el.style.getPropertyValue('--lec-breadcrumb-gap')).to.equal('10px');
    });
  });
});

describe('<lec-breadcrumb> with links the page wrote without text', () => {
  before(() => setLocale('en'));

  it("names an icon-only link by its image's alt text (a home icon)", async () => {
    const el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb>
      <a href="/"><img src="/test/fixtures/no-logo.svg" alt="Home" width="16" height="16"></a>
      <span>About SJTU LEC</span>
    </lec-breadcrumb>`);
    await settle(el);
    expect(visibleLabels(el)).to.deep.equal(['Home', 'About SJTU LEC']);
    expect(parts(el, 'link')[0].getAttribute('href')).to.equal('/');
  });

  it('leaves out a link with no text at all, and says what to fix (it was left out silently)', async () => {
    let el!: LecBreadcrumb;
    const logs = await captureConsole(async () => {
      el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb>
        <a href="/"><i class="glyphicon glyphicon-home"></i></a>
        <a href="/about/">About Us</a>
        <span>About SJTU LEC</span>
      </lec-breadcrumb>`);
      await settle(el);
    });
    expect(visibleLabels(el)).to.deep.equal(['About Us', 'About SJTU LEC']);
    expect(logs).to.deep.equal(['<lec-breadcrumb>: dropped the link to /, which has no text; give it text or an aria-label.']);
    // Said once, not again each time the page changes the trail's children.
    const again = await captureConsole(async () => {
      el.querySelector('span')!.textContent = 'About the college';
      await settle(el);
    });
    expect(visibleLabels(el)).to.deep.equal(['About Us', 'About the college']);
    expect(again).to.deep.equal([]);
  });

  it("takes the name of a link inside an entry (aria-label on the <a>), and follows a changed alt", async () => {
    let el!: LecBreadcrumb;
    const logs = await captureConsole(async () => {
      el = await fixture<LecBreadcrumb>(html`<lec-breadcrumb>
        <span><a href="/" aria-label="Home"><i class="glyphicon glyphicon-home"></i></a></span>
        <a href="/about/"><img src="/test/fixtures/no-logo.svg" alt="About Us" width="16" height="16"></a>
        <span>About SJTU LEC</span>
      </lec-breadcrumb>`);
      await settle(el);
    });
    expect(logs).to.deep.equal([]);
    expect(visibleLabels(el)).to.deep.equal(['Home', 'About Us', 'About SJTU LEC']);
    el.querySelector('img')!.alt = '关于我们'; // a framework switching the page's language
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect(visibleLabels(el)).to.deep.equal(['Home', '关于我们', 'About SJTU LEC']);
  });
});

describe('<lec-breadcrumb> removed before its first update', () => {
  it('does not watch its children while detached, and does again once put back', async () => {
    // The first update runs in a later slice or microtask: a trail removed at once has run its
    // disconnectedCallback before it. It must not start observers then, which nothing would stop.
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('lec-breadcrumb') as LecBreadcrumb;
    el.innerHTML = '<a href="/">Home</a><span>About SJTU LEC</span>';
    host.append(el);
    el.remove();
    await el.updateComplete;
    const labels = () => parts(el, 'item').map((li) => li.querySelector('.entry')!.textContent!.trim());
    expect(labels(), 'rendered while detached').to.deep.equal(['Home', 'About SJTU LEC']);
    el.insertAdjacentHTML('afterbegin', '<a href="/about/">About Us</a>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(labels(), 'not read while detached').to.deep.equal(['Home', 'About SJTU LEC']);
    host.append(el);
    await settle(el);
    expect(visibleLabels(el), 'read again once back').to.deep.equal(['About Us', 'Home', 'About SJTU LEC']);
  });
});
