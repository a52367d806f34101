// Render functions in TSX with Vue's global JSX types (`vue/jsx`), type-checked only (the app
// itself uses templates): our tags take their props and handlers as the template does. Until
// 2026-12-05 every tag failed here, typed as a component constructor rather than its props.
import type {} from 'vue/jsx';
import type {} from '@sjtu-lec/elements/vue';
import type {LecQrErrorDetail} from '@sjtu-lec/elements';

export const code = () => (
  <lec-qr
    value="https://lec.sjtu.edu.cn/"
    errorCorrection="M"
    onLecQrError={(event: CustomEvent<LecQrErrorDetail>) => console.warn(event.detail.reason)}
  />
);
export const trail = () => <lec-breadcrumb prefix="" onLecBreadcrumbExpand={(event: Event) => console.log(event.type)} />;
// An HTML element's attributes and a slot, as a section's code takes them.
export const sectionCode = () => <lec-qr slot="qr" class="course" id="wechat" onClick={() => undefined} />;
// @ts-expect-error: not an error-correction level
export const wrongLevel = () => <lec-qr errorCorrection="Z" />;
