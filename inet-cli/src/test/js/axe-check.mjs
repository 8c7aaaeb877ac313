// Runs axe-core's WCAG 2.1 A and AA rules on HTML files in headless Chromium (Debian's, driven by
// playwright-core) and prints, as JSON on standard output, the violations of each file:
//   [{"file": ..., "violations": [{"id", "impact", "help", "helpUrl", "targets": [...]}]}]
// Usage: node axe-check.mjs [--chromium PATH] FILE...
// Exit code: 0 no violation, 1 violations found, 2 the check could not run (message on standard error).
// The browser opens nothing but the files themselves: every request other than file: and data: is
// refused, so a page that needs the network is checked as a reader offline would see it.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function usage(message) {
  process.stderr.write(`axe-check: ${message}\nusage: node axe-check.mjs [--chromium PATH] FILE...\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--chromium') {
    chromium = args[++i] ?? usage('--chromium needs a path');
  } else {
    files.push(resolve(args[i]));
  }
}
if (files.length === 0) usage('no file to check');
for (const file of files) {
  if (!existsSync(file)) usage(`no such file: ${file}`);
}
if (!existsSync(chromium)) {
  usage(`Chromium is not at ${chromium}: install Debian's chromium (apt-get install chromium) or set CHROMIUM`);
}

const { chromium: launcher } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const profile = await mkdtemp(join(tmpdir(), 'axe-check-'));
let context;
try {
  // Debian's Chromium, as root on a machine with no network but the package registries: no
  // sandbox, no GPU, none of the background connections that would be refused.
  context = await launcher.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
  });
  const results = [];
  let violations = 0;
  for (const file of files) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async (tags) => {
      // eslint-disable-next-line no-undef
      return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    }, TAGS);
    const found = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
    violations += found.length;
    results.push({ file, axe: result.testEngine.version, violations: found });
    await page.close();
  }
  process.stdout.write(JSON.stringify(results, null, 1) + '\n');
  process.exitCode = violations > 0 ? 1 : 0;
} catch (e) {
  process.stderr.write(`axe-check: the check could not run: ${e.stack || e}\n`);
  process.exitCode = 2;
} finally {
  if (context) await context.close();
  await rm(profile, { recursive: true, force: true });
}
