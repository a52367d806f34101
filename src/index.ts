// Classes and types only: importing this module defines no element.
export {LecAbout} from './lec-about/lec-about.component.js';
export type {LecAboutHeadingLevel} from './lec-about/lec-about.component.js';
export {LecBreadcrumb} from './lec-breadcrumb/lec-breadcrumb.component.js';
export type {LecBreadcrumbItem} from './lec-breadcrumb/lec-breadcrumb.component.js';
export {LecQr} from './lec-qr/lec-qr.component.js';
export type {LecQrDownloadDetail, LecQrErrorDetail} from './lec-qr/lec-qr.component.js';
export {followDocumentLang, getLocale, resolveLocale, setLocale} from './localization.js';
export type {LecLocale} from './localization.js';
