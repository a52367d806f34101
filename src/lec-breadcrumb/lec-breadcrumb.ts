import {LecBreadcrumb} from './lec-breadcrumb.component.js';

export * from './lec-breadcrumb.component.js';

if (!customElements.get('lec-breadcrumb')) customElements.define('lec-breadcrumb', LecBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    'lec-breadcrumb': LecBreadcrumb;
  }
  interface GlobalEventHandlersEventMap {
    'lec-breadcrumb-expand': Event;
  }
}
