// A Vue 3 app: the elements in a template, with the documented isCustomElement, in Chinese.
import {createApp} from 'vue';
import type {GlobalComponents} from 'vue';
import type {LecQrErrorDetail} from '@sjtu-lec/elements';
import {followDocumentLang} from '@sjtu-lec/elements/localization.js';
import type {} from '@sjtu-lec/elements/vue';
import {collect, report} from './report.js';

const events = collect(1);

// The package's Vue types: GlobalComponents knows the tags, their props and events.
type QrProps = InstanceType<GlobalComponents['lec-qr']>['$props'];
const props: QrProps = {value: 'https://lec.sjtu.edu.cn/', errorCorrection: 'Q'};
// @ts-expect-error: error-correction is one of L, M, Q, H.
const wrong: QrProps = {errorCorrection: 'Z'};
void wrong;
const onError: NonNullable<QrProps['onLecQrError']> = (event) => {
  const reason: LecQrErrorDetail['reason'] = event.detail.reason;
  events.push(event.type, reason);
};

const app = createApp({
  template: `
    <lec-breadcrumb>
      <a href="https://lec.sjtu.edu.cn/">首页</a>
      <a href="https://lec.sjtu.edu.cn/about/">关于我们</a>
      <span>学院简介</span>
    </lec-breadcrumb>
    <lec-qr :value="url" error-correction="Q"></lec-qr>
    <lec-qr :value="tooLong" @lec-qr-error="onError"></lec-qr>
    <lec-about heading-level="2"></lec-about>`,
  setup() {
    return {
      url: props.value,
      tooLong: 'x'.repeat(3000),
      onError,
    };
  },
});
// Vue's own advice for custom elements: without it, Vue takes <lec-qr> for a component of the
// app and warns "Failed to resolve component" for each tag not yet defined when it compiles.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('lec-');

await followDocumentLang();
app.mount('#app');
// The elements arrive after the app has compiled its template, as a lazily loaded chunk would
// (when they are already defined, Vue's in-browser compiler treats them as custom elements
// on its own); lec-about.js registers all three.
await import('@sjtu-lec/elements/lec-about.js');

await report('vue-ts', events.all);
