// @sjtu-lec/elements/react: React components for the three elements, made with @lit/react.
// A client module ('use client' below): a React Server Component (Next.js's app router) renders
// them as client components instead of running @lit/react's hooks on the server, which threw.
// Importing this module defines the elements, as the per-element modules do. Properties go to the
// element as properties and each event has a camelCase handler prop; both are set in a layout
// effect, before the element's first update, so a lec-qr-error fired by that update is heard.
'use client';
import React from 'react';
import {createComponent} from '@lit/react';
import type {EventName} from '@lit/react';
import {LecAbout as LecAboutElement} from '../lec-about/lec-about.js';
import {LecBreadcrumb as LecBreadcrumbElement} from '../lec-breadcrumb/lec-breadcrumb.js';
import {LecQr as LecQrElement} from '../lec-qr/lec-qr.js';
import type {LecQrDownloadDetail, LecQrErrorDetail} from '../lec-qr/lec-qr.js';

/** `<lec-about>`: the whole About SJTU LEC section. */
export const LecAbout = createComponent({
  react: React,
  tagName: 'lec-about',
  elementClass: LecAboutElement,
  displayName: 'LecAbout',
});

/** `<lec-breadcrumb>`: the "Location:" trail; `onLecBreadcrumbExpand` when a visitor shows the collapsed entries. */
export const LecBreadcrumb = createComponent({
  react: React,
  tagName: 'lec-breadcrumb',
  elementClass: LecBreadcrumbElement,
  events: {
    onLecBreadcrumbExpand: 'lec-breadcrumb-expand' as EventName<Event>,
  },
  displayName: 'LecBreadcrumb',
});

/** `<lec-qr>`: a captioned QR code; `onLecQrError` when it cannot be shown, `onLecQrDownload` before a download. */
export const LecQr = createComponent({
  react: React,
  tagName: 'lec-qr',
  elementClass: LecQrElement,
  events: {
    onLecQrError: 'lec-qr-error' as EventName<CustomEvent<LecQrErrorDetail>>,
    onLecQrDownload: 'lec-qr-download' as EventName<CustomEvent<LecQrDownloadDetail>>,
  },
  displayName: 'LecQr',
});

export type {LecBreadcrumbItem} from '../lec-breadcrumb/lec-breadcrumb.js';
export type {LecQrDownloadDetail, LecQrErrorDetail} from '../lec-qr/lec-qr.js';
