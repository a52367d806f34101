// What the benchmark measures: each scenario names an A side (ours) and, where one exists, a
// B side, as {lib, page, fn, args, tags}: the page to open, the library to load into it, the
// function of bench/page.js to call with `args`, and the tags that must be defined.
import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

/** Instance counts and repetitions: the full run, and the smaller --quick smoke test. */
export const SCALES = {
  full: {rounds: 15, qr: 200, crumbs: 200, manyCrumbs: 1000, resizes: 20, abouts: 50},
  quick: {rounds: 3, qr: 40, crumbs: 40, manyCrumbs: 200, resizes: 3, abouts: 10},
};

const LEC_TAGS = ['lec-qr', 'lec-breadcrumb', 'lec-about'];

const url = (i) =>
  `https://lec.sjtu.edu.cn/courses/${1000 + i}/overview?from=bench`;
const times = (n, make) => Array.from({length: n}, (_, i) => make(i)).join('');

const FIVE = [
  'Home',
  'Lifelong Education',
  'Programmes',
  'Continuing Education',
  'Course details',
];
/** The labels of a trail of `n` entries; past five they are made up, of varied length. */
const labels = (n) =>
  Array.from(
    {length: n},
    (_, i) => FIVE[i] ?? `${['Unit', 'Department of', 'Section'][i % 3]} ${i}`
  );

/** Ours: light-DOM links, the current page last as a span. */
function lecTrail(n) {
  const entries = labels(n).map((label, i) =>
    i < n - 1 ? `<a href="/p/${i}">${label}</a>` : `<span>${label}</span>`
  );
  return `<lec-breadcrumb>${entries.join('')}</lec-breadcrumb>`;
}

/** Shoelace's: an item per entry, the last without href. */
function slTrail(n) {
  const items = labels(n).map((label, i) =>
    i < n - 1
      ? `<sl-breadcrumb-item href="/p/${i}">${label}</sl-breadcrumb-item>`
      : `<sl-breadcrumb-item>${label}</sl-breadcrumb-item>`
  );
  return `<sl-breadcrumb>${items.join('')}</sl-breadcrumb>`;
}

const lec = (fn, args, tags) => ({
  lib: 'lec',
  page: '/lec.html',
  fn,
  args,
  tags,
});
const shoelace = (fn, args, tags) => ({
  lib: 'shoelace',
  page: '/shoelace.html',
  fn,
  args,
  tags,
});

/** The scenarios of one run at the given scale. `goal` is checked by report.js. */
export function scenarios(scale) {
  const {qr, crumbs, manyCrumbs, resizes, abouts} = scale;
  const resize = (html) => ({html, wide: 1280, narrow: 320, times: resizes});
  return [
    {
      id: 'qr',
      name: `QR: ${qr} codes, create → painted (ms)`,
      goal: {ratio: 0.33},
      a: lec(
        'insert',
        {
          html: times(
            qr,
            (i) =>
              `<lec-qr value="${url(i)}" error-correction="M" size="128"></lec-qr>`
          ),
        },
        ['lec-qr']
      ),
      b: shoelace(
        'insert',
        {
          html: times(
            qr,
            (i) =>
              `<sl-qr-code value="${url(i)}" error-correction="M" size="128"></sl-qr-code>`
          ),
        },
        ['sl-qr-code']
      ),
    },
    // The performance issue: the main thread stays free while many elements render.
    ...responsiveness('qr', `${qr} QR codes`, {
      a: ['lec-qr', times(qr, (i) => `<lec-qr value="${url(i)}" error-correction="M" size="128"></lec-qr>`)],
      b: ['sl-qr-code', times(qr, (i) => `<sl-qr-code value="${url(i)}" error-correction="M" size="128"></sl-qr-code>`)],
      paint: true,
    }),
    ...responsiveness('breadcrumb', `${manyCrumbs} eight-entry trails`, {
      a: ['lec-breadcrumb', times(manyCrumbs, () => lecTrail(8))],
      b: ['sl-breadcrumb', times(manyCrumbs, () => slTrail(8))],
    }),
    // The floor under the longest-task goal: the same markup with a tag nobody defines, so the
    // page inserts and lays out its 8,000 links by itself, with no element of anyone's.
    {
      id: 'responsive-breadcrumb-plain',
      name: `Responsive: ${manyCrumbs} eight-entry trails as plain HTML (an undefined tag), longest task (ms)`,
      a: lec('responsive', {html: times(manyCrumbs, () => lecTrail(8).replaceAll('lec-breadcrumb', 'x-trail')), pick: 'longest'}, []),
    },
    {
      id: 'breadcrumb',
      name: `Breadcrumb: ${crumbs} five-entry trails (ms)`,
      a: lec('insert', {html: times(crumbs, () => lecTrail(5))}, [
        'lec-breadcrumb',
      ]),
      b: shoelace('insert', {html: times(crumbs, () => slTrail(5))}, [
        'sl-breadcrumb',
        'sl-breadcrumb-item',
      ]),
    },
    {
      id: 'resize',
      name: `Breadcrumb: 30 entries, 1280 ↔ 320 px × ${resizes}, per step (ms; 2 frames = 33.3; B wraps)`,
      a: lec('resize', resize(lecTrail(30)), ['lec-breadcrumb']),
      b: shoelace('resize', resize(slTrail(30)), [
        'sl-breadcrumb',
        'sl-breadcrumb-item',
      ]),
    },
    {
      id: 'about-1',
      name: 'About: one, insert → first paint (ms)',
      a: lec('insert', {html: '<lec-about></lec-about>'}, LEC_TAGS),
    },
    {
      id: 'about-n',
      name: `About: ${abouts} instances (ms)`,
      a: lec(
        'insert',
        {html: times(abouts, () => '<lec-about></lec-about>')},
        LEC_TAGS
      ),
    },
    {
      id: 'locale',
      name: `Locale switch: ${abouts} About, en → zh-CN (ms)`,
      a: lec(
        'localeSwitch',
        {
          html: times(abouts, () => '<lec-about></lec-about>'),
          lang: 'zh-CN',
          expect: 'zh-Hans',
        },
        LEC_TAGS
      ),
    },
    ...['lec-qr', 'lec-qr-list', 'lec-breadcrumb', 'lec-about'].map((page) => {
      // The page loads the bundle itself, after its first paint; <lec-about> nests the others.
      const tag = page.replace('-list', '');
      const args = {
        src: '/dist/lec.js',
        tags: tag === 'lec-about' ? LEC_TAGS : [tag],
      };
      return {
        id: `cls-${page}`,
        name: `Layout shift: ${page === 'lec-qr-list' ? `a course list of ${COURSES} \`<lec-qr>\`` : `\`<${tag}>\``} loaded after paint (CLS; B = no pre-upgrade CSS)`,
        kind: 'cls',
        goal: {value: 0},
        a: {lib: null, page: `/cls/${page}.html`, fn: 'cls', args},
        b: {lib: null, page: `/cls/${page}-bare.html`, fn: 'cls', args},
      };
    }),
    // The performance issue: loading the demo at Lighthouse's mobile CPU (4x slower) runs no
    // task over 50 ms from our bundle.
    ...['en', 'zh'].map((lang) => ({
      id: `load-tasks-${lang}`,
      name: `Demo page load, ${lang === 'en' ? 'English' : 'Chinese'}, CPU 4× slower: longest task of dist/lec.js (ms)`,
      goal: {value: 50},
      a: {lib: null, page: `/demo/index.html${lang === 'zh' ? '?lang=zh' : ''}`, fn: 'loadTasks', args: {tags: LEC_TAGS, ours: '/dist/lec.js'}, throttle: 4},
    })),
    // The same for the demo prerendered, which dist/lec.ssr.js hydrates.
    ...['en', 'zh'].map((lang) => ({
      id: `load-tasks-prerendered-${lang}`,
      name: `Prerendered demo load, ${lang === 'en' ? 'English' : 'Chinese'}, CPU 4× slower: longest task of dist/lec.ssr.js (ms)`,
      goal: {value: 50},
      a: {
        lib: null,
        page: `/demo/prerendered-on-time-${lang}.html${lang === 'zh' ? '?lang=zh' : ''}`,
        fn: 'loadTasks',
        args: {tags: LEC_TAGS, ours: '/dist/lec.ssr.js'},
        throttle: 4,
      },
    })),
    // The prerender issue: the demo prerendered (with dist/lec.ssr.js) against the demo as it is
    // (dist/lec.js), each page loading its bundle 1 s late, as on a slow network.
    ...['en', 'zh'].flatMap((lang) => {
      // ?lang=zh: demo.js takes the page's language from its address.
      const side = (kind) => ({lib: null, page: `/demo/${kind}-${lang}.html${lang === 'zh' ? '?lang=zh' : ''}`, fn: 'pageLoad', args: {tags: LEC_TAGS}});
      const language = lang === 'en' ? 'English' : 'Chinese';
      return [
        {
          id: `prerender-cls-${lang}`,
          name: `Demo page, ${language}, bundle 1 s late: layout shift (CLS; A = prerendered, B = not)`,
          kind: 'cls',
          goal: {value: 0.001},
          a: side('prerendered'),
          b: side('plain'),
        },
        {
          id: `prerender-lcp-${lang}`,
          name: `Demo page, ${language}, bundle 1 s late: largest contentful paint (ms; A = prerendered, B = not)`,
          a: side('prerendered'),
          b: side('plain'),
        },
      ];
    }),
  ];
}

/**
 * Three rows for one page of many elements, ours (A) and Shoelace's (B): the delay of a click
 * queued while they render (goal: 100 ms), the longest task (goal: 50 ms) and the total time to
 * all painted (bench/page.js responsive()). With `paint`, a fourth: the main thread's paint
 * work from insertion to all painted, from a Chromium trace (bench/tabs.js run()): rendering
 * over many frames must not mean painting everything again in each.
 */
function responsiveness(id, what, {a, b, paint = false}) {
  const side = (make, [tag, html], pick) => ({
    ...make('responsive', {html, pick: pick === 'paint' ? 'total' : pick}, tag === 'sl-breadcrumb' ? ['sl-breadcrumb', 'sl-breadcrumb-item'] : [tag]),
    ...(pick === 'paint' ? {trace: 'Paint'} : {}),
  });
  return [
    ['latency', 'a click queued meanwhile waits (ms)', {value: 100}],
    ['longest', 'longest task (ms)', {value: 50}],
    ['total', 'insert → all painted (ms)', undefined],
    ...(paint ? [['paint', 'main-thread paint meanwhile (ms, traced)', undefined]] : []),
  ].map(([pick, figure, goal]) => ({
    id: `responsive-${id}-${pick}`,
    name: `Responsive: ${what}, ${figure}`,
    goal,
    a: side(lec, a, pick),
    b: side(shoelace, b, pick),
  }));
}

/**
 * The demo page for the prerender scenarios, in English and Chinese: as it is, and run through
 * the prerenderer (dist/prerender/prerender.js). Each loads its bundle one second after the
 * page has loaded (a script the page's load event does not wait for), as a slow network would.
 */
export async function demoPages() {
  const {prerender} = await import(pathToFileURL('dist/prerender/prerender.js').href);
  const demo = readFileSync('demo/index.html', 'utf8');
  const late = (src) => `<script>setTimeout(() => import('${src}'), 1000)</script>`;
  const map = new Map();
  for (const lang of ['en', 'zh']) {
    const html = demo.replace('<html lang="en">', `<html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">`);
    const tag = '<script type="module" src="/dist/lec.js"></script>';
    if (!html.includes(tag)) throw new Error(`demo/index.html no longer loads the bundle with ${tag}`);
    const page = (src) => html.replace(tag, late(src));
    map.set(`/demo/plain-${lang}.html`, page('/dist/lec.js'));
    map.set(`/demo/prerendered-${lang}.html`, await prerender(page('/dist/lec.ssr.js'), {url: 'https://lec.sjtu.edu.cn/about/'}));
    // Loading its bundle as the demo does, for the load-tasks rows.
    const onTime = html.replace(tag, tag.replace('lec.js', 'lec.ssr.js'));
    map.set(`/demo/prerendered-on-time-${lang}.html`, await prerender(onTime, {url: 'https://lec.sjtu.edu.cn/about/'}));
  }
  return map;
}

/**
 * The pre-upgrade CSS we document for webmasters: the last block of demo/demo.css, from its
 * "Recommended pre-upgrade CSS" comment to the end of the file, plus the breadcrumb's
 * PRE_UPGRADE_CSS (documented in its JSDoc, checked by its tests) if the demo lacks a rule for it.
 */
export function preUpgradeCss() {
  const demo = readFileSync('demo/demo.css', 'utf8');
  const marker = demo.indexOf('Recommended pre-upgrade CSS');
  if (marker < 0)
    throw new Error('demo/demo.css has no "Recommended pre-upgrade CSS" block');
  let css = demo.slice(demo.lastIndexOf('/*', marker));
  if (!css.includes('lec-breadcrumb:not(:defined')) {
    const source = readFileSync(
      'src/lec-breadcrumb/lec-breadcrumb.styles.ts',
      'utf8'
    );
    const documented = /PRE_UPGRADE_CSS = `([^`]*)`/.exec(source);
    if (documented) css += `\n${documented[1]}`;
  }
  return css;
}

// Block margins would collapse and absorb a change of height; without them, any change moves the text.
const PAGE_STYLE =
  'body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { max-width: 60rem; margin: 1rem auto; padding: 0 1rem; } main > * { margin-block: 0; }';

function page({lang = 'en', head = '', body = ''}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>bench</title><style>${PAGE_STYLE}</style>${head}</head><body>${body}</body></html>`;
}

/** The codes on the course-list page, as on the Responsive rows. */
const COURSES = 200;
const COURSE_TITLES = ['Python Programming Basics', 'Introduction to Data Science', 'Business English for the Workplace', 'Accounting', 'Project Management in Practice'];

/** Markup around each element on the layout-shift pages: text beside and below it that moves if it resizes. */
const CLS_MARKUP = {
  'lec-qr': `<h1>Evening courses</h1><p>Open this page on your phone:</p>
<div><lec-qr value="https://lec.sjtu.edu.cn/"></lec-qr> <span>Scan the code with WeChat or your camera.</span></div>
<p>Text below the code, which moves if the code's box changes when the element upgrades.</p>`,
  // Most of its codes render in later tasks (src/internal/slices.ts), holding their boxes meanwhile.
  // Captions as course lists have them: most take two or three lines under a code of 8em.
  'lec-qr-list': `<h1>Evening courses</h1>${times(COURSES, (i) => `<section><h2>Course ${i + 1}</h2>
<lec-qr value="https://lec.sjtu.edu.cn/courses/${1000 + i}" caption="${i + 1}. ${COURSE_TITLES[i % COURSE_TITLES.length]}"></lec-qr> <span>Scan to enrol.</span></section>`)}`,
  'lec-breadcrumb': `${lecTrail(5)}<h1>Course details</h1>
<p>Text below the trail, which moves if the trail's box changes when the element upgrades.</p>`,
  'lec-about': `<lec-about></lec-about><p>Footer text below the section, which moves if its box changes.</p>`,
};

/** All pages the server serves, by path. */
export function pages() {
  const css = preUpgradeCss();
  const map = new Map([
    ['/lec.html', page({body: '<div id="box"></div>'})],
    // Shoelace's docs require a theme stylesheet with cherry-picked components.
    [
      '/shoelace.html',
      page({
        head: '<link rel="stylesheet" href="/shoelace/themes/light.css">',
        body: '<div id="box"></div>',
      }),
    ],
  ]);
  for (const [tag, markup] of Object.entries(CLS_MARKUP)) {
    map.set(
      `/cls/${tag}.html`,
      page({head: `<style>${css}</style>`, body: `<main>${markup}</main>`})
    );
    map.set(`/cls/${tag}-bare.html`, page({body: `<main>${markup}</main>`}));
  }
  return map;
}
