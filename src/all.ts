// The one-tag bundle's entry: choose the locale from <html lang>, then define the elements,
// so a Chinese page never renders English first. Until then the elements are :not(:defined)
// and the documented pre-upgrade CSS holds their place.
import {followDocumentLang} from './internal/localization.js';
import {defineElement} from './internal/define.js';
import {litPolicyRefused} from './internal/trusted-script.js';
import {LecAbout, LecBreadcrumb, LecQr} from './index.js';

export * from './index.js';

// The elements are defined here rather than by importing the registering modules later with
// import(): a dynamic import makes esbuild wrap every module of the bundle in a lazy
// initialiser, which costs about 0.25 KB gzip and keeps terser from optimising across modules.
const elements = {'lec-qr': LecQr, 'lec-breadcrumb': LecBreadcrumb, 'lec-about': LecAbout};

/** Resolves when the locale is set and all elements are defined (none where the page refuses Lit's policy). */
export const ready: Promise<void> = followDocumentLang()
  .catch((error: unknown) => console.error('@sjtu-lec/elements: could not set the locale.', error))
  .then(() => {
    // Without its policy Lit cannot render under Trusted Types: leave the page's own light DOM
    // (the no-JS links and text) in place rather than empty shadow roots, and say what to fix.
    if (litPolicyRefused) {
      return console.warn(
        `@sjtu-lec/elements needs the Trusted Types policy "lit-html": add 'allow-duplicates' to the trusted-types directive of this page's Content-Security-Policy.`
      );
    }
    // Guarded, like the registering modules, so a page that defined one already keeps it.
    for (const [tag, element] of Object.entries(elements)) defineElement(tag, element);
  });
