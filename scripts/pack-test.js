// node scripts/pack-test.js (after the build): the package as npm users get it. Packs the repo
// with `npm pack` into .cache/pack/, then for each consumer app in test/consumers/<name>/ copies
// it to .cache/consumers/<name>/, installs the tarball there and runs the app's own scripts:
// `typecheck` (tsc or vue-tsc) and `build` (vite build), where it has them. The built apps are
// opened in every engine by test/consumers.test.ts.
//
// A consumer's package.json lists only @sjtu-lec/elements (file:../../pack/sjtu-lec-elements.tgz);
// the tarball's dependencies come from the npm cache, and the tools and frameworks (vite,
// typescript, vue-tsc, react, vue) resolve from this repo's node_modules by walking up, as npm
// run puts every node_modules/.bin above the app on its PATH.
//
// One line per step with the time since the start; on the first failure, the step's output and
// one line saying what failed, and exit code 1.
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {rm} from 'node:fs/promises';
import {spawn} from 'node:child_process';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'test/consumers');
const packDir = join(root, '.cache/pack');
const appsDir = join(root, '.cache/consumers');
const tarball = join(packDir, 'sjtu-lec-elements.tgz');
/** A step that takes longer than this has hung. */
const STEP_TIMEOUT = 90_000;

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function fail(message, output = '') {
  if (output.trim()) console.error(output.trimEnd());
  console.error(`pack-test FAILED: ${message}`);
  process.exit(1);
}

/** Runs a command, capturing its output; resolves to {code, output}. */
function exec(command, args, cwd) {
  return new Promise((finish) => {
    const child = spawn(command, args, {cwd, env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'}});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(killed after ${seconds(STEP_TIMEOUT)})`;
      child.kill('SIGKILL');
    }, STEP_TIMEOUT);
    child.on('error', (error) => {
      clearTimeout(timer);
      finish({code: 1, output: `${output}${command}: ${error.message}`});
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      finish({code: code ?? 1, output});
    });
  });
}

/** Prints a step's line: the time since the start, what was done and how long it took. */
const done = (label, since) => console.log(`[${seconds(Date.now() - started).padStart(6)}] ${label} (${seconds(Date.now() - since)})`);

/** Runs one command as a step and prints its line; stops everything on failure. */
async function step(label, command, args, cwd = root) {
  const t0 = Date.now();
  const {code, output} = await exec(command, args, cwd);
  if (code !== 0) fail(`${label} (\`${command} ${args.join(' ')}\` in ${relative(root, cwd) || '.'}, exit code ${code})`, output);
  done(label, t0);
  return output;
}


/** The package names a module imports, with `import x from`, `export from`, `import()` and `import("x").T`. */
function importsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found = new Set();
  const visit = (node) => {
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) ? node.moduleSpecifier
      : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) ? node.argument.literal
      : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword ? node.arguments[0]
      : undefined;
    // Relative imports and Node's own modules (the prerenderer's node:*) need no declaration.
    if (specifier && ts.isStringLiteral(specifier) && !/^([./]|node:)/.test(specifier.text)) {
      found.add(specifier.text.split('/').slice(0, specifier.text.startsWith('@') ? 2 : 1).join('/'));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The imports in the installed package's .js and .d.ts files of packages that its package.json
 * declares neither as dependencies nor as peer dependencies (`declare module 'x'` augmentations
 * are not imports: they do nothing where x is not installed).
 */
function undeclaredImports(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const declared = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const files = readdirSync(dir, {recursive: true})
    .filter((file) => /\.(js|d\.ts)$/.test(file) && !file.startsWith('node_modules'))
    .sort();
  return files.flatMap((file) =>
    [...importsOf(join(dir, file))].filter((name) => !declared.has(name)).map((name) => `${name} (in ${file})`)
  );
}

for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/lec-qr.js', 'dist/lec.js']) {
  if (!existsSync(join(root, file))) fail(`${file} is missing: run \`node scripts/build.js\` first.`);
}

// npm pack, as `npm publish` would: the files field, the exports, nothing else.
rmSync(packDir, {recursive: true, force: true});
mkdirSync(packDir, {recursive: true});
const packed = JSON.parse(await step('npm pack', 'npm', ['pack', '--json', '--pack-destination', packDir]));
renameSync(join(packDir, packed[0].filename), tarball);

const names = readdirSync(sources, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(join(sources, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .sort();
if (!names.length) fail(`no consumer apps in ${relative(root, sources)}/`);

// Fresh copies of the committed sources (never an earlier install or build). Earlier runs'
// copies move aside and are deleted while this run installs (deleting thousands of small files
// takes seconds on a busy disk; a run that failed meanwhile leaves them for the next).
const copied = Date.now();
if (existsSync(appsDir)) renameSync(appsDir, `${appsDir}.old-${process.pid}`);
const deleted = Promise.all(
  readdirSync(dirname(appsDir))
    .filter((entry) => entry.startsWith('consumers.old-'))
    .map((entry) => rm(join(dirname(appsDir), entry), {recursive: true, force: true}))
);
for (const name of names) {
  cpSync(join(sources, name), join(appsDir, name), {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|dist)$|[\\/]package-lock\.json$/.test(path),
  });
  // The built apps report what they saw through one shared module (test/consumers/report.ts).
  if (existsSync(join(appsDir, name, 'src'))) cpSync(join(sources, 'report.ts'), join(appsDir, name, 'src/report.ts'));
}
done(`copy test/consumers/{${names.join(',')}} to .cache/consumers/`, copied);

// The installs share the npm cache and wait on the registry, not the processor: all at once.
await Promise.all(
  names.map((name) =>
    step(`${name}: npm install the tarball`, 'npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], join(appsDir, name))
  )
);

// What walking up to this repo's node_modules could hide: the package importing something it
// does not declare (works here and with npm's hoisting, fails under Yarn PnP or a strict pnpm).
const checked = Date.now();
const found = undeclaredImports(join(appsDir, names[0], 'node_modules/@sjtu-lec/elements'));
// Each would work with npm's flat node_modules only (it found lit-html, inferred in two .d.ts
// files, and vue, imported by the Vue types, before both were fixed).
if (found.length) fail(`the package imports what it does not declare as a dependency or peer dependency:\n  ${found.join('\n  ')}`);
done('the tarball imports only declared dependencies and peer dependencies', checked);

// The READMEs as npm shows them: every image they show must be in the tarball.
const installed = join(appsDir, names[0], 'node_modules/@sjtu-lec/elements');
for (const readme of ['README.md', 'README.zh-CN.md']) {
  const text = readFileSync(join(installed, readme), 'utf8');
  for (const [, image] of text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
    if (!/^https?:/.test(image) && !existsSync(join(installed, image))) fail(`${readme} shows ${image}, which the package does not ship`);
  }
}
done('every image the READMEs show is in the tarball', checked);

// The prerenderer's command as `npx lec-prerender` runs it from an install: the bin, and its
// dependencies (@lit-labs/ssr, parse5) from the tarball's own, on a Chinese page.
const site = join(appsDir, names[0]);
writeFileSync(join(site, 'about.html'), '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><lec-about></lec-about></body></html>');
await step('npx lec-prerender about.html (the installed bin)', 'npm', ['exec', '--offline', '--', 'lec-prerender', 'about.html', '--url', 'https://example.edu/about.html', '-o', 'about.out.html'], site);
const prerendered = readFileSync(join(site, 'about.out.html'), 'utf8');
if (!prerendered.includes('<template shadowroot') || !prerendered.includes('学院简介')) fail(`lec-prerender wrote no Chinese declarative shadow DOM:\n${prerendered.slice(0, 400)}`);

// Type checks and builds take the processor: one app after the other.
for (const name of names) {
  const dir = join(appsDir, name);
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/@sjtu-lec/elements/package.json'), 'utf8'));
  if (installed.version !== packed[0].version) fail(`${name}: installed ${installed.version}, packed ${packed[0].version}`);
  const {scripts = {}} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const script of ['typecheck', 'build']) {
    if (scripts[script]) await step(`${name}: npm run ${script} (${scripts[script]})`, 'npm', ['run', '--silent', script], dir);
  }
  if (scripts.build && !existsSync(join(dir, 'dist/index.html'))) fail(`${name}: npm run build wrote no dist/index.html`);
}

await deleted;
done(`${names.length} consumers packed, installed and built: ${names.join(', ')}; test/consumers.test.ts opens them`, started);
