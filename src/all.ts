// The one-tag bundle's entry: choose the locale from <html lang>, then define the elements,
// so a Chinese page never renders English first. Until then the elements are :not(:defined)
// and the documented pre-upgrade CSS holds their place.
import {followDocumentLang} from './internal/localization.js';

export * from './index.js';

/** Resolves when the locale is set and all elements are defined. */
export const ready: Promise<void> = followDocumentLang()
  .catch((error: unknown) => console.error('@sjtu-lec/elements: could not set the locale.', error))
  .then(() => import('./define.js'))
  .then(() => undefined);
