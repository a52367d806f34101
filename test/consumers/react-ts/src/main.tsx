// A React 19 app: the package's React components, and the raw tags typed by its JSX types.
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {LecAbout, LecBreadcrumb, LecQr} from '@sjtu-lec/elements/react';
import type {LecQrErrorDetail} from '@sjtu-lec/elements/react';
import type {} from '@sjtu-lec/elements/jsx';
import {collect, report} from './report.js';

const events = collect(2);
const tooLong = 'x'.repeat(3000);

function App() {
  return (
    <main>
      <LecBreadcrumb>
        <a href="https://lec.sjtu.edu.cn/">Home</a>
        <a href="https://lec.sjtu.edu.cn/about/">About Us</a>
        <span>About SJTU LEC</span>
      </LecBreadcrumb>
      <LecQr value="https://lec.sjtu.edu.cn/" errorCorrection="Q" />
      <LecQr
        value={tooLong}
        onLecQrError={(event) => {
          const reason: LecQrErrorDetail['reason'] = event.detail.reason;
          events.push(event.type, reason);
        }}
      />
      {/* The raw tags, typed by @sjtu-lec/elements/jsx; React 19 sets properties and listens for on<event>. */}
      <lec-qr value="https://lec.sjtu.edu.cn/about/" error-correction="M"></lec-qr>
      <lec-qr value={tooLong} onlec-qr-error={(event) => events.push(event.type, event.detail.reason)}></lec-qr>
      <LecAbout headingLevel={2} />
    </main>
  );
}

/** Never rendered: the JSX types refuse a level that is not L, M, Q or H. */
export function WrongLevel() {
  return (
    // @ts-expect-error: error-correction is one of L, M, Q, H.
    <lec-qr value="https://lec.sjtu.edu.cn/" error-correction="Z"></lec-qr>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);

await report('react-ts', events.all);
