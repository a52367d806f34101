import {expect} from '@open-wc/testing';

/** The demo page in a frame, as a webmaster opens it (`?lang=zh` starts it in Chinese). */
async function openDemo(query: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1024px; block-size: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/demo/index.html${query}`;
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
});
