// The analyzer's configuration: `npm run analyze` (scripts/manifest.js) writes custom-elements.json
// from the components' JSDoc. The plugins below shape it for the tools that read it (Storybook,
// editors, type generators); nothing edits the manifest after the analyzer.
import {readFileSync} from 'node:fs';
import ts from 'typescript';

/** `src/x/y.ts` -> `dist/x/y.js`: the manifest names the files the package ships. */
const shipped = (path) =>
  path.replace(/^(?:\.\/)?src\/(.*)\.[jt]s$/, 'dist/$1.js');

/**
 * The shared tokens, documented once as `@cssprop` tags on `tokens` in src/internal/tokens.ts,
 * parsed as the analyzer parses an element's tags: `[--name=default] - description`.
 */
function sharedTokens() {
  const file = 'src/internal/tokens.ts';
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true
  );
  const statement = source.statements.find(
    (s) =>
      ts.isVariableStatement(s) &&
      s.declarationList.declarations[0].name.getText() === 'tokens'
  );
  const tags = ts.getJSDocTags(statement.declarationList.declarations[0]);
  return tags
    .filter((tag) => tag.tagName.text === 'cssprop')
    .map((tag) => {
      const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
      const match = /^\[(--[\w-]+)=(.*)\]\s+-\s+(.*)$/s.exec(text.trim());
      if (!match) throw new Error(`${file}: cannot read "@cssprop ${text}"`);
      return {
        description: match[3].replace(/\s+/g, ' '),
        name: match[1],
        default: match[2],
      };
    });
}

/**
 * The styles an element's look depends on: the shared tokens' own rules (colour, font, focus
 * ring), its stylesheet, and the stylesheets of our elements its template renders (the About
 * section's trail and code).
 */
function stylesOf(tag, seen = new Set([tag])) {
  const tokens = readFileSync('src/internal/tokens.ts', 'utf8');
  const component = readFileSync(`src/${tag}/${tag}.component.ts`, 'utf8');
  const nested = [...component.matchAll(/<(lec-[a-z]+)[\s>]/g)].map((m) => m[1]).filter((t) => !seen.has(t) && seen.add(t));
  return [
    // Without the lines that only name a token (--_lec-brand: var(--lec-color-brand, ...)).
    tokens.replace(/--_lec-[\w-]+:\s*var\(\s*--lec-[\w-]+/g, ''),
    readFileSync(`src/${tag}/${tag}.styles.ts`, 'utf8'),
    ...nested.map((t) => stylesOf(t, seen)),
  ].join('\n');
}

/**
 * Adds to every element the shared tokens it reads, and no other: a token whose effect an element
 * cannot show (the About heading's rule on a lone QR code) is no knob for it. A token counts when
 * the element's styles read it, or the private name tokens.ts gives it (`--_lec-brand`).
 */
function sharedTokensPlugin() {
  const tokens = sharedTokens();
  const source = readFileSync('src/internal/tokens.ts', 'utf8');
  const privateName = new Map([...source.matchAll(/(--_lec-[\w-]+):\s*var\(\s*(--lec-[\w-]+)/g)].map((m) => [m[2], m[1]]));
  return {
    name: 'lec-shared-tokens',
    packageLinkPhase({customElementsManifest}) {
      for (const element of elements(customElementsManifest)) {
        if (!element.tagName) continue; // a base class: no styles of its own to read
        const styles = stylesOf(element.tagName);
        const reads = (name) => [name, privateName.get(name)].some((n) => n && new RegExp(`var\\(\\s*${n}[,)\\s]`).test(styles));
        const own = element.cssProperties ?? [];
        element.cssProperties = [
          ...own,
          ...tokens.filter((t) => !own.some((o) => o.name === t.name) && reads(t.name)),
        ];
      }
    },
  };
}

/**
 * Keeps the public API only: private, protected and `#` members, statics (our registry mark) and
 * members whose name is a computed symbol are implementation, not something to set or call. An
 * attribute whose field is one of those goes too: Lit gives `state: true` properties no
 * attribute, which the analyzer does not know.
 */
function publicApiPlugin() {
  const isPublic = (member) =>
    !member.static &&
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.name.startsWith('#') &&
    !member.name.startsWith('[');
  return {
    name: 'lec-public-api',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          const hidden = new Set(declaration.members.filter((m) => !isPublic(m)).map((m) => m.name));
          declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

/**
 * Our registering modules call `defineElement('lec-x', LecX)` (a guarded define) instead of
 * `customElements.define`, which the analyzer does not recognise: export those definitions.
 */
function definitionsPlugin() {
  return {
    name: 'lec-definitions',
    analyzePhase({ts: api, node, moduleDoc}) {
      if (
        !api.isCallExpression(node) ||
        node.expression.getText() !== 'defineElement'
      )
        return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !api.isStringLiteral(tag)) return;
      const from = node
        .getSourceFile()
        .statements.filter(api.isImportDeclaration)
        .find((i) =>
          i.importClause?.namedBindings?.elements?.some(
            (e) => e.name.text === element.getText()
          )
        );
      const module = from
        ? from.moduleSpecifier.text.replace(/^\.\//, '').replace(/\.js$/, '')
        : '';
      const folder = moduleDoc.path.replace(/[^/]*$/, '');
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: {name: element.getText(), module: `${folder}${module}.ts`},
      });
    },
  };
}

/** Module paths (and every reference to them) name dist/*.js, the files npm users get. */
function shippedPathsPlugin() {
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string')
        value[key] = shipped(inner);
      else visit(inner);
    }
  };
  return {
    name: 'lec-shipped-paths',
    packageLinkPhase({customElementsManifest}) {
      visit(customElementsManifest.modules);
      // The analyzer lists modules in the order its file walk meets them, which varies.
      customElementsManifest.modules.sort((a, b) =>
        a.path.localeCompare(b.path)
      );
    },
  };
}

function* elements(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? [])
      if (declaration.customElement) yield declaration;
  }
}

export default {
  globs: [
    'src/**/*.component.ts',
    'src/internal/lec-element.ts',
    'src/lec-*/lec-*.ts',
  ],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  // package.json already names the manifest; the analyzer would rewrite the file otherwise.
  packagejson: false,
  plugins: [
    publicApiPlugin(),
    sharedTokensPlugin(),
    definitionsPlugin(),
    shippedPathsPlugin(),
  ],
};
