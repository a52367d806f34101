// Renders every story of every element (its render(args), as Storybook would) on the page the
// Storybook preview gives it: the story's locale, direction and frame, in the light and the dark
// theme (or the one theme the story declares), and checks it with axe. No Storybook runtime is
// needed; test/storybook-docs.test.ts reads the built Storybook itself.
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import type {LitElement, TemplateResult} from 'lit';
import {applyStoryGlobals} from '../.storybook/story-page.js';
import type {StoryGlobals, StoryTheme} from '../.storybook/story-page.js';
import type {LecLocale} from '../src/internal/localization.js';
import * as beforeTheScriptStories from '../stories/before-the-script.stories.js';
import * as aboutStories from '../stories/lec-about.stories.js';
import * as breadcrumbStories from '../stories/lec-breadcrumb.stories.js';
import * as qrStories from '../stories/lec-qr.stories.js';
import * as originalPageStories from '../stories/original-page.stories.js';
import * as partsStories from '../stories/parts.stories.js';
import * as tokenStories from '../stories/tokens.stories.js';
import {addStoryPageStyles, nextFrame} from './helpers.js';

interface StoryLike {
  args?: Record<string, unknown>;
  globals?: StoryGlobals;
  parameters?: {lecFrame?: string};
  render?: (args: Record<string, unknown>) => TemplateResult;
}
type StoryModule = {
  default: StoryLike & {title: string; excludeStories?: string[]};
} & Record<string, unknown>;

const modules = [
  aboutStories,
  breadcrumbStories,
  qrStories,
  originalPageStories,
  tokenStories,
  partsStories,
  beforeTheScriptStories,
] as unknown as StoryModule[];

await addStoryPageStyles();

/** A Lit template's markup, its nested templates included (the values themselves left out). */
function markupOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(markupOf).join('');
  const template = value as {strings?: readonly string[]; values?: unknown[]} | null;
  if (!template?.strings) return '';
  return template.strings.map((text, i) => text + (i < template.values!.length ? markupOf(template.values![i]) : '')).join('');
}

for (const module of modules) {
  const meta = module.default;
  describe(`stories of ${meta.title}`, () => {
    after(() => applyStoryGlobals(document, {}));
    for (const [name, value] of Object.entries(module)) {
      if (
        [
          'default',
          '__namedExportsOrder',
          ...(meta.excludeStories ?? []),
        ].includes(name)
      )
        continue;
      const story = value as StoryLike;
      // What the toolbar can give a story: every locale and theme it does not pin itself.
      const themes: StoryTheme[] = story.globals?.theme
        ? [story.globals.theme]
        : ['light', 'dark'];
      const locales: LecLocale[] = story.globals?.locale
        ? [story.globals.locale]
        : ['en', 'zh-Hans'];
      for (const [theme, locale] of themes.flatMap((t) => locales.map((l) => [t, l] as const))) {
        const globals = {...story.globals, theme, locale};
        it(`${name} renders and is accessible (${globals.locale ?? 'en'}, ${theme})`, async () => {
          await applyStoryGlobals(document, globals);
          const render = story.render ?? meta.render!;
          const frame = story.parameters?.lecFrame ?? meta.parameters?.lecFrame;
          const el = await fixture(
            html`<div class="lec-story ${frame ? `lec-story--${frame}` : ''}">
              ${render({...meta.args, ...story.args})}
            </div>`
          );
          const ours = [
            ...el.querySelectorAll<LitElement>('lec-about, lec-breadcrumb, lec-qr'),
          ];
          expect(ours.length, 'elements in the story').to.be.greaterThan(0);
          // Rendered, not just connected: a waiting code's shadow root holds its placeholder box,
          // which axe would check instead (until 2026-12-04 only a child node was asked for).
          await Promise.all(ours.map((element) => element.updateComplete));
          await nextFrame();
          for (const element of ours) {
            expect(element.hasUpdated, `${element.localName} rendered`).to.be.true;
            expect(element.shadowRoot!.querySelector('[part~="base"]'), `${element.localName}'s base`).to.exist;
          }
          await expect(el).to.be.accessible();
          // What "Show code" hands a webmaster carries no style attribute, which a strict
          // Content-Security-Policy blocks (a story's own dark page had one until 2026-12-05).
          // (Its markup: a script of the story may still set a style through the CSSOM.)
          expect(markupOf(render({...meta.args, ...story.args})), 'markup').not.to.match(/\sstyle=/);
        });
      }
    }
  });
}

// The parts story is documentation a designer copies: every part its CSS names must exist in
// the element it names, and the rules must reach the page's elements in the section's slots.
describe('the Styling with parts story', () => {
  after(() => applyStoryGlobals(document, {}));
  for (const locale of ['en', 'zh-Hans'] as const) {
    it(`styles parts that exist (${locale})`, async () => {
      await applyStoryGlobals(document, {locale});
      const meta = (partsStories as unknown as StoryModule).default;
      const el = await fixture(html`<div class="lec-story">${meta.render!({})}</div>`);
      await nextFrame();
      const named = [...partsStories.PARTS_CSS[locale].matchAll(/(lec-[a-z]+)::part\(([a-z]+)\)/g)];
      expect(named.length, 'part rules').to.be.greaterThan(6);
      for (const [, tag, part] of named) {
        const hosts = [...el.querySelectorAll(tag)];
        expect(hosts.length, tag).to.be.greaterThan(0);
        for (const host of hosts)
          expect(host.shadowRoot!.querySelector(`[part~="${part}"]`), `${tag}::part(${part})`).to.exist;
      }
      const trail = el.querySelector('lec-breadcrumb')!;
      const link = trail.shadowRoot!.querySelector('[part~="link"]')!;
      expect(getComputedStyle(link).borderTopLeftRadius).to.equal('999px');
      expect(getComputedStyle(trail.shadowRoot!.querySelector('[part~="current"]')!).fontWeight).to.equal('600');
      // SJTU red (the story's page is light): a token's var() would be unset outside the element.
      expect(getComputedStyle(trail.shadowRoot!.querySelector('[part~="separator"]')!).color).to.equal('rgb(167, 30, 50)');
      for (const code of el.querySelectorAll('lec-qr'))
        expect(getComputedStyle(code.shadowRoot!.querySelector('[part~="caption"]')!).fontWeight).to.equal('600');
      const section = el.querySelector('lec-about')!.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(section).borderTopLeftRadius).to.equal('16px');
      // The CSS shown is the CSS applied.
      expect(el.querySelector('pre')!.textContent).to.equal(partsStories.PARTS_CSS[locale]);
    });
  }
});

// The playground hands out CSS a designer pastes: a keyword the trail cannot compute with (a
// font size of `small`, a gap of `normal`) is refused there, as the element's documentation says
// (until 2026-12-05 it was applied and offered for copying).
describe('the Token playground', () => {
  it('applies a length to the trail tokens that compute with it, and refuses a keyword', async () => {
    const render = tokenStories.default.render as (args: object, context: object) => TemplateResult;
    const el = await fixture(
      html`<div>${render({'lec-breadcrumb-font-size': 'small', 'lec-breadcrumb-gap': '0.5em'}, {globals: {locale: 'en'}})}</div>`
    );
    const css = el.querySelector('.lec-sb-css code')!.textContent!;
    expect(css).to.contain('--lec-breadcrumb-gap: 0.5em;');
    expect(css).not.to.contain('--lec-breadcrumb-font-size');
    expect(el.querySelector('.lec-sb-invalid')!.textContent).to.contain('--lec-breadcrumb-font-size: small is not a valid length value');
    const percent = await fixture(html`<div>${render({'lec-breadcrumb-gap': '10%'}, {globals: {locale: 'en'}})}</div>`);
    expect(percent.querySelector('.lec-sb-invalid')!.textContent).to.contain('--lec-breadcrumb-gap: 10% is not a valid length value');
  });
});
