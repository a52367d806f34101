// Preact: the elements in JSX through @sjtu-lec/elements/jsx.
import type {} from '@sjtu-lec/elements/jsx';

export const app = (
  <div>
    <lec-qr value="https://lec.sjtu.edu.cn/" error-correction="Q" onlec-qr-error={(e) => e.detail.reason} />
    {/* @ts-expect-error "Z" is not an error-correction level. */}
    <lec-qr value="https://lec.sjtu.edu.cn/" error-correction="Z" />
    <lec-breadcrumb label="Trail" />
    <lec-about theme="light" />
  </div>
);
