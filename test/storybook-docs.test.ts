// The built Storybook (storybook-static/, which npm test builds first), read as a designer reads
// it: each element's Docs page, its argument table section by section, checked against
// custom-elements.json. Also: each story frame on a Docs page renders in its own locale.
import {expect} from '@open-wc/testing';
import type {ElementDoc, Manifest} from '../.storybook/arg-types.js';
import {SECTIONS} from '../.storybook/arg-types.js';
import {elementDoc} from '../.storybook/arg-types.js';
import {TOKENS} from '../stories/tokens.stories.js';

const TAGS = ['lec-about', 'lec-breadcrumb', 'lec-qr'];
const manifest: Manifest = await (await fetch('/custom-elements.json')).json();

interface Row {
  section: string;
  name: string;
  description: string;
  /** What the control column holds: a button's text, `select`, `color`, `textarea`, or `-`. */
  control: string;
}

/** Markdown as the table shows it: no backticks, one space between words. */
const plain = (text = '') => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/** Waits until `check` returns something truthy, or fails after `ms` with `what`. */
async function until<T>(
  check: () => T | undefined | null | false,
  what: string,
  ms = 20_000
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens a page of the built Storybook's preview in a frame of this page. */
async function openPreview(query: string, height = 700): Promise<Document> {
  const frame = document.createElement('iframe');
  // Lower than the viewport, so a story frame scrolled into view in it is on screen (they load lazily).
  frame.style.cssText = `inline-size: 1200px; block-size: ${height}px; border: 0`;
  frame.src = `/storybook-static/iframe.html?${query}`;
  document.body.append(frame);
  await new Promise((resolve) =>
    frame.addEventListener('load', resolve, {once: true})
  );
  return frame.contentDocument!;
}

/** The control cell of an element's Docs page row `name`, once the table is there. */
const controlCell = (doc: Document, tag: string, name: string) =>
  until(
    () =>
      [...doc.querySelectorAll<HTMLTableRowElement>('table.docblock-argstable > tbody > tr')].find(
        (tr) => tr.cells.length > 3 && plain(tr.cells[0].textContent) === name
      )?.cells[3],
    `the ${name} control of ${tag}`
  );

function readTable(doc: Document): Row[] {
  const rows: Row[] = [];
  let section = '';
  for (const tr of doc.querySelectorAll<HTMLTableRowElement>(
    'table.docblock-argstable > tbody > tr'
  )) {
    const cells = [...tr.cells];
    if (cells[0]?.colSpan === 1 && cells.length === 2 && tr.title) {
      // A section header: its name is the text after the (hidden) toggle button.
      section = plain(
        cells[0].querySelector('span')?.textContent
      ).toLowerCase();
      continue;
    }
    const control = cells[3];
    // A row without a control shows "-" (the first may also offer a "Setup controls" link).
    const button = control?.querySelector('button');
    rows.push({
      section,
      name: plain(cells[0].textContent),
      description: plain(cells[1].firstElementChild?.textContent),
      control: control?.querySelector('select')
        ? 'select'
        : control?.querySelector(
              'input[type="color"], input[placeholder="Choose color..."]'
            )
          ? 'color'
          : control?.querySelector('textarea')
            ? 'textarea'
            : button && !/Setup controls/.test(button.textContent ?? '')
              ? plain(button.textContent)
              : '-',
    });
  }
  return rows;
}

/** The rows the manifest says a Docs page must have, in the table's order. */
function expectedRows(doc: ElementDoc): Omit<Row, 'control'>[] {
  const attributeFields = (doc.attributes ?? []).map((a) => a.fieldName);
  const members = doc.members ?? [];
  const describe = (
    section: string,
    items: {name: string; description?: string}[] = []
  ) =>
    items.map((item) => ({
      section,
      name: item.name || '(default)',
      description: plain(item.description),
    }));
  return [
    ...(doc.attributes ?? []).map((a) => ({
      section: SECTIONS.attributes,
      name: a.name,
      description: plain(
        a.description ||
          members.find((m) => m.name === a.fieldName)?.description
      ),
    })),
    ...describe(
      SECTIONS.properties,
      members.filter(
        (m) => m.kind === 'field' && !attributeFields.includes(m.name)
      )
    ),
    ...describe(
      SECTIONS.methods,
      members.filter((m) => m.kind === 'method')
    ),
    ...describe(SECTIONS.slots, doc.slots),
    ...describe(SECTIONS.events, doc.events),
    ...describe(SECTIONS.parts, doc.cssParts),
    ...describe(SECTIONS.cssProperties, doc.cssProperties),
  ];
}

describe('Storybook Docs pages match custom-elements.json', function () {
  this.timeout(120_000);

  it('the manifest lists no internal member (private, protected, #, static)', () => {
    for (const tag of TAGS) {
      const members = elementDoc(manifest, tag)!.members ?? [];
      const internal = members.filter(
        (m) =>
          m.privacy === 'private' ||
          m.privacy === 'protected' ||
          m.static ||
          /^[#[]/.test(m.name)
      );
      expect(
        internal.map((m) => m.name),
        tag
      ).to.deep.equal([]);
    }
  });

  it('the token playground offers every documented custom property, with its default', () => {
    // An element's own tokens carry its name (--lec-qr-size); the shared ones (src/internal/
    // tokens.ts) are listed on each element that reads them.
    const documented = new Map<string, string>();
    for (const tag of TAGS) {
      for (const property of elementDoc(manifest, tag)!.cssProperties!) {
        const group = TAGS.find((t) => property.name.startsWith(`--${t}-`)) ?? 'shared';
        documented.set(property.name, `${group} ${property.default}`);
      }
    }
    const offered = new Map(TOKENS.map((t) => [t.name as string, `${t.group} ${t.default}`]));
    expect([...offered].sort()).to.deep.equal([...documented].sort());
  });

  for (const tag of TAGS) {
    it(`${tag}: every attribute, property, method, slot, event, part and custom property once, in its section`, async () => {
      const doc = await openPreview(`id=elements-${tag}--docs&viewMode=docs`);
      // The table comes first, its controls once the story's args are ready.
      const rows = await until(() => {
        const found = readTable(doc);
        const cssProperties = found.filter(
          (r) => r.section === SECTIONS.cssProperties
        );
        return (
          cssProperties.length > 0 &&
          cssProperties.every((r) => r.control !== '-') &&
          found
        );
      }, `the argument table of ${tag} with its controls`);
      const element = elementDoc(manifest, tag)!;
      // Story-only args (the breadcrumb's light-DOM trail) sit in their own "story" section.
      const api = rows.filter((r) => r.section !== 'story');
      // Sections in the designer's order; within one, Storybook puts a story's own args first.
      const order = Object.values(SECTIONS) as string[];
      const sections = [...new Set(api.map((r) => r.section))];
      expect(sections).to.deep.equal(order.filter((s) => sections.includes(s)));
      const line = (r: Omit<Row, 'control'>) =>
        `${r.section} / ${r.name}: ${r.description}`;
      expect(api.map(line).sort()).to.deep.equal(
        expectedRows(element).map(line).sort()
      );

      // Controls that fit: none for parts, events and methods; pickers for colours; a select
      // for every string union; text or number for the rest.
      for (const row of api) {
        const where = `${tag} ${row.section} ${row.name} (${row.control})`;
        if (
          [SECTIONS.parts, SECTIONS.events, SECTIONS.methods].includes(
            row.section as never
          )
        ) {
          expect(row.control, where).to.equal('-');
        } else if (row.section === SECTIONS.cssProperties) {
          expect(row.control, where).to.equal(
            /color|background/.test(row.name) ? 'color' : 'Set string'
          );
        } else {
          // A JSON editor only for data that is JSON (the breadcrumb's items).
          const type =
            element.attributes?.find((a) => a.name === row.name)?.type?.text ??
            '';
          if (!/\[\]|^\{/.test(type))
            expect(row.control, where).to.not.match(/object/i);
        }
      }
      const unions = (element.attributes ?? []).filter((a) =>
        /^'/.test(a.type?.text ?? '')
      );
      for (const attribute of unions) {
        expect(
          rows.find((r) => r.name === attribute.name)?.control,
          attribute.name
        ).to.equal('select');
      }
    });
  }

  it("each story on a Docs page renders in its own locale and theme, not its neighbour's", async () => {
    const doc = await openPreview(
      'id=elements-lec-qr--docs&viewMode=docs',
      700
    );
    const frames = await until(() => {
      const all = [
        ...doc.querySelectorAll<HTMLIFrameElement>(
          'iframe[src*="viewMode=story"]'
        ),
      ];
      return all.length > 10 && all;
    }, 'the story frames');
    const captionOf = async (id: string) => {
      const frame = frames.find(
        (f) =>
          new URL(f.src).searchParams.get('id') === `elements-lec-qr--${id}`
      );
      if (!frame)
        throw new Error(
          `No frame for ${id} among ${frames.map((f) => f.src).join(', ')}`
        );
      frame.scrollIntoView();
      return until(() => {
        const d = frame.contentDocument;
        const text = d
          ?.querySelector('lec-qr')
          ?.shadowRoot?.querySelector('figcaption')
          ?.textContent?.trim();
        return (
          text && {
            text,
            lang: d!.documentElement.lang,
            theme: d!.documentElement.dataset.lecTheme,
          }
        );
      }, `the caption in ${id}`);
    };
    // The first story renders in the Docs page itself (so the page's controls reach it).
    const primary = await until(() => {
      const text = doc
        .querySelector('lec-qr')
        ?.shadowRoot?.querySelector('figcaption')
        ?.textContent?.trim();
      return (
        text && {
          text,
          lang: doc.documentElement.lang,
          theme: doc.documentElement.dataset.lecTheme,
        }
      );
    }, 'the caption of the first story, in the page');
    expect(primary).to.deep.equal({text: 'QR code', lang: 'en', theme: 'light'});
    expect(await captionOf('default-chinese')).to.deep.equal({
      text: '二维码',
      lang: 'zh-Hans',
      theme: 'light',
    });
    expect(await captionOf('dark-page')).to.deep.equal({
      text: 'QR code',
      lang: 'en',
      theme: 'dark',
    });
    expect(await captionOf('dark-page-chinese')).to.deep.equal({
      text: '二维码',
      lang: 'zh-Hans',
      theme: 'dark',
    });
  });

  // Storybook draws a Docs page's stories in frames of their own, which hear nothing from the
  // toolbar: switched to 中文 or Dark, only the first story followed, and every other story of
  // the page stayed English and light (until 2026-12-05).
  it("the toolbar's locale, theme and direction reach every story frame of a Docs page", async () => {
    const doc = await openPreview('id=elements-lec-qr--docs&viewMode=docs', 700);
    const frameOf = (id: string) =>
      [...doc.querySelectorAll<HTMLIFrameElement>('iframe[src*="viewMode=story"]')].find(
        (f) => new URL(f.src).searchParams.get('id') === `elements-lec-qr--${id}`
      );
    /** The story's caption and its page's language, theme and direction, once rendered. */
    const seen = (id: string) => {
      const d = frameOf(id)?.contentDocument;
      const text = d?.querySelector('lec-qr')?.shadowRoot?.querySelector('figcaption')?.textContent?.trim();
      const root = d?.documentElement;
      return text && `${text} ${root!.lang} ${root!.dataset.lecTheme} ${root!.dir}`;
    };
    const showing = async (id: string, expected: string) => {
      (await until(() => frameOf(id), `the frame of ${id}`)).scrollIntoView();
      return until(() => seen(id) === expected && expected, `${id} showing "${expected}"`).catch((error: Error) => {
        throw new Error(`${error.message}: it shows "${seen(id)}"`);
      });
    };
    // What the toolbar sends the page when a designer picks a value.
    const toolbar = (globals: object) =>
      (doc.defaultView as unknown as {__STORYBOOK_ADDONS_CHANNEL__: {emit(event: string, payload: unknown): void}})
        .__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', {globals});
    expect(await showing('with-logo', 'QR code en light ltr')).to.be.ok;
    toolbar({locale: 'zh-Hans', theme: 'dark', dir: 'rtl'});
    // The first story, in the page itself, always followed.
    await until(() => doc.querySelector('lec-qr')?.shadowRoot?.querySelector('figcaption')?.textContent?.trim() === '二维码', 'the first story in Chinese');
    expect(await showing('with-logo', '二维码 zh-Hans dark rtl')).to.be.ok;
    expect(await showing('as-a-link', '二维码 zh-Hans dark rtl')).to.be.ok;
    toolbar({locale: 'en', theme: 'light', dir: 'ltr'});
    expect(await showing('with-logo', 'QR code en light ltr')).to.be.ok;
    // A story's own globals still win over the toolbar's: the Chinese twin stays Chinese.
    expect(await showing('default-chinese', '二维码 zh-Hans light ltr')).to.be.ok;
    doc.defaultView!.frameElement!.remove();
  });

  it("the controls on a Docs page change its first story (Storybook passes them into no story frame)", async () => {
    for (const [tag, control, value, seen] of [
      ['lec-qr', 'caption', '扫码访问', (d: Document) => d.querySelector('lec-qr')?.shadowRoot?.querySelector('figcaption')?.textContent?.trim()],
      ['lec-breadcrumb', 'prefix', 'You are here:', (d: Document) => d.querySelector('lec-breadcrumb')?.shadowRoot?.querySelector('[part=prefix]')?.textContent?.trim()],
    ] as const) {
      const doc = await openPreview(`id=elements-${tag}--docs&viewMode=docs`);
      const cell = await controlCell(doc, tag, control);
      // An unset text control is a button that turns into the field.
      if (!cell.querySelector('textarea')) cell.querySelector('button')!.click();
      const field = await until(() => cell.querySelector('textarea'), `the ${control} field`);
      // As typing does: through the native setter, which React's input tracking watches.
      const win = doc.defaultView! as Window & typeof globalThis;
      Object.getOwnPropertyDescriptor(win.HTMLTextAreaElement.prototype, 'value')!.set!.call(field, value);
      field.dispatchEvent(new win.Event('input', {bubbles: true}));
      expect(await until(() => seen(doc) === value && value, `${tag} showing its new ${control}`)).to.equal(value);
      doc.defaultView!.frameElement!.remove();
    }
  });

  // A number control took any number: a typed margin of -3 or heading level of 9 reached the
  // element (until 2026-12-05). Each now offers what the attribute takes.
  it("a number control offers the attribute's range", async () => {
    for (const [tag, control, range] of [
      ['lec-qr', 'margin', '0 16'],
      ['lec-qr', 'size', '1 4096'],
      ['lec-about', 'heading-level', '1 6'],
    ] as const) {
      const doc = await openPreview(`id=elements-${tag}--docs&viewMode=docs`);
      const cell = await controlCell(doc, tag, control);
      cell.querySelector('button')?.click();
      const input = await until(() => cell.querySelector<HTMLInputElement>('input[type=number]'), `the ${control} field`);
      expect(`${input.min} ${input.max}`, `${tag} ${control}`).to.equal(range);
      doc.defaultView!.frameElement!.remove();
    }
  });

  it('"Show code" is a snippet to paste: language, script tag, the tag, no inline style', async () => {
    const doc = await openPreview(
      'id=elements-lec-breadcrumb--docs&viewMode=docs',
      700
    );
    const buttons = await until(() => {
      const all = [...doc.querySelectorAll('button')].filter((b) =>
        /Show code/.test(b.textContent ?? '')
      );
      return all.length > 3 && all;
    }, 'the Show code buttons');
    // The first is the primary story's; the second, the Chinese story's.
    // Snippets come from the rendered story: keep its (lazily loaded) frame in view.
    const storyFrame = () =>
      [...doc.querySelectorAll('iframe')].find(
        (f) =>
          new URL(f.src).searchParams.get('id') ===
          'elements-lec-breadcrumb--chinese'
      );
    buttons[2].click();
    const snippets = () =>
      [...doc.querySelectorAll('pre.prismjs')].map((p) => p.textContent ?? '');
    const code = await until(
      () => {
        storyFrame()?.scrollIntoView();
        return snippets().find((t) => t.includes('关于我们'));
      },
      "the Chinese story's snippet",
      40_000
    );
    expect(code).to.contain('<html lang="zh-CN">');
    expect(code).to.contain(
      '<script type="module" src="https://your.cdn/@sjtu-lec/elements/dist/lec.js"></script>'
    );
    expect(code).to.match(
      /<lec-breadcrumb>\s*<a href="\/about\/">关于我们<\/a>\s*<span>学院简介<\/span>\s*<\/lec-breadcrumb>/
    );
    expect(code).to.not.match(/style=|<div|<!--\?lit/);
  });
});
