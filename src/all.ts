// The one-tag bundle's entry: choose the locale from <html lang>, then define the elements,
// so a Chinese page never renders English first. Until then the elements are :not(:defined)
// and the documented pre-upgrade CSS holds their place.
import {defineInLocale} from './internal/define-in-locale.js';
import {LecAbout, LecBreadcrumb, LecQr} from './index.js';

export * from './index.js';

// The elements are defined here rather than by importing the registering modules later with
// import(): a dynamic import makes esbuild wrap every module of the bundle in a lazy
// initialiser, which costs about 0.25 KB gzip and keeps terser from optimising across modules.
// <lec-about> first: defining it renders it (with the boxes of the codes inside it and slotted
// into it) before the page's own codes and trails, which may wait for a later slice
// (src/internal/slices.ts); the other way round, the section could be painted empty for a
// frame, and the page below it would jump.
/** Resolves when the locale is set and all elements are defined (none where the page refuses Lit's policy). */
export const ready: Promise<void> = defineInLocale({'lec-about': LecAbout, 'lec-breadcrumb': LecBreadcrumb, 'lec-qr': LecQr});
