// Classes and types only: importing this module defines no element.
// The registering modules' type augmentations (HTMLElementTagNameMap, GlobalEventHandlersEventMap)
// come along as types only, so document.querySelector('lec-qr') is a LecQr here too.
export type {} from './lec-about/lec-about.js';
export type {} from './lec-breadcrumb/lec-breadcrumb.js';
export type {} from './lec-qr/lec-qr.js';
export {LecAbout} from './lec-about/lec-about.component.js';
export type {LecAboutHeadingLevel} from './lec-about/lec-about.component.js';
export {LecBreadcrumb} from './lec-breadcrumb/lec-breadcrumb.component.js';
export type {LecBreadcrumbItem} from './lec-breadcrumb/lec-breadcrumb.component.js';
export {LecQr} from './lec-qr/lec-qr.component.js';
export type {LecQrDownloadDetail, LecQrErrorDetail} from './lec-qr/lec-qr.component.js';
export {followDocumentLang, getLocale, resolveLocale, setLocale} from './localization.js';
export type {LecLocale} from './localization.js';
