#!/usr/bin/env node
// The `scrutiny-pack` command. The engine needs Node 22 or later (the SQLite
// binding uses N-API 10); when an older system Node starts this file, run the
// CLI again on the Node 22 that `npm install` put in node_modules.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('scrutiny-pack: the app is not built yet; run "npm run build" in ' + root + ' first.');
  process.exit(1);
}

const major = Number(process.versions.node.split('.')[0]);
if (major >= 22) {
  require(cli);
} else {
  const bundledNode = path.join(root, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!fs.existsSync(bundledNode)) {
    console.error('scrutiny-pack: Node.js 22 or later is needed (this is ' + process.version + '); run "npm install" to fetch it.');
    process.exit(1);
  }
  const result = spawnSync(bundledNode, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status === null ? 1 : result.status);
}
