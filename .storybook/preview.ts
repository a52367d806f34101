import type {Preview} from '@storybook/web-components';
import {setCustomElementsManifest} from '@storybook/web-components';
import {withActions} from 'storybook/actions/decorator';
import {GLOBALS_UPDATED} from 'storybook/internal/core-events';
import {addons} from 'storybook/preview-api';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import {argTypesFromManifest, cssPropertyArgs} from './arg-types.js';
import type {Manifest} from './arg-types.js';
import {applyStoryGlobals, pasteableSnippet} from './story-page.js';
import type {StoryGlobals} from './story-page.js';
import './preview.css';
// Layout classes of the Design stories (token playground, original page).
import './stories-extra.css';

// The component description (above each Docs page) comes from the manifest the JSDoc generates.
setCustomElementsManifest(manifest);

/**
 * The toolbar's Locale, Theme and Direction into every story frame of a Docs page. Storybook
 * draws those stories in frames of their own (see `docs.story` below), which hear nothing from
 * the toolbar: only the page's first story followed it. Frames made from now on take the values
 * in their address (Storybook builds it on PREVIEW_URL), and frames already there are reloaded
 * with them. A story's own `globals` still win over these, as everywhere in Storybook.
 */
function storyFramesFollow({userGlobals}: {userGlobals: Record<string, unknown>}) {
  const globals = Object.entries(userGlobals)
    .filter(([name, value]) => name in preview.globalTypes! && typeof value === 'string')
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  (globalThis as {PREVIEW_URL?: string}).PREVIEW_URL = `iframe.html?globals=${globals}`;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[src*="viewMode=story"]')) {
    const url = new URL(frame.src);
    if (url.searchParams.get('globals') === globals) continue;
    url.searchParams.set('globals', globals);
    frame.src = url.href;
  }
}
void addons.ready().then((channel) =>
  channel.on(GLOBALS_UPDATED, function (this: {from?: string}, payload: {userGlobals: Record<string, unknown>}) {
    // Only this page's own: each story frame tells its parent of its globals too, some late.
    // (`sender` is private in Storybook's types: the id its events carry as `from`.)
    if (this.from === (channel as unknown as {sender: string}).sender) storyFramesFollow(payload);
  })
);

const preview: Preview = {
  globalTypes: {
    locale: {
      description:
        'Language of the page (its <html lang>), which the elements follow',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'zh-Hans', title: '中文'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "The page's colour scheme, which the elements follow",
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
          {value: 'auto', title: "Auto (the visitor's setting)"},
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction of the page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'light', dir: 'ltr'},
  // The locale is set, and its translations ready, before a story renders: no English flash,
  // and no story rendered in the language of the one before it.
  loaders: [
    async ({globals}) => ({
      page: await applyStoryGlobals(document, globals as StoryGlobals),
    }),
  ],
  decorators: [
    // The elements' events in the Actions panel (they bubble out of the story, composed).
    withActions,
    // Outside Storybook's source decorator, so "Show code" shows only the story's own markup.
    // Tokens set in the CSS custom properties controls reach every element of the story.
    (story, {args, parameters}) =>
      html`<div
        class="lec-story ${parameters.lecFrame ? `lec-story--${parameters.lecFrame}` : ''}"
        style=${styleMap(Object.fromEntries(cssPropertyArgs(args)))}
      >
        ${story()}
      </div>`,
  ],
  parameters: {
    actions: {handles: ['lec-qr-error', 'lec-qr-download', 'lec-breadcrumb-expand']},
    controls: {expanded: true, sort: 'none'},
    a11y: {test: 'error'},
    docs: {
      // Our own table builder: every attribute, property, slot, event, part and custom
      // property once, in its own section, with a control that fits (see arg-types.ts).
      extractArgTypes: (tagName: string) =>
        argTypesFromManifest(manifest as Manifest, tagName),
      // One language per page, as on a real site: each story of a Docs page gets its own frame,
      // so a Chinese story is Chinese and its English neighbour stays English.
      story: {inline: false, iframeHeight: 220},
      source: {
        type: 'dynamic',
        language: 'html',
        excludeDecorators: true,
        transform: pasteableSnippet,
      },
    },
  },
};
export default preview;
