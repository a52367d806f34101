// dist/cdn/lec-about.js: <lec-about> with the <lec-qr> and <lec-breadcrumb> it renders, for a page
// without a bundler (a script tag or an import map). It shares its chunks with the other CDN
// bundles. Exports what the npm module `@sjtu-lec/elements/lec-about.js` does, plus `ready`.
import {LecAbout} from '../lec-about/lec-about.component.js';
import {LecBreadcrumb} from '../lec-breadcrumb/lec-breadcrumb.component.js';
import {LecQr} from '../lec-qr/lec-qr.component.js';
import {defineInLocale} from '../internal/define-in-locale.js';

export * from '../lec-about/lec-about.component.js';
// Types only (HTMLElementTagNameMap and the event map of what this bundle defines); no code.
export type {} from '../lec-about/lec-about.js';

/**
 * Resolves when the locale is set and the three elements are defined, each in a task of its own:
 * `<lec-about>` last, so the trail and codes it renders are defined when it renders (see
 * src/lec.ts); the boxes of its codes render with it.
 */
export const ready: Promise<void> = defineInLocale({
  'lec-breadcrumb': LecBreadcrumb,
  'lec-qr': LecQr,
  'lec-about': LecAbout,
});
