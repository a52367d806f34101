import {LecBreadcrumb} from './lec-breadcrumb.component.js';
import {defineElement} from '../internal/define.js';

export * from './lec-breadcrumb.component.js';

defineElement('lec-breadcrumb', LecBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    'lec-breadcrumb': LecBreadcrumb;
  }
  interface GlobalEventHandlersEventMap {
    'lec-breadcrumb-expand': Event;
  }
}
