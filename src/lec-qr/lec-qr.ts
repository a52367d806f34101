import {LecQr} from './lec-qr.component.js';
import type {LecQrDownloadDetail, LecQrErrorDetail} from './lec-qr.component.js';

import {defineElement} from '../internal/define.js';

export * from './lec-qr.component.js';

defineElement('lec-qr', LecQr);

declare global {
  interface HTMLElementTagNameMap {
    'lec-qr': LecQr;
  }
  interface GlobalEventHandlersEventMap {
    'lec-qr-error': CustomEvent<LecQrErrorDetail>;
    'lec-qr-download': CustomEvent<LecQrDownloadDetail>;
  }
}
