// `npm start`: the desktop app. Electron's binary is fetched on first launch;
// where that cannot happen (no access to GitHub), say so in one line and
// point to the browser host instead of printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'ensure-build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function installedBinary() {
  try {
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    const binary = path.join(electronDir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

let binary = installedBinary();
if (!binary) {
  const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  console.error(`Downloading Electron ${version} (first launch only)…`);
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 10 * 60 * 1000,
  });
  binary = installedBinary();
  if (install.status !== 0 || !binary) {
    console.error('Electron could not be downloaded on this machine, so the desktop window cannot open: run "npm run web" to use Scrutiny Pack Builder in your browser instead.');
    process.exit(1);
  }
}

const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => { process.exit(code ?? (signal ? 1 : 0)); });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { child.kill(signal); });
