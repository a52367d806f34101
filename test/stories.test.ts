// Renders every story of every element (its render(args), as Storybook would) on the page the
// Storybook preview gives it: the story's locale, direction and frame, in the light and the dark
// theme (or the one theme the story declares), and checks it with axe. No Storybook runtime is
// needed; test/storybook-docs.test.ts reads the built Storybook itself.
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import type {TemplateResult} from 'lit';
import {applyStoryGlobals} from '../.storybook/story-page.js';
import type {StoryGlobals, StoryTheme} from '../.storybook/story-page.js';
import type {LecLocale} from '../src/internal/localization.js';
import * as beforeTheScriptStories from '../stories/before-the-script.stories.js';
import * as aboutStories from '../stories/lec-about.stories.js';
import * as breadcrumbStories from '../stories/lec-breadcrumb.stories.js';
import * as qrStories from '../stories/lec-qr.stories.js';
import * as originalPageStories from '../stories/original-page.stories.js';
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
  beforeTheScriptStories,
] as unknown as StoryModule[];

await addStoryPageStyles();

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
          await nextFrame();
          const ours = [
            ...el.querySelectorAll('lec-about, lec-breadcrumb, lec-qr'),
          ];
          expect(ours.length, 'elements in the story').to.be.greaterThan(0);
          for (const element of ours)
            expect(
              element.shadowRoot?.childNodes.length,
              element.localName
            ).to.be.greaterThan(0);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
}
