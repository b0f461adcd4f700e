// Validates electron-builder.yml offline with electron-builder's own loader and
// schema (packaging itself needs the network), then checks what we promise:
// every platform target, native modules unpacked, icons present.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'package.json'));
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

const REQUIRED_TARGETS = { win: ['nsis', 'portable'], mac: ['dmg'], linux: ['AppImage', 'deb'] };
const problems = [];

const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
try {
  await validateConfiguration(config, new DebugLogger(false));
} catch (error) {
  problems.push(`electron-builder rejects the configuration: ${error.message}`);
}

const targetNames = (platform) => [config[platform]?.target ?? []].flat().map((target) => (typeof target === 'string' ? target : target.target));
for (const [platform, targets] of Object.entries(REQUIRED_TARGETS)) {
  for (const target of targets) {
    if (!targetNames(platform).includes(target)) problems.push(`${platform} does not build ${target}`);
  }
  const icon = config[platform]?.icon;
  if (!icon || !fs.existsSync(path.join(root, icon))) problems.push(`${platform} icon is missing (${icon ?? 'not set'})`);
}
if (![config.asarUnpack].flat().some((pattern) => String(pattern).includes('.node'))) problems.push('native .node files are not unpacked from asar');
if (!config.appId || !config.productName) problems.push('appId and productName must be set');

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
for (const field of ['description', 'homepage']) if (!pkg[field]) problems.push(`package.json needs "${field}" for packaging`);
if (!pkg.author?.email) problems.push('package.json needs an author with an email for packaging');
for (const rendererOnly of ['react', 'react-dom', 'zustand']) {
  if (pkg.dependencies?.[rendererOnly]) problems.push(`${rendererOnly} is bundled into the renderer; keep it out of "dependencies" so it is not shipped twice`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`electron-builder.yml: ${problem}`);
  process.exit(1);
}
console.log(`electron-builder.yml is valid: ${Object.entries(REQUIRED_TARGETS).map(([platform, targets]) => `${platform} (${targets.join(', ')})`).join(', ')}.`);
