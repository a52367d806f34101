import type {Preview} from '@storybook/web-components';
import {setCustomElementsManifest} from '@storybook/web-components';
import manifest from '../custom-elements.json';
import {setLocale} from '../src/internal/localization.js';

// Controls and autodocs come from the manifest that the components' JSDoc generates.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
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
  },
  initialGlobals: {locale: 'en'},
  decorators: [
    (story, context) => {
      const locale = context.globals.locale ?? 'en';
      // The elements follow the page's language: keep <html lang> and the locale together.
      document.documentElement.lang = locale;
      void setLocale(locale);
      return story();
    },
  ],
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
  },
};
export default preview;
