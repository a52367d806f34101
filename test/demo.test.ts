import {expect, waitUntil} from '@open-wc/testing';

/** The demo page in a frame, as a webmaster opens it (`?lang=zh` starts it in Chinese). */
async function openDemo(query: string, page = 'index.html', {scripts = true} = {}) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'inline-size: 1024px; block-size: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/demo/${page}${query}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // demo.js is a classic script in the head: it translates the words as the parser adds them.
  return {frame, doc};
}

describe('demo page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('captions its two codes with what they are, in the page language, and switches live', async () => {
    const opened = await openDemo('?lang=zh');
    frame = opened.frame;
    const {doc} = opened;
    const captions = () => [...doc.querySelectorAll('lec-qr')].map((q) => q.getAttribute('caption'));
    expect(doc.documentElement.lang).to.equal('zh-Hans');
    expect(captions()).to.deep.equal(['学院网站', '微信公众号']);
    expect(doc.querySelector('[data-i18n="programs"]')!.textContent).to.equal('培训项目');
    doc.getElementById('lang-switch')!.click();
    expect(doc.documentElement.lang).to.equal('en');
    expect(captions()).to.deep.equal(['Website', 'WeChat']);
    expect(doc.querySelector('[data-i18n="programs"]')!.textContent).to.equal('Programs');
  });

  // The other language was a button that changed nothing in the address: a reload, a bookmark or
  // a shared link brought English back, every link of the page led to the English page, and a
  // crawler found no Chinese page at all (until 2026-12-05).
  it('switches language through a link, and the address and the page\'s links follow', async () => {
    const opened = await openDemo('?lang=zh-CN&theme=dark');
    frame = opened.frame;
    const {doc} = opened;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const langSwitch = doc.getElementById('lang-switch') as HTMLAnchorElement;
    const searches = () => [...doc.querySelectorAll<HTMLAnchorElement>('a[data-keep-lang]')].map((a) => a.search);
    expect(doc.documentElement.lang, '?lang=zh-CN is Chinese').to.equal('zh-Hans');
    expect(langSwitch.localName).to.equal('a');
    // The other language, the page's other parameters kept.
    expect([langSwitch.search, langSwitch.hreflang, langSwitch.lang]).to.deep.equal(['?theme=dark', 'en', 'en']);
    expect(new Set(searches())).to.deep.equal(new Set(['?lang=zh']));
    expect(doc.querySelector<HTMLAnchorElement>('[data-i18n="prerendered"]')!.pathname, 'each link keeps its page').to.equal('/demo/prerendered.html');
    expect(doc.querySelector('lec-about')!.getAttribute('about-us-href')).to.equal('./?lang=zh');
    // A plain click switches in place (the link's navigation prevented); one with a modifier key
    // is the link's, for a new tab (stopped here, after the page's handler, by this test).
    const click = (init: MouseEventInit) => {
      let prevented: boolean | undefined;
      win.addEventListener('click', (event) => ((prevented = event.defaultPrevented), event.preventDefault()), {once: true});
      langSwitch.dispatchEvent(new win.MouseEvent('click', {bubbles: true, cancelable: true, ...init}));
      return prevented;
    };
    expect(click({ctrlKey: true}), 'ctrl-click: left to the link').to.equal(false);
    expect(doc.documentElement.lang).to.equal('zh-Hans');
    expect(click({}), 'a click: in place').to.equal(true);
    expect(doc.documentElement.lang).to.equal('en');
    expect(win.location.search).to.equal('?theme=dark');
    expect(new Set(searches())).to.deep.equal(new Set(['']));
    expect([langSwitch.search, langSwitch.hreflang, langSwitch.lang]).to.deep.equal(['?theme=dark&lang=zh', 'zh-Hans', 'zh-Hans']);
    click({});
    expect(win.location.search).to.equal('?theme=dark&lang=zh');
    // One h1, the section's heading, and a way past the masthead for keyboard users.
    const about = doc.querySelector<HTMLElement & {updateComplete: Promise<unknown>}>('lec-about')!;
    await win.customElements.whenDefined('lec-about');
    await about.updateComplete;
    expect(about.shadowRoot!.querySelector('h1')!.textContent!.trim()).to.equal('学院简介');
    const skip = doc.querySelector<HTMLAnchorElement>('body > a:first-child')!;
    expect([skip.hash, skip.textContent]).to.deep.equal(['#main', '跳到正文']);
    expect(doc.getElementById('main')!.localName).to.equal('main');
  });

  // A visitor on a phone cannot scan their own screen: the website's code is a link to the address
  // it holds, as the README advises (it was not, until 2026-12-04); WeChat's code is its image.
  it('links the website code to the address it holds, for visitors already on their phone', async () => {
    const opened = await openDemo('');
    frame = opened.frame;
    const {doc} = opened;
    const website = doc.querySelector<HTMLElement & {updateComplete: Promise<unknown>}>('lec-qr[value]')!;
    await frame.contentWindow!.customElements.whenDefined('lec-qr');
    await website.updateComplete;
    const link = website.shadowRoot!.querySelector('a[part~=code]');
    expect(link?.getAttribute('href')).to.equal(website.getAttribute('value'));
  });

  for (const [query, heading, programs] of [
    ['', 'About SJTU LEC', 'Programs'],
    ['?lang=zh', '学院简介', '培训项目'],
  ]) {
    it(`has a prerendered copy (${query || 'English'}) that reads without JavaScript and hydrates in place`, async () => {
      const about = (doc: Document) => doc.querySelector('lec-about')!.shadowRoot!;
      const noJs = await openDemo(query, 'prerendered.html', {scripts: false});
      frame = noJs.frame;
      expect(about(noJs.doc).querySelector('[part=heading]')!.textContent!.trim()).to.equal(heading);
      expect(about(noJs.doc).querySelectorAll('p')).to.have.length(4);
      expect(noJs.doc.querySelector('[data-i18n="programs"]')!.textContent).to.equal(programs);
      expect(noJs.doc.querySelectorAll('lec-qr')[0].shadowRoot!.querySelector('svg')).to.not.equal(null);
      // Without JavaScript too: the other language is a link, and the page's links keep this one.
      const other = noJs.doc.getElementById('lang-switch') as HTMLAnchorElement;
      expect(other.search).to.equal(query ? '?lang=en' : '?lang=zh');
      expect(new Set([...noJs.doc.querySelectorAll<HTMLAnchorElement>('a[data-keep-lang]')].map((a) => a.search))).to.deep.equal(new Set([query]));
      expect(about(noJs.doc).querySelectorAll('h1')).to.have.length(1);
      frame.remove();

      const live = await openDemo(query, 'prerendered.html');
      frame = live.frame;
      // The copy loads the hydrating bundle in place of lec.js (scripts/serve.js rewrites the tag;
      // were the rewrite to miss, lec.js would render everything afresh and this would still pass).
      const bundles = [...live.doc.scripts].map((s) => s.getAttribute('src')).filter((src) => src?.startsWith('/dist/'));
      expect(bundles).to.deep.equal(['/dist/lec.ssr.js']);
      const win = live.frame.contentWindow as Window & {__sjtuLecElements?: {ready: Promise<void>}};
      await win.__sjtuLecElements!.ready;
      await (live.doc.querySelector('lec-about') as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(about(live.doc).querySelectorAll('section')).to.have.length(1);
      expect(about(live.doc).querySelectorAll('p')).to.have.length(4);
      // Hydrated, so live: the language switch re-renders it.
      live.doc.getElementById('lang-switch')!.click();
      const headingNow = () => about(live.doc).querySelector('[part=heading]')!.textContent!.trim();
      await waitUntil(() => headingNow() !== heading, "the heading followed the switch of language");
      await (live.doc.querySelector('lec-about') as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(about(live.doc).querySelectorAll('p')).to.have.length(4);
      // The link back to the live page keeps the language the visitor chose.
      expect(live.doc.querySelector<HTMLAnchorElement>('[data-i18n="rendered"]')!.search).to.equal(query ? '' : '?lang=zh');
    });
  }
});
