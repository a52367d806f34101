// The package's all.js in an application that mounts right after its imports (test/fixtures/
// frameworks/), with Vue 3 and React 19 rendering the plain tag. Both set a property where the
// element has one and an attribute otherwise: on a tag not yet defined, `items` became the
// attribute "[object Object]" and `prefix`, a read-only property of every DOM element until ours
// defines its own, threw (React's render failed; Vue dropped it). In every engine.
import {expect} from '@open-wc/testing';
import {nextFrame} from './helpers.js';
import type {ListenedWindow} from './cms-pages.js';

describe('all.js in an application that mounts at once', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const fw of ['vue', 'react']) {
    it(`${fw}: the trail gets its prefix and items as properties, in Chinese, with no error`, async () => {
      frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 600px; block-size: 200px; border: 0';
      const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
      frame.src = `/test/fixtures/frameworks/app.html?fw=${fw}`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as ListenedWindow & {__mountError?: string};
      const trail = await (async () => {
        for (let i = 0; i < 100 && !win.document.querySelector('lec-breadcrumb'); i++) await new Promise((r) => setTimeout(r, 50));
        return win.document.querySelector('lec-breadcrumb') as HTMLElement & {updateComplete: Promise<unknown>};
      })();
      expect(win.__mountError, 'mounting threw').to.equal(undefined);
      expect(trail, `mounted ${JSON.stringify([win.__errors, win.__consoleErrors, (win as unknown as {__failedScripts: string[]}).__failedScripts])}`).to.exist;
      await trail.updateComplete;
      await nextFrame();
      expect(trail.hasAttribute('items'), 'items set as a property, not the attribute "[object Object]"').to.equal(false);
      const nav = trail.shadowRoot!.querySelector('nav')!;
      expect(nav.getAttribute('aria-label'), 'the landmark in the page\'s language').to.equal('面包屑导航');
      expect(nav.querySelector('[part=prefix]')!.textContent!.trim()).to.equal('您在这里：');
      const entries = [...nav.querySelectorAll('.list .entry')].filter((e) => e.getBoundingClientRect().width > 0);
      expect(entries.map((e) => e.textContent!.trim())).to.deep.equal(['首页', '课程']);
      expect([...win.__errors, ...win.__consoleErrors]).to.deep.equal([]);
    });
  }
});
