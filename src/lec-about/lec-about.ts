// The elements <lec-about> renders come first, so its shadow content upgrades at once.
import '../lec-qr/lec-qr.js';
import '../lec-breadcrumb/lec-breadcrumb.js';
import {LecAbout} from './lec-about.component.js';
import {defineElement} from '../internal/define.js';

export * from './lec-about.component.js';

defineElement('lec-about', LecAbout);

declare global {
  interface HTMLElementTagNameMap {
    'lec-about': LecAbout;
  }
}
