// A Vite + TypeScript app importing one element by its own entry, as the README shows.
import '@sjtu-lec/elements/lec-qr.js';
import type {LecQr, LecQrErrorDetail} from '@sjtu-lec/elements/lec-qr.js';
import {followDocumentLang} from '@sjtu-lec/elements/localization.js';
import {collect, report} from './report.js';

const events = collect(1);

// HTMLElementTagNameMap: both are LecQr without a cast.
const qr = document.querySelector('lec-qr');
if (!qr) throw new Error('index.html has a <lec-qr>');
const first: LecQr = qr;
first.errorCorrection = 'Q';
// @ts-expect-error: error-correction is one of L, M, Q, H.
const wrong: LecQr['errorCorrection'] = 'Z';
void wrong;

const tooLong = document.createElement('lec-qr');
// GlobalEventHandlersEventMap: the event is CustomEvent<LecQrErrorDetail>.
tooLong.addEventListener('lec-qr-error', (event) => {
  const reason: LecQrErrorDetail['reason'] = event.detail.reason;
  events.push(event.type, reason);
});
tooLong.value = 'x'.repeat(3000);
document.body.append(tooLong);

await followDocumentLang();
await report('vite-ts', events.all);
