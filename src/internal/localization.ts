import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
// Static import: every locale travels inside the one-file bundle, so switching never fetches.
import {templates as zhHans} from '../generated/locales/zh-Hans.js';

/** A locale the elements are translated into. */
export type LecLocale = 'en' | 'zh-Hans';

// Named, not `import * as`: a namespace object costs the bundle a helper and a getter per export.
const translations = {'zh-Hans': {templates: zhHans}} as const;

let controls: ReturnType<typeof configureLocalization> | undefined;

/**
 * The only call to `configureLocalization` in the project. It runs lazily, so importing
 * the package entry configures nothing until an app or the one-tag bundle asks for a locale.
 */
function localization() {
  controls ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) =>
      translations[locale as keyof typeof translations],
  });
  return controls;
}

/**
 * Maps a BCP 47 language tag (as in `<html lang>`) to a supported locale: any Chinese tag
 * written in simplified script or for the mainland and Singapore (`zh`, `zh-CN`, `zh-Hans`,
 * `zh-SG`, `zh-Hans-CN`) gives `zh-Hans`; anything else, including `zh-TW` and `zh-Hant`,
 * gives `en`, our source language.
 */
export function resolveLocale(tag: string | null | undefined): LecLocale {
  const parts = (tag ?? '').trim().toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh') return 'en';
  const rest = parts.slice(1);
  if (rest.includes('hant') || rest.some((p) => ['tw', 'hk', 'mo'].includes(p))) {
    return 'en';
  }
  return 'zh-Hans';
}

/** Sets the locale of every element on the page; resolves once they can render in it. */
export function setLocale(locale: LecLocale | string): Promise<void> {
  return localization().setLocale(resolveLocale(locale));
}

/** The locale the elements currently render in. */
export function getLocale(): LecLocale {
  return localization().getLocale() as LecLocale;
}

let observer: MutationObserver | undefined;

/**
 * Sets the locale from `<html lang>` and follows later changes of that attribute.
 * Resolves once the initial locale is ready. Calling it again is harmless.
 */
export function followDocumentLang(): Promise<void> {
  const root = document.documentElement;
  if (!observer) {
    observer = new MutationObserver(() => void setLocale(root.lang));
    observer.observe(root, {attributes: true, attributeFilter: ['lang']});
  }
  return setLocale(root.lang);
}
