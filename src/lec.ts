// The one-tag bundle's entry (dist/lec.js): choose the locale from <html lang>, then define the
// elements, so a Chinese page never renders English first. Until then the elements are
// :not(:defined) and the documented pre-upgrade CSS holds their place.
import {defineInLocale} from './internal/define-in-locale.js';
import {LecAbout, LecBreadcrumb, LecQr} from './index.js';

export * from './index.js';

// The elements are defined here rather than by importing the registering modules later with
// import(): a dynamic import makes esbuild wrap every module of the bundle in a lazy
// initialiser, which costs about 0.25 KB gzip and keeps terser from optimising across modules.
// Each in a task of its own, <lec-about> last: the trail and codes it renders (and the codes
// slotted into it, whose boxes the pre-upgrade CSS already holds) upgrade in the task that
// renders it, so it is never painted with undefined parts, which would grow and move.
/** Resolves when the locale is set and all elements are defined (none where the page refuses Lit's policy). */
export const ready: Promise<void> = defineInLocale({'lec-breadcrumb': LecBreadcrumb, 'lec-qr': LecQr, 'lec-about': LecAbout});
