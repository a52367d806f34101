// Classes and types only: importing this module defines no element.
export {LecQr} from './lec-qr/lec-qr.component.js';
export type {LecQrDownloadDetail, LecQrErrorDetail} from './lec-qr/lec-qr.component.js';
export {followDocumentLang, getLocale, resolveLocale, setLocale} from './localization.js';
export type {LecLocale} from './localization.js';
