import {isServer} from 'lit';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
// Static imports: every locale travels inside the one-file bundle, so switching never fetches.
import {templates as zhHans} from '../generated/locales/zh-Hans.js';

/** Each target locale's messages, by its code in lit-localize.json (README: Adding a language). */
const translations: Record<string, typeof zhHans> = {'zh-Hans': zhHans};

/** A locale the elements are translated into. */
export type LecLocale = 'en' | 'zh-Hans';

/**
 * Installs msg() once, with its messages in the locale `current()` names at each call: the
 * page's locale in a browser (see setLocale), the page being rendered on a server (the
 * prerenderer keeps one per render). The one call to configure lit-localize in the project.
 *
 * lit-localize's synchronous ("reentrant") mode rather than its runtime mode: every translation
 * is in the bundle already, so there is nothing to load, and the runtime mode's loading states
 * and promises cost about 0.3 KB gzip for nothing.
 */
export function installLocales(current: () => LecLocale) {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: targetLocales as unknown as string[],
    getLocale: current,
    loadLocaleSync: (locale) => ({templates: translations[locale]}),
  });
}

let active: LecLocale | undefined;

/**
 * Our connected elements (LecElement adds and removes itself): each re-renders when the locale
 * changes. A set rather than lit-localize's controller, which listens on window per element.
 */
export const localized = new Set<Element & {requestUpdate(): void}>();

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

/**
 * Sets the locale of every element on the page; resolves once they can render in it (at once:
 * every locale is in the bundle). Elements already rendered render again in the new locale.
 */
export function setLocale(locale: LecLocale | string): Promise<void> {
  if (!active) installLocales(() => active!);
  const next = resolveLocale(locale);
  if (next !== active) {
    active = next;
    for (const element of localized) {
      // One left in a frame the page removed was never disconnected: let it go, and its frame.
      if (element.ownerDocument.defaultView) element.requestUpdate();
      else localized.delete(element);
    }
  }
  return Promise.resolve();
}

/** The locale the elements currently render in. */
export function getLocale(): LecLocale {
  return active ?? 'en';
}

/**
 * A page's language as HTML defines it: `<html lang>`, else (no attribute at all) the language
 * of `<meta http-equiv="Content-Language">`, which old templates carry instead and browsers
 * match `:lang()` by too. `meta` is the last such tag's content; with a comma, it names none.
 */
export const pageLanguage = (lang: string | null, meta: string | null | undefined) =>
  lang ?? (meta?.includes(',') ? '' : meta?.trim().split(/\s/)[0]) ?? '';

let observer: MutationObserver | undefined;

/**
 * Sets the locale from the page's language (see pageLanguage) and follows later changes of
 * `<html lang>`. Resolves once the initial locale is ready. Calling it again is harmless.
 */
export function followDocumentLang(): Promise<void> {
  // On a server there is no <html lang> to follow (the prerenderer reads each page's).
  if (isServer) return Promise.resolve();
  const root = document.documentElement;
  const follow = () =>
    setLocale(
      pageLanguage(root.getAttribute('lang'), [...document.querySelectorAll('meta[http-equiv="content-language" i]')].pop()?.getAttribute('content'))
    );
  if (!observer) {
    observer = new MutationObserver(follow);
    observer.observe(root, {attributes: true, attributeFilter: ['lang']});
  }
  return follow();
}
