// dist/cdn/lec-breadcrumb.js: <lec-breadcrumb> alone, for a page without a bundler (a script tag
// or an import map). It shares its chunks with the other CDN bundles. Exports what the npm module
// `@sjtu-lec/elements/lec-breadcrumb.js` does, plus `ready`.
import {LecBreadcrumb} from '../lec-breadcrumb/lec-breadcrumb.component.js';
import {defineInLocale} from '../internal/define-in-locale.js';

export * from '../lec-breadcrumb/lec-breadcrumb.component.js';
// Types only (HTMLElementTagNameMap and the event map of what this bundle defines); no code.
export type {} from '../lec-breadcrumb/lec-breadcrumb.js';

/** Resolves when the locale is set and `<lec-breadcrumb>` is defined. */
export const ready: Promise<void> = defineInLocale({'lec-breadcrumb': LecBreadcrumb});
