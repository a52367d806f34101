import {LecQr} from './lec-qr.component.js';
import type {LecQrDownloadDetail, LecQrErrorDetail} from './lec-qr.component.js';

export * from './lec-qr.component.js';

if (!customElements.get('lec-qr')) customElements.define('lec-qr', LecQr);

declare global {
  interface HTMLElementTagNameMap {
    'lec-qr': LecQr;
  }
  interface GlobalEventHandlersEventMap {
    'lec-qr-error': CustomEvent<LecQrErrorDetail>;
    'lec-qr-download': CustomEvent<LecQrDownloadDetail>;
  }
}
