// Editor and framework integrations, generated from custom-elements.json into dist/ by the
// cem-tools generators (run by scripts/build.js after tsc, since they name tsc's declarations):
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json  VS Code (html/css.customData)
//   dist/web-types.json                                                  JetBrains IDEs (package.json "web-types")
//   dist/jsx/                                                            JSX intrinsic elements: React 19 and Preact
//   dist/vue/index.d.ts                                                  Vue's GlobalComponents
// Each generator reads a copy of the manifest adapted to how it reads types and names (below); the
// only text written here is dist/jsx/index.d.ts, which hands the generated JSX types to React's
// and Preact's JSX namespaces.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {posix} from 'node:path';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
import {customElementJsxPlugin} from 'custom-element-jsx-integration';
import {customElementVuejsPlugin} from 'custom-element-vuejs-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const declarations = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).map((declaration) => ({module, declaration}))
);
const elements = declarations.filter(({declaration}) => declaration.customElement && declaration.tagName);

/** The shipped module (`dist/x/y.js`) that declares the class `name`. */
function declaringModule(name) {
  const found = declarations.find(({declaration}) => declaration.name === name);
  if (!found) throw new Error(`custom-elements.json declares no ${name}`);
  return found.module.path;
}

/** `dist/x/y.js` as a relative import from the folder `from` (`dist/jsx` -> `../x/y.js`). */
function importPath(from, path) {
  const relative = posix.relative(from, path);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * The public specifier that registers `tag`: the `exports` key whose file is the manifest module
 * with that tag's custom-element-definition (`@sjtu-lec/elements/lec-qr.js`).
 */
function registeringSpecifier(tag) {
  const module = manifest.modules.find((m) =>
    (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === tag)
  );
  const entry = Object.entries(pkg.exports).find(([, target]) => {
    const file = typeof target === 'string' ? target : target.default;
    return file === `./${module?.path}`;
  });
  if (!entry) throw new Error(`package.json exports nothing that registers <${tag}>`);
  return posix.join(pkg.name, entry[0]);
}

/** A deep copy of the manifest with each of `changes` applied to every element declaration. */
function adapted(...changes) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) for (const change of changes) change(declaration);
    }
  }
  return copy;
}

/**
 * What an attribute accepts as HTML text, for the editors' value lists: a union of string
 * literals as it is ('L' | 'M' | 'Q' | 'H'), a plain string, number or boolean as such, anything
 * else (the breadcrumb's JSON items) as a string; `undefined` and `null` are not attribute values.
 */
function htmlType(text = 'string') {
  const members = text
    .split('|')
    .map((m) => m.trim())
    .filter((m) => m !== 'undefined' && m !== 'null');
  if (members.length && members.every((m) => /^'[^']*'$|^"[^"]*"$/.test(m))) return members.join(' | ');
  if (members.length === 1 && ['string', 'number', 'boolean'].includes(members[0])) return members[0];
  return 'string';
}

/** The editors list an attribute's values from its type. */
function htmlTypes(element) {
  for (const attribute of element.attributes ?? []) attribute.type = {text: htmlType(attribute.type?.text)};
}

/**
 * The JSX and Vue generators write a handler as `(e: CustomEvent<type>) => void`: they read an
 * event's type as its detail's, where the manifest names the whole event (`CustomEvent<X>`,
 * `Event`). Give them the detail's type: `undefined` for a plain Event, which has none (and
 * which plainEvents turns back into `Event` in what they write).
 */
function detailTypes(element) {
  for (const event of element.events ?? []) {
    const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '');
    event.type = {text: detail ? detail[1] : 'undefined'};
  }
}

const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/**
 * Vue reads props and handlers in camelCase (`error-correction` in a template is the prop
 * `errorCorrection`, `@lec-qr-error` the prop `onLecQrError`), where the generator writes the
 * attribute's name and `on` + the event's name: give it those in camelCase, and keep the
 * template's spelling of the event in its description.
 */
function vueNames(element) {
  for (const attribute of element.attributes ?? []) attribute.name = attribute.fieldName ?? camel(attribute.name);
  for (const event of element.events ?? []) {
    event.description = `\`@${event.name}\` in a template. ${event.description ?? ''}`.trim();
    event.name = camel(`-${event.name}`);
  }
}

const forEditors = adapted(htmlTypes);
const forJsx = adapted(detailTypes);
const forVue = adapted(detailTypes, vueNames);

const common = {hideLogs: true};
// Type paths are relative to each generator's outdir; the classes are tsc's declarations in dist/.
const typePaths = (outdir) => ({componentTypePath: (name) => importPath(outdir, declaringModule(name))});

const plugins = [
  [forEditors, customElementVsCodePlugin({...common, outdir: 'dist'})],
  [
    forEditors,
    customElementJetBrainsPlugin({
      ...common,
      outdir: 'dist',
      // Go to declaration: the public module that defines each element, and its class.
      modulePathTemplate: (_name, path) => {
        const tag = elements.find(({module}) => module.path === path)?.declaration.tagName;
        return tag ? registeringSpecifier(tag) : path;
      },
    }),
  ],
  [
    forJsx,
    customElementJsxPlugin({
      ...common,
      outdir: 'dist/jsx',
      fileName: 'custom-elements-jsx.d.ts',
      ...typePaths('dist/jsx'),
    }),
  ],
  [forVue, customElementVuejsPlugin({...common, outdir: 'dist/vue', fileName: 'index.d.ts', ...typePaths('dist/vue')})],
];
// The generators log each file in colour even with hideLogs; this script says it once below.
const log = console.log;
console.log = () => {};
try {
  for (const [customElementsManifest, plugin] of plugins) plugin.packageLinkPhase({customElementsManifest});
} finally {
  console.log = log;
}

/** A plain Event is no `CustomEvent<undefined>`: `e instanceof CustomEvent` is false. */
const plainEvents = (text) => text.replaceAll('(e: CustomEvent<undefined>) => void', '(e: Event) => void');

/** Rewrites a generated file, failing loudly when an expected part of it is not there. */
function rewrite(file, edit) {
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`${file}: nothing to rewrite; has the generator changed?`);
  writeFileSync(file, after);
}

rewrite('dist/jsx/custom-elements-jsx.d.ts', plainEvents);
// Vue's JSX (render functions in TSX: the global namespace of `import 'vue/jsx'`, or
// `jsxImportSource: "vue"`) takes an element's props: the generator gives the global one the
// component's type, a constructor no props match, so every tag failed to type-check there, and
// the other had none of ours (anything went). Each tag takes our props, an HTML element's
// attributes (class, id, onClick...) and slot, part and exportparts.
rewrite('dist/vue/index.d.ts', (text) => {
  const block = /declare global \{\s*namespace JSX \{\s*(?:\/\/[^\n]*\n\s*)?interface IntrinsicElements extends CustomElements \{\}\s*\}\s*\}/;
  const vueImport = 'import type { DefineComponent } from "vue";';
  if (!block.test(text) || !text.includes(vueImport)) return text;
  const tags = elements.map(({declaration: {tagName, name}}) => `      "${tagName}": JsxProps<${name}Props>;`).join('\n');
  const namespace = `namespace JSX {\n    interface IntrinsicElements {\n${tags}\n    }\n  }`;
  return plainEvents(
    text
      .replace(vueImport, 'import type { DefineComponent, HTMLAttributes } from "vue";')
      .replace(
        block,
        `/** A tag's props in Vue's JSX: ours, an HTML element's attributes, and slot, part and exportparts. */
type JsxProps<P> = P & Omit<HTMLAttributes, keyof P> & { slot?: string; part?: string; exportparts?: string };

declare global {\n  ${namespace}\n}\n\ndeclare module "vue/jsx-runtime" {\n  ${namespace}\n}`
      )
  );
});

// React 19 reads intrinsic elements from the `react` module's JSX namespace (there is no global
// one any more), Preact from the `preact` module's.
mkdirSync('dist/jsx', {recursive: true});
writeFileSync(
  'dist/jsx/index.d.ts',
  `// JSX types for <${elements.map(({declaration}) => declaration.tagName).join('>, <')}> in React 19 and Preact, generated from custom-elements.json.
// Use: import type {} from '${pkg.name}/jsx';
import type {CustomElements, ${elements.map(({declaration: {name}}) => `${name}Props`).join(', ')}} from './custom-elements-jsx.js';
${elements.map(({declaration: {name}}) => `import type {${name}} from '${importPath('dist/jsx', declaringModule(name))}';`).join('\n')}
// The registering modules' global declarations (document.querySelector('lec-qr') is a LecQr, an
// event listener gets its detail's type), also in an app that loads the elements by script tag.
${elements.map(({declaration: {tagName}}) => `import type {} from '../${tagName}/${tagName}.js';`).join('\n')}
// React's types come with the package's dependency @lit/react (a peer it requires), also in a
// Preact project; named in the augmentation below, they would be found only where an app's own
// code loads React's types.
import type {CSSProperties, DetailedHTMLProps, HTMLAttributes} from 'react';

/** React's props of an element whose class is \`E\`, as on a \`<div>\`. */
type ReactProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;
/** React's style object, with the custom properties (\`--lec-qr-size\`) it does not take. */
type LecStyle = CSSProperties & {[property: \`--\${string}\`]: string | number | undefined};

export type {CustomElements, ScopedElements} from './custom-elements-jsx.js';

declare module 'react' {
  namespace JSX {
    // Our attributes and events as we type them (prefix takes null, which React's RDFa prefix
    // does not); React's own props as on a <div> (onClick, ARIA, data-*, key, a ref typed with
    // the element's class); the rest of the generator's (class, part, exportparts); a style
    // object that also takes custom properties.
    interface IntrinsicElements {
${elements
  .map(({declaration: {tagName, name}}) => {
    const own = `${name}Props`;
    return `      '${tagName}': ${own} & Omit<ReactProps<${name}>, keyof ${own} | 'style'> & Omit<CustomElements['${tagName}'], keyof ReactProps<${name}> | keyof ${own}> & {style?: LecStyle};`;
  })
  .join('\n')}
    }
  }
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`
);

console.log('Integrations: dist/vscode.{html,css}-custom-data.json, dist/web-types.json, dist/jsx/, dist/vue/.');
