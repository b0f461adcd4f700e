/** The engine's SQLite binding is an N-API 10 binary: Node 22 or later (Electron 45 includes it). */
export const MINIMUM_NODE_MAJOR = 22;

/** Null when this Node can run the engine, else a one-line explanation of what to do. */
export function unsupportedNodeMessage(command: string): string | null {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= MINIMUM_NODE_MAJOR) return null;
  return `${command} needs Node.js ${MINIMUM_NODE_MAJOR} or later (this is ${process.version}); run it through npm (npm run ${command === 'scrutiny-pack' ? 'cli' : 'web'}), which uses the Node ${MINIMUM_NODE_MAJOR} installed with the project.`;
}
