import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/lec-qr/lec-qr.js';
import '../src/lec-breadcrumb/lec-breadcrumb.js';
import '../src/lec-about/lec-about.js';
import type {LecQr, LecQrErrorDetail} from '../src/lec-qr/lec-qr.js';
import type {LecBreadcrumb} from '../src/lec-breadcrumb/lec-breadcrumb.js';
import type {LecAbout} from '../src/lec-about/lec-about.js';
import {followDocumentLang, resolveLocale} from '../src/internal/localization.js';
import {captureConsole, setLocale} from './helpers.js';
import {expectNoPageErrors, twoFrames} from './hostile-vectors.js';

// Each bad input of issue 7 has a documented outcome (docs/robustness.md): what the visitor sees,
// what the console says, which event fires. No exception may reach the page.

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const captionOf = (el: LecQr) => el.shadowRoot!.querySelector('figcaption')!.textContent!.trim();
const modules = (el: LecQr) => Number(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]) - 8;

/** Renders `template` while recording console warnings/errors and every lec-qr-error. */
async function render<T extends Element>(template: TemplateResult) {
  const events: LecQrErrorDetail[] = [];
  const record = (e: Event) => events.push((e as CustomEvent<LecQrErrorDetail>).detail);
  window.addEventListener('lec-qr-error', record);
  let el!: T;
  try {
    const logs = await captureConsole(async () => {
      el = await fixture<T>(template);
      await twoFrames();
    });
    return {el, logs, events};
  } finally {
    window.removeEventListener('lec-qr-error', record);
  }
}

describe('hardening: bad input', () => {
  expectNoPageErrors();

  describe('<lec-breadcrumb> items', () => {
    for (const bad of ['[{label: "Home"}]', '[{"label": "Home"', 'undefined', '']) {
      it(`logs an error for invalid JSON ${JSON.stringify(bad)} and shows the light-DOM entries`, async () => {
        const {el, logs} = await render<LecBreadcrumb>(
          html`<lec-breadcrumb items=${bad}><a href="/">Home</a><span>Here</span></lec-breadcrumb>`
        );
        expect(logs.filter((l) => l.startsWith('<lec-breadcrumb>') && l.includes('not valid JSON'))).to.have.length(1);
        const shown = [...el.shadowRoot!.querySelectorAll('.base .entry:not(.ruler *)')].map((e) => e.textContent);
        expect(shown).to.deep.equal(['Home', 'Here']);
      });
    }

    it('warns and shows nothing but the prefix when neither items nor the light DOM has an entry', async () => {
      const {el, logs} = await render<LecBreadcrumb>(html`<lec-breadcrumb items='{"label": "x"}'></lec-breadcrumb>`);
      expect(logs.filter((l) => l.startsWith('<lec-breadcrumb> items: expected an array'))).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
      expect(part(el, 'prefix').textContent!.trim()).to.equal('Location:');
    });
  });

  describe('<lec-qr> error-correction', () => {
    for (const bad of ['Z', '', 'high', 'null', 'M ']) {
      it(`warns about ${JSON.stringify(bad)} and encodes at M`, async () => {
        const value = 'https://lec.sjtu.edu.cn/';
        const {el, logs, events} = await render<LecQr>(html`<lec-qr value=${value} error-correction=${bad}></lec-qr>`);
        const atM = await fixture<LecQr>(html`<lec-qr value=${value} error-correction="M"></lec-qr>`);
        expect(logs.filter((l) => l.startsWith(`<lec-qr>: error-correction="${bad}"`))).to.have.length(1);
        expect(modules(el)).to.equal(modules(atM));
        expect(el.shadowRoot!.querySelector('path.modules')!.getAttribute('d')).to.equal(
          atM.shadowRoot!.querySelector('path.modules')!.getAttribute('d')
        );
        expect(events).to.deep.equal([]);
      });
    }
  });

  describe('<lec-qr> size', () => {
    for (const bad of ['-10', '0', 'NaN', 'abc', '1e9', 'Infinity', '100000']) {
      it(`warns about size=${JSON.stringify(bad)} and keeps --lec-qr-size (8em)`, async () => {
        const {el, logs} = await render<LecQr>(html`<lec-qr value="x" size=${bad}></lec-qr>`);
        expect(logs.filter((l) => l.startsWith(`<lec-qr>: size="${bad}" must be`))).to.have.length(1);
        expect(part(el, 'code').getBoundingClientRect().width).to.equal(128);
      });
    }

    it('goes back to --lec-qr-size when a good size turns bad', async () => {
      const {el} = await render<LecQr>(html`<lec-qr value="x" size="200"></lec-qr>`);
      // Under the test page's relaxed CSP the size applies (see the strict-CSP bug in hardening-injection).
      expect(part(el, 'code').getBoundingClientRect().width).to.equal(200);
      const logs = await captureConsole(async () => {
        el.setAttribute('size', '-1');
        await el.updateComplete;
      });
      expect(logs).to.have.length(1);
      expect(part(el, 'code').getBoundingClientRect().width).to.equal(128);
    });
  });

  describe('<lec-about> heading-level', () => {
    for (const bad of ['9', '0', '-1', '2.5', 'h3', '']) {
      it(`warns about heading-level=${JSON.stringify(bad)} and renders an h2`, async () => {
        const {el, logs} = await render<LecAbout>(html`<lec-about no-qr heading-level=${bad}></lec-about>`);
        expect(logs.filter((l) => l.startsWith(`<lec-about>: heading-level="${bad}" is not 1 to 6`))).to.have.length(1);
        expect(part(el, 'heading').localName).to.equal('h2');
        expect(part(el, 'heading').textContent!.trim()).to.equal('About SJTU LEC');
      });
    }
  });

  describe('<lec-qr> value', () => {
    it('encodes the page address when empty, silently', async () => {
      const {el, logs, events} = await render<LecQr>(html`<lec-qr value=""></lec-qr>`);
      expect(part(el, 'code').querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(`QR code: ${location.href}`);
      expect(logs).to.deep.equal([]);
      expect(events).to.deep.equal([]);
    });

    for (const [name, value, level, max] of [
      ['3,000 ASCII bytes', 'a'.repeat(3000), 'M', 2331],
      ['3,000 bytes of Chinese', '终身教育'.repeat(250), 'L', 2953],
    ] as const) {
      it(`shows a note, warns and fires lec-qr-error for ${name}`, async () => {
        const {el, logs, events} = await render<LecQr>(html`<lec-qr value=${value} error-correction=${level} download></lec-qr>`);
        expect(events).to.have.length(1);
        expect(events[0]).to.include({reason: 'too-long', length: 3000, max});
        expect(events[0].message).to.match(new RegExp(`^<lec-qr>: .*3000.*${max}`));
        expect(logs).to.deep.equal([events[0].message]);
        expect(part(el, 'message').textContent).to.equal(
          `The text is too long for a QR code: 3000 bytes, ${3000 - max} more than the ${max} that fit.`
        );
        expect(el.shadowRoot!.querySelector('svg, button')).to.be.null;
        expect(captionOf(el)).to.equal('QR code');
        expect(await el.toBlob().then(() => 'resolved', () => 'rejected')).to.equal('rejected');
      });
    }
  });

  describe('images that 404', () => {
    it('a QR src: shows a note in the box, warns and fires lec-qr-error once', async () => {
      const el = document.createElement('lec-qr');
      el.src = '/test/fixtures/missing-qr.png';
      const logs = await captureConsole(async () => {
        const event = oneEvent(el, 'lec-qr-error');
        document.body.append(el);
        expect((await event).detail).to.include({reason: 'image-failed', src: '/test/fixtures/missing-qr.png'});
        await twoFrames();
      });
      try {
        expect(logs).to.have.length(1);
        expect(logs[0]).to.match(/^<lec-qr>: .*\/test\/fixtures\/missing-qr\.png/);
        expect(part(el, 'message').textContent).to.equal('The QR code image could not be loaded.');
        expect(el.shadowRoot!.querySelector('img')).to.be.null;
      } finally {
        el.remove();
      }
    });

    it('a logo: shows the code without it, warns and fires lec-qr-error once', async () => {
      const el = document.createElement('lec-qr');
      el.value = 'x';
      el.logo = '/test/fixtures/missing-logo.svg';
      const logs = await captureConsole(async () => {
        const event = oneEvent(el, 'lec-qr-error');
        document.body.append(el);
        expect((await event).detail).to.include({reason: 'logo-failed', src: '/test/fixtures/missing-logo.svg'});
        await twoFrames();
      });
      try {
        expect(logs).to.have.length(1);
        expect(logs[0]).to.match(/^<lec-qr>: .*\/test\/fixtures\/missing-logo\.svg/);
        expect(el.shadowRoot!.querySelector('path.modules')).not.to.be.null;
        expect(el.shadowRoot!.querySelector('image')).to.be.null;
      } finally {
        el.remove();
      }
    });

    it('a refused src fires lec-qr-error like one that 404s', async () => {
      const {el, events} = await render<LecQr>(html`<lec-qr src="javascript:alert(1)"></lec-qr>`);
      expect(part(el, 'message').textContent).to.equal('The QR code image could not be loaded.');
      expect(events.map((e) => e.reason)).to.deep.equal(['image-failed']);
    });
  });

  describe('unknown theme', () => {
    for (const tag of ['lec-breadcrumb', 'lec-about'] as const) {
      it(`<${tag}> warns and follows the page`, async () => {
        const {el, logs} = await render<HTMLElement>(
          tag === 'lec-about' ? html`<lec-about no-qr theme="neon"></lec-about>` : html`<lec-breadcrumb theme="neon"><span>x</span></lec-breadcrumb>`
        );
        expect(logs).to.have.length(1);
        expect(logs[0]).to.match(new RegExp(`^<${tag}>: theme="neon"`));
        expect(getComputedStyle(el).colorScheme).to.equal('normal');
        expect(el.shadowRoot!.textContent!.trim()).not.to.equal('');
      });
    }

    it('<lec-qr> warns and follows the page', async () => {
      const {el, logs} = await render<LecQr>(html`<lec-qr value="x" theme="neon"></lec-qr>`);
      expect(logs).to.have.length(1);
      expect(logs[0]).to.match(/^<lec-qr>: theme="neon"/);
      expect(getComputedStyle(el).colorScheme).to.equal('normal');
    });
  });

  describe('page languages', () => {
    it('resolves odd language tags to a supported locale', () => {
      const cases: Array<[string | null, string]> = [
        ['zh-TW', 'en'],
        ['zh-Hant', 'en'],
        ['zh-HK', 'en'],
        ['EN-us', 'en'],
        ['xx', 'en'],
        ['', 'en'],
        [null, 'en'],
        ['  ', 'en'],
        ['zh', 'zh-Hans'],
        ['ZH_cn', 'zh-Hans'],
        ['zh-Hans-SG', 'zh-Hans'],
        [' zh-CN ', 'zh-Hans'],
      ];
      for (const [tag, locale] of cases) expect(resolveLocale(tag), String(tag)).to.equal(locale);
    });

    describe('followed through <html lang>', () => {
      const root = document.documentElement;
      afterEach(async () => {
        root.lang = 'en';
        await setLocale('en');
      });

      for (const lang of ['zh-TW', 'EN-us', 'xx', '']) {
        it(`renders English for lang=${JSON.stringify(lang)}, also after Chinese`, async () => {
          const {el: qr} = await render<LecQr>(html`<lec-qr value="x"></lec-qr>`);
          const about = await fixture<LecAbout>(html`<lec-about no-qr></lec-about>`);
          await followDocumentLang();
          root.lang = 'zh-CN';
          await waitUntil(() => captionOf(qr) === '二维码', 'switches to Chinese for zh-CN');
          root.lang = lang;
          await waitUntil(() => captionOf(qr) === 'QR code', `switches back to English for ${lang}`);
          await about.updateComplete;
          expect(part(about, 'heading').textContent!.trim()).to.equal('About SJTU LEC');
          expect(part(about, 'base').lang).to.equal('en');
        });
      }
    });
  });
});
