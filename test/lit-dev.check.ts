// Run by test/lit-dev.config.js against Lit's development build: what a developer's console shows
// while our elements work. Lit warns once per kind of misuse (an update that schedules another,
// a property changed during an update, a missing super call); the one notice we expect is that
// Lit is in development mode.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/lec-about/lec-about.js';
import {setLocale} from '../src/localization.js';

type Updating = Element & {updateComplete: Promise<unknown>};

/** Every element of ours under `root`, in shadow roots too. */
const ours = (root: ParentNode): Updating[] =>
  [...root.querySelectorAll<Updating>('lec-about, lec-breadcrumb, lec-qr')].flatMap((el) => [el, ...(el.shadowRoot ? ours(el.shadowRoot) : [])]);

describe("Lit's development build", () => {
  it('our elements, at work in both locales, make Lit warn about nothing', async () => {
    const issued = (globalThis as {litIssuedWarnings?: Set<string>}).litIssuedWarnings;
    expect(issued, "Lit's development build is loaded").to.be.instanceOf(Set);
    // A section with its codes, a long trail that collapses in a narrow column, and enough codes
    // that some encode in steps over several updates.
    const page = await fixture(html`<div style="inline-size: 320px">
      <lec-breadcrumb
        ><a href="/">Home</a><a href="/a/">About Us</a><a href="/a/b/">The College</a><a href="/a/b/c/">Departments</a
        ><a href="/a/b/c/d/">Lifelong Education at Shanghai Jiao Tong University</a><span>About SJTU LEC</span></lec-breadcrumb
      >
      <lec-about></lec-about>
      ${Array.from({length: 40}, (_, i) => html`<lec-qr value=${`https://lec.sjtu.edu.cn/course/${i}`} download></lec-qr>`)}
    </div>`);
    for (const locale of ['zh-Hans', 'en']) {
      await setLocale(locale);
      for (let round = 0; round < 3; round++) await Promise.all(ours(page).map((el) => el.updateComplete));
    }
    expect(ours(page).length).to.be.above(40);
    expect([...issued!].filter((warning) => !warning.startsWith('Lit is in dev mode'))).to.deep.equal([]);
  });
});
