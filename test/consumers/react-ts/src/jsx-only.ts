// The JSX types alone, as in an app that loads the elements with a script tag: the tags'
// classes and events come with them (until 2026-12-05 only with a registering module).
// Type-checked alone by tsconfig.jsx-only.json, where nothing else imports the package.
import type {} from '@sjtu-lec/elements/jsx';

export const codeValue = (): string | undefined => document.querySelector('lec-qr')?.value;
export const onCodeError = (code: HTMLElement) =>
  code.addEventListener('lec-qr-error', (event) => console.warn(event.detail.reason));
