// @sjtu-lec/elements/all.js, for an application's bundler: sets the language from <html lang>
// and defines the three elements as it is imported, before the application mounts (see
// defineInLocaleNow). The one-tag bundle (src/lec.ts) defines them in later tasks instead.
import {defineInLocaleNow} from './internal/define-in-locale.js';
import {LecAbout, LecBreadcrumb, LecQr} from './index.js';

export * from './index.js';

/** Resolved: the language is set and the elements are defined (none where the page refuses Lit's policy). Kept for the one-tag bundle's API. */
export const ready: Promise<void> = defineInLocaleNow({'lec-breadcrumb': LecBreadcrumb, 'lec-qr': LecQr, 'lec-about': LecAbout});
