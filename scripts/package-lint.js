// node scripts/package-lint.js (npm test, after the build): the package as npm and TypeScript users
// see it.
//   1. publint on the packed package: any message, even a suggestion, is a problem.
//   2. attw (are the types wrong?) on the packed package, profile esm-only (we ship no CommonJS).
//      .attw.json leaves out dist/lec.css: a stylesheet has no types to check.
//   3. The generated integrations, type-checked with skipLibCheck off: test/types/ (React 19 JSX and
//      the React wrappers, the VS Code data's shape), test/types/preact/, test/types/vue/ (vue-tsc,
//      strictTemplates); each `@ts-expect-error` there is a check that a wrong value is refused.
//   4. Every entry point that defines elements types them: after importing it alone,
//      document.querySelector('lec-qr') is a LecQr and 'lec-qr-error' a CustomEvent with its detail.
//   5. The editor data (VS Code, JetBrains web-types) names every element and attribute of
//      custom-elements.json, and package.json points at it.
// Prints one line per problem and exits 1 if there is any.
import {spawn} from 'node:child_process';
import {closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {publint} from 'publint';
import {formatMessage} from 'publint/utils';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const problem = (area, text) => problems.push(`${area}: ${text.replace(/\s+/g, ' ').trim()}`);

const needed = [
  'dist/index.d.ts',
  'dist/react/index.js',
  'dist/jsx/index.d.ts',
  'dist/vue/index.d.ts',
  'dist/vscode.html-custom-data.json',
  'dist/web-types.json',
];
const missing = needed.filter((file) => !existsSync(file));
if (missing.length) {
  for (const file of missing) problem('build', `${file} is missing: run "npm run build" first`);
  finish();
}

// 1. publint
{
  const {messages, pkg: packed} = await publint({pkgDir: '.', level: 'suggestion', pack: 'npm'});
  for (const message of messages) {
    problem(`publint (${message.type})`, formatMessage(message, packed, {color: false}) ?? message.code);
  }
}

// 2. attw, with the resolutions the esm-only profile ignores (its CLI exit code agrees).
{
  const ignored = ['node10', 'node16-cjs'];
  // Its JSON report goes to a file: through a pipe, the CLI exits before a long report is written
  // out whenever it found a problem.
  const report = '.cache/package-lint-attw.json';
  mkdirSync('.cache', {recursive: true});
  const fd = openSync(report, 'w');
  const {code, output} = await quiet('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'json'], fd);
  closeSync(fd);
  let result;
  try {
    result = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    problem('attw', `no report (exit code ${code}): ${output.split('\n').find((l) => l.trim()) ?? ''}`);
  }
  rmSync(report, {force: true});
  if (result) {
    if (!result.analysis.types) problem('attw', 'the package has no types');
    const found = Object.values(result.problems ?? {})
      .flat()
      .filter((p) => !ignored.includes(p.resolutionKind));
    for (const p of found) {
      const where = p.entrypoint ? `"${posixJoin(pkg.name, p.entrypoint)}"` : 'package';
      problem('attw', `${where}${p.resolutionKind ? ` under ${p.resolutionKind}` : ''}: ${p.kind}`);
    }
    if (code !== 0 && !found.length) problem('attw', `exit code ${code} without a listed problem`);
  }
}

// 3. The test/types/ projects.
const reportDiagnostics = (area, diagnostics) => {
  for (const d of diagnostics) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (d.file && d.start !== undefined) {
      const {line, character} = d.file.getLineAndCharacterOfPosition(d.start);
      problem(area, `${relative('.', d.file.fileName)}(${line + 1},${character + 1}): TS${d.code} ${text}`);
    } else problem(area, `TS${d.code} ${text}`);
  }
};
const parsed = (config) => {
  const result = ts.getParsedCommandLineOfConfigFile(
    config,
    {},
    {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}}
  );
  if (!result) throw new Error(`Cannot read ${config}`);
  return result;
};
let program;
for (const config of ['test/types/tsconfig.json', 'test/types/preact/tsconfig.json']) {
  const {fileNames, options, errors} = parsed(config);
  reportDiagnostics(`types (${config})`, errors);
  program = ts.createProgram({rootNames: fileNames, options, oldProgram: program});
  reportDiagnostics(`types (${config})`, ts.getPreEmitDiagnostics(program));
}
{
  const config = 'test/types/vue/tsconfig.json';
  const {code, output} = await quiet('npx', ['vue-tsc', '--noEmit', '--pretty', 'false', '-p', config]);
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  for (const line of errors) problem(`types (${config})`, line);
  if (code !== 0 && !errors.length) problem(`types (${config})`, `vue-tsc exit code ${code}: ${output.trim()}`);
}

// 4. The tag and event maps, from each entry point alone.
{
  const checks = {
    'lec-qr': `const qr = document.querySelector('lec-qr');
export const level: 'L' | 'M' | 'Q' | 'H' | undefined = qr?.errorCorrection;
qr?.addEventListener('lec-qr-error', (e) => e.detail.reason);
qr?.addEventListener('lec-qr-download', (e) => e.detail.filename);`,
    'lec-breadcrumb': `export const items: {label: string}[] | undefined = document.querySelector('lec-breadcrumb')?.items;`,
    'lec-about': `export const headingLevel: number | undefined = document.querySelector('lec-about')?.headingLevel;`,
  };
  const all = Object.keys(checks);
  const entries = {
    '.': all,
    './all.js': all,
    './lec-about.js': all,
    './lec-breadcrumb.js': ['lec-breadcrumb'],
    './lec-qr.js': ['lec-qr'],
    './react': all,
    './dist/lec.js': all,
    './dist/lec.iife.js': all,
    './dist/cdn/lec-about.js': all,
    './dist/cdn/lec-breadcrumb.js': ['lec-breadcrumb'],
    './dist/cdn/lec-qr.js': ['lec-qr'],
  };
  // Inside the package, so that its own name resolves through `exports`.
  const folder = '.cache/package-lint';
  rmSync(folder, {recursive: true, force: true});
  mkdirSync(folder, {recursive: true});
  const {options} = parsed('test/types/tsconfig.json');
  for (const [entry, tags] of Object.entries(entries)) {
    const specifier = posixJoin(pkg.name, entry);
    if (!pkg.exports[entry]) {
      problem('types', `package.json exports no "${entry}"`);
      continue;
    }
    const file = join(folder, `${entry.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root'}.mts`);
    writeFileSync(file, `import type {} from '${specifier}';\n${tags.map((tag) => checks[tag]).join('\n')}\n`);
    program = ts.createProgram({rootNames: [file], options, oldProgram: program});
    // This file's own errors: our declarations themselves are checked once, by the projects above.
    const source = program.getSourceFile(file);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    for (const d of diagnostics) {
      problem('types', `after importing only "${specifier}": ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
  }
  rmSync(folder, {recursive: true, force: true});
}

// 5. The editor data against the manifest.
{
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const vscode = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
  const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
  const jetbrains = webTypes.contributions?.html?.elements ?? [];
  for (const element of elements) {
    for (const [name, tags] of [
      ['dist/vscode.html-custom-data.json', vscode.tags ?? []],
      ['dist/web-types.json', jetbrains],
    ]) {
      const tag = tags.find((t) => t.name === element.tagName);
      if (!tag) {
        problem('editor data', `${name} has no <${element.tagName}>`);
        continue;
      }
      for (const attribute of element.attributes ?? []) {
        if (!tag.attributes?.some((a) => a.name === attribute.name)) {
          problem('editor data', `${name}: <${element.tagName}> lacks the attribute ${attribute.name}`);
        }
      }
    }
    const tag = jetbrains.find((t) => t.name === element.tagName);
    for (const event of element.events ?? []) {
      if (tag && !tag.events?.some((e) => e.name === event.name)) {
        problem('editor data', `dist/web-types.json: <${element.tagName}> lacks the event ${event.name}`);
      }
    }
  }
  if (webTypes.name !== pkg.name || webTypes.version !== pkg.version) {
    problem(
      'editor data',
      `dist/web-types.json names ${webTypes.name}@${webTypes.version}, not ${pkg.name}@${pkg.version}`
    );
  }
  if (pkg['web-types'] !== './dist/web-types.json')
    problem('package.json', '"web-types" should be "./dist/web-types.json"');
  for (const [entry, file] of [
    ['./vscode.html-custom-data.json', './dist/vscode.html-custom-data.json'],
    ['./web-types.json', './dist/web-types.json'],
  ]) {
    if (pkg.exports[entry] !== file) problem('package.json', `exports["${entry}"] should be "${file}"`);
  }
}

finish();

/** Runs a command without echoing it; resolves to its exit code and output (stdout to `stdout` if given). */
function quiet(command, args, stdout = 'pipe') {
  return new Promise((resolve) => {
    const child = spawn(command, args, {stdio: ['ignore', stdout, 'pipe'], env: {...process.env, NO_COLOR: '1'}});
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({code: 1, output: `${output}${command}: ${error.message}`}));
    child.on('close', (code) => resolve({code: code ?? 1, output}));
  });
}

function posixJoin(name, entry) {
  return entry === '.' ? name : `${name}/${entry.replace(/^\.\//, '')}`;
}

function finish() {
  if (!problems.length) {
    console.log(
      'package-lint: publint, attw (esm-only), the JSX, Vue and VS Code types, the tag maps and the editor data are clean.'
    );
    process.exit(0);
  }
  for (const line of problems) console.error(`package-lint: ${line}`);
  console.error(`package-lint: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
