import type {Meta, StoryObj} from '@storybook/web-components';
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import '../src/lec-breadcrumb/lec-breadcrumb.js';
import type {LecBreadcrumbItem} from '../src/lec-breadcrumb/lec-breadcrumb.js';
import {DOCS_PRIMARY, inLocale, storyLocale} from '../.storybook/story-page.js';

interface BreadcrumbArgs {
  /** The light-DOM entries a webmaster writes (the last is the current page). */
  trail: LecBreadcrumbItem[];
  label?: string;
  prefix?: string;
  /** Written as the JSON `items` attribute, as a CMS would. */
  items?: LecBreadcrumbItem[];
  structuredData?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  /** Text cloned into each separator through the `separator` slot (Docs table: Slots). */
  'slot-separator'?: string;
  /** The visible prefix through the `prefix` slot. */
  'slot-prefix'?: string;
}

const SEED: LecBreadcrumbItem[] = [
  {label: 'About Us', href: '/about/'},
  {label: 'About SJTU LEC'},
];
const SEED_ZH: LecBreadcrumbItem[] = [
  {label: '关于我们', href: '/about/'},
  {label: '学院简介'},
];
const LONG: LecBreadcrumbItem[] = [
  {label: 'Home', href: '/'},
  {
    label: 'Programmes for Continuing Professional Development',
    href: '/programmes/',
  },
  {label: 'Executive Education', href: '/programmes/executive/'},
  {
    label: 'Global Institute for Innovation',
    href: '/programmes/executive/gii/',
  },
  {label: 'Admissions and Enrolment for the Autumn Semester 2026'},
];
const LONG_ZH: LecBreadcrumbItem[] = [
  {label: '首页', href: '/'},
  {label: '继续教育与职业发展项目', href: '/programmes/'},
  {label: '高层管理教育', href: '/programmes/executive/'},
  {label: '全球创新学院', href: '/programmes/executive/gii/'},
  {label: '2026年秋季学期招生与报名须知'},
];
const NEWS: LecBreadcrumbItem[] = [
  {label: 'Home', href: '/'},
  {label: 'News', href: '/news/'},
  {label: 'Autumn Semester Opening Ceremony'},
];
const NEWS_ZH: LecBreadcrumbItem[] = [
  {label: '首页', href: '/'},
  {label: '新闻动态', href: '/news/'},
  {label: '秋季学期开学典礼'},
];
/** A middle entry without a page of its own (a section of the site), written as a span. */
const SECTION_TEXT: LecBreadcrumbItem[] = [
  {label: 'Home', href: '/'},
  {label: 'Programmes'},
  {label: 'Short Courses'},
];
const SECTION_TEXT_ZH: LecBreadcrumbItem[] = [
  {label: '首页', href: '/'},
  {label: '培训项目'},
  {label: '短期课程'},
];

/** The English trails above with their Chinese versions: a story viewed in Chinese shows these. */
const TRAILS_ZH = [
  [SEED, SEED_ZH],
  [LONG, LONG_ZH],
  [LONG.slice(0, 3), LONG_ZH.slice(0, 3)],
  [NEWS, NEWS_ZH],
  [SECTION_TEXT, SECTION_TEXT_ZH],
] as const;

/** The light DOM a webmaster writes: links, then the current page as a span. */
const entries = (trail: LecBreadcrumbItem[]) =>
  trail.map((e) =>
    e.href
      ? html`<a href=${e.href}>${e.label}</a>`
      : html`<span>${e.label}</span>`
  );

const breadcrumb = (a: BreadcrumbArgs): TemplateResult =>
  html`<lec-breadcrumb
    label=${a.label ?? nothing}
    prefix=${a.prefix ?? nothing}
    items=${a.items ? JSON.stringify(a.items) : nothing}
    ?structured-data=${a.structuredData}
    theme=${a.theme ?? nothing}
    >${a['slot-prefix'] ? html`<span slot="prefix">${a['slot-prefix']}</span>` : nothing}${
      a['slot-separator']
        ? html`<span slot="separator">${a['slot-separator']}</span>`
        : nothing
    }${entries(a.trail ?? [])}</lec-breadcrumb
  >`;

const meta: Meta<BreadcrumbArgs> = {
  title: 'Elements/lec-breadcrumb',
  component: 'lec-breadcrumb',
  tags: ['autodocs'],
  args: {trail: SEED, structuredData: false},
  argTypes: {
    trail: {
      control: 'object',
      description: 'The light-DOM entries a webmaster writes (story only).',
      table: {category: 'story'},
    },
  },
  parameters: {docs: {story: {iframeHeight: 90}}},
  render: (a, context) => {
    const locale = storyLocale(context);
    return breadcrumb({
      ...a,
      trail: inLocale(a.trail, locale, TRAILS_ZH),
      items: inLocale(a.items, locale, TRAILS_ZH),
    });
  },
};
export default meta;
type Story = StoryObj<BreadcrumbArgs>;

/** The page's own trail: "Location: About Us › About SJTU LEC", with the built-in, localized prefix. */
export const Default: Story = {parameters: DOCS_PRIMARY};

/** The Chinese edition: the prefix and landmark name come from the locale. */
export const Chinese: Story = {
  args: {trail: SEED_ZH},
  globals: {locale: 'zh-Hans'},
};

/** Five entries with long labels: they fit on a wide screen and collapse on a narrow one. */
export const LongTrail: Story = {args: {trail: LONG}};

export const LongTrailChinese: Story = {
  args: {trail: LONG_ZH},
  globals: {locale: 'zh-Hans'},
};

/** 320 px wide: the middle entries collapse into "…"; press it to show them. */
export const NarrowScreen: Story = {
  args: {trail: LONG},
  parameters: {lecFrame: 'phone'},
};

export const NarrowScreenChinese: Story = {
  ...NarrowScreen,
  args: {trail: LONG_ZH},
  globals: {locale: 'zh-Hans'},
};

/** A trail generated by a CMS as the JSON `items` attribute, with structured data for search engines. */
export const FromItems: Story = {
  args: {
    trail: [],
    items: NEWS,
    structuredData: true,
  },
};

/** A separator element in the `separator` slot, cloned between the entries. */
export const CustomSeparator: Story = {
  args: {trail: LONG.slice(0, 3), 'slot-separator': '/'},
};

/** On a right-to-left page the trail runs from the right and the chevron mirrors. */
export const RightToLeft: Story = {
  args: {
    trail: [
      {label: 'الرئيسية', href: '/'},
      {label: 'عن الكلية', href: '/about/'},
      {label: 'About SJTU LEC'},
    ],
  },
  globals: {dir: 'rtl'},
};

/** On a dark page the trail follows the page's colour scheme. */
export const DarkPage: Story = {globals: {theme: 'dark'}};

export const DarkPageChinese: Story = {
  args: {trail: SEED_ZH},
  globals: {locale: 'zh-Hans', theme: 'dark'},
};

/**
 * A middle entry without a link (a section of the site with no page) is text, `::part(text)`,
 * in the text colour; only the current page takes `--lec-breadcrumb-current-color`.
 */
export const TextEntry: Story = {args: {trail: SECTION_TEXT}};

/** `prefix=""` hides the visible prefix; the landmark keeps its name. */
export const WithoutPrefix: Story = {args: {prefix: ''}};
