/** @jsxImportSource vue */
// The same render functions with Vue's own JSX namespace (jsxImportSource "vue", the usual setup
// of Vue TSX), where any tag took anything until 2026-12-05: our tags are typed there too.
import type {} from '@sjtu-lec/elements/vue';

export const code = () => <lec-qr value="https://lec.sjtu.edu.cn/" errorCorrection="Q" slot="qr" class="course" />;
// @ts-expect-error: not an error-correction level
export const wrongLevel = () => <lec-qr errorCorrection="Z" />;
// @ts-expect-error: no such attribute
export const unknownAttribute = () => <lec-breadcrumb bogus={1} />;
