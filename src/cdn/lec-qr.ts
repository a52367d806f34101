// dist/cdn/lec-qr.js: <lec-qr> alone, for a page without a bundler (a script tag or an import
// map). It shares its chunks with the other CDN bundles, so a page that loads several fetches
// Lit and the translations once. Exports what the npm module `@sjtu-lec/elements/lec-qr.js`
// does, plus `ready`.
import {LecQr} from '../lec-qr/lec-qr.component.js';
import {defineInLocale} from '../internal/define-in-locale.js';

export * from '../lec-qr/lec-qr.component.js';
// Types only (HTMLElementTagNameMap and the event map of what this bundle defines); no code.
export type {} from '../lec-qr/lec-qr.js';

/** Resolves when the locale is set and `<lec-qr>` is defined. */
export const ready: Promise<void> = defineInLocale({'lec-qr': LecQr});
