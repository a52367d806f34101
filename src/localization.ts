// The public locale API: apps that do not use the one-tag bundle choose the locale here.
export {followDocumentLang, getLocale, resolveLocale, setLocale} from './internal/localization.js';
export type {LecLocale} from './internal/localization.js';
