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

/** Adds the shared tokens to every element that does not document them itself. */
function sharedTokensPlugin() {
  const tokens = sharedTokens();
  return {
    name: 'lec-shared-tokens',
    packageLinkPhase({customElementsManifest}) {
      for (const element of elements(customElementsManifest)) {
        const own = element.cssProperties ?? [];
        element.cssProperties = [
          ...own,
          ...tokens.filter((t) => !own.some((o) => o.name === t.name)),
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
