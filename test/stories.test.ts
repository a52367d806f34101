// Renders every story of every element (its render(args), as Storybook would) in Chromium,
// in the story's locale, and checks it with axe. No Storybook runtime is needed.
import {expect, fixture} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import * as aboutStories from '../stories/lec-about.stories.js';
import * as breadcrumbStories from '../stories/lec-breadcrumb.stories.js';
import * as qrStories from '../stories/lec-qr.stories.js';
import {nextFrame, setLocale} from './helpers.js';

interface StoryLike {
  args?: Record<string, unknown>;
  globals?: {locale?: string};
  render?: (args: Record<string, unknown>) => TemplateResult;
}
type StoryModule = {default: StoryLike & {title: string}} & Record<string, unknown>;

const modules = [aboutStories, breadcrumbStories, qrStories] as unknown as StoryModule[];

for (const module of modules) {
  const meta = module.default;
  describe(`stories of ${meta.title}`, () => {
    afterEach(() => setLocale('en'));
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || name === '__namedExportsOrder') continue;
      const story = value as StoryLike;
      const locale = story.globals?.locale ?? 'en';
      it(`${name} renders and is accessible (${locale})`, async () => {
        await setLocale(locale);
        const render = story.render ?? meta.render!;
        const el = await fixture(render({...meta.args, ...story.args}));
        await nextFrame();
        expect(el.isConnected).to.be.true;
        await expect(el).to.be.accessible();
      });
    }
  });
}
