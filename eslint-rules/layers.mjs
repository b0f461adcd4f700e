// Holds the architecture's layers (DESIGN.md §4): each folder may import only
// from the folders and packages listed for it. Resolved from the importing
// file's own path, so a relative "../../electron/core" is caught as surely as
// a bare "electron".
import path from 'node:path';
import { builtinModules } from 'node:module';

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Layer definitions: folder prefix → what it may reach. Checked in order, first match wins. */
export const LAYERS = [
  { name: 'shared', folder: 'shared/', mayImport: ['shared/'], packages: { allow: ['zod'] } },
  { name: 'renderer', folder: 'renderer/', mayImport: ['renderer/', 'shared/'], packages: { deny: ['electron', 'node-builtins'] } },
  { name: 'core', folder: 'electron/core/', mayImport: ['electron/core/', 'shared/'], packages: { deny: ['electron'] } },
  { name: 'cli', folder: 'electron/cli/', mayImport: ['electron/cli/', 'electron/core/', 'shared/'], packages: { deny: ['electron'] } },
  { name: 'web', folder: 'electron/web/', mayImport: ['electron/web/', 'electron/core/', 'shared/'], packages: { deny: ['electron'] } },
  { name: 'preload', folder: 'electron/preload/', mayImport: ['electron/preload/', 'shared/'], packages: { allow: ['electron'] } },
  { name: 'main', folder: 'electron/main/', mayImport: ['electron/main/', 'electron/core/', 'shared/'], packages: {} },
];

function packageName(specifier) {
  if (nodeBuiltins.has(specifier) || specifier.startsWith('node:')) return 'node-builtins';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function checkPackage(layer, specifier) {
  const name = packageName(specifier);
  const { allow, deny } = layer.packages;
  if (allow && !allow.includes(name)) {
    return `${layer.folder} may import only ${allow.join(', ')} from outside itself, not '${specifier}'.`;
  }
  if (deny && (deny.includes(name) || deny.includes(packageName(name)))) {
    return name === 'electron'
      ? `${layer.folder} must not import 'electron': only electron/main and electron/preload touch Electron; take what you need as a parameter.`
      : `${layer.folder} must not import Node built-in '${specifier}'.`;
  }
  return null;
}

function checkRelative(layer, fileFromRoot, specifier) {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fileFromRoot), specifier));
  if (layer.mayImport.some((folder) => `${target}/`.startsWith(folder) || target.startsWith(folder))) return null;
  return `${layer.folder} may import only from ${layer.mayImport.join(', ')}; '${specifier}' reaches ${target}.`;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports inside the layer rules of DESIGN.md §4' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const fileFromRoot = path.relative(root, context.filename).split(path.sep).join('/');
    const layer = LAYERS.find((candidate) => fileFromRoot.startsWith(candidate.folder));
    if (!layer) return {};

    function check(node, source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      const problem = specifier.startsWith('.')
        ? checkRelative(layer, fileFromRoot, specifier)
        : checkPackage(layer, specifier);
      if (problem) context.report({ node, message: problem });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { layers: layersRule } };
