import type {Preview} from '@storybook/web-components';
import {setCustomElementsManifest} from '@storybook/web-components';
import {withActions} from 'storybook/actions/decorator';
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
