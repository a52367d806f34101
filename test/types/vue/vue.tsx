// Vue: @sjtu-lec/elements/vue adds the three tags to Vue's GlobalComponents, with typed props and
// handlers (what a template's `error-correction="..."` and `@lec-qr-error` are checked against).
import type {GlobalComponents} from 'vue';
import type {} from '@sjtu-lec/elements/vue';

type Props<Tag extends 'lec-about' | 'lec-breadcrumb' | 'lec-qr'> = InstanceType<GlobalComponents[Tag]>['$props'];

export const qr: Props<'lec-qr'> = {
  value: 'https://lec.sjtu.edu.cn/',
  errorCorrection: 'H',
  onLecQrError: (e) => e.detail.reason,
  onLecQrDownload: (e) => e.detail.filename,
};
export const trail: Props<'lec-breadcrumb'> = {
  items: [{label: 'Home', href: '/'}],
  onLecBreadcrumbExpand: (e) => e.type,
};
export const about: Props<'lec-about'> = {headingLevel: 3, theme: 'auto'};

// @ts-expect-error "Z" is not an error-correction level.
export const level: Props<'lec-qr'> = {errorCorrection: 'Z'};
// @ts-expect-error the handler gets a CustomEvent, not a number.
export const handler: Props<'lec-qr'> = {onLecQrError: (n: number) => n};
