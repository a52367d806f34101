// React 19: the elements in JSX through @sjtu-lec/elements/jsx, and the @lit/react wrappers.
// Type-checked by scripts/package-lint.js with skipLibCheck off, against the built dist/.
import type {} from '@sjtu-lec/elements/jsx';
import type {LecQrErrorDetail} from '@sjtu-lec/elements';
import {LecAbout, LecBreadcrumb, LecQr} from '@sjtu-lec/elements/react';

const reason = (detail: LecQrErrorDetail): string => detail.reason;

export const intrinsic = (
  <>
    <lec-qr
      value="https://lec.sjtu.edu.cn/"
      error-correction="M"
      caption="Website"
      onlec-qr-error={(e) => reason(e.detail)}
    />
    {/* @ts-expect-error "Z" is not an error-correction level. */}
    <lec-qr value="https://lec.sjtu.edu.cn/" error-correction="Z" />
    {/* @ts-expect-error value is text. */}
    <lec-qr value={42} />
    <lec-breadcrumb items={[{label: 'Home', href: '/'}]} onlec-breadcrumb-expand={(e) => e.type} />
    <lec-about heading-level={3} theme="dark" no-qr />
    {/* React's own props work on our tags as on a div: handlers, ARIA, data-*, a typed ref. */}
    <lec-qr
      value="x"
      onClick={(e) => e.currentTarget.toBlob()}
      role="img"
      aria-describedby="note"
      data-course="42"
      ref={(el) => void el?.toBlob()}
      style={{'--lec-qr-size': '10em', color: Math.random() > 0.5 ? 'red' : undefined}}
    />
    {/* Our prefix (null: the default), not React's RDFa one (a string only). */}
    <lec-breadcrumb className="trail" prefix={null} onKeyDown={(e) => e.key} ref={(el) => void el?.items} />
    {/* The README's ref callback, as written there. */}
    <lec-qr value="x" ref={(qr) => void qr?.toBlob()} />
    {/* @ts-expect-error a handler gets a React event, not a number. */}
    <lec-about onClick={(e: number) => e} />
  </>
);

export const wrapped = (
  <>
    <LecQr
      value="https://lec.sjtu.edu.cn/"
      errorCorrection="H"
      onLecQrError={(e) => reason(e.detail)}
      onLecQrDownload={(e) => e.detail.filename}
    />
    {/* @ts-expect-error "Z" is not an error-correction level. */}
    <LecQr value="x" errorCorrection="Z" />
    {/* @ts-expect-error the handler gets a CustomEvent<LecQrErrorDetail>, not a number. */}
    <LecQr value="x" onLecQrError={(e: number) => e} />
    <LecBreadcrumb items={[{label: 'Home', href: '/'}]} onLecBreadcrumbExpand={(e) => e.type} />
    <LecAbout headingLevel={3} theme="auto" />
  </>
);
