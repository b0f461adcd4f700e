import path from 'node:path';
// Checks the Node version before anything loads the SQLite binding, which
// would otherwise crash an older Node without a word.
import { unsupportedNodeMessage } from '../core/node-version';

const problem = unsupportedNodeMessage('web host');
if (problem) {
  console.error(`scrutiny-pack web: ${problem}`);
  process.exitCode = 1;
} else {
  // Resolved here: the entry file sits in out/main, while the host's code may
  // land in a chunk in another folder.
  const rendererDir = path.join(__dirname, '../renderer');
  void import('./main').then(({ runWebHost, reportStartFailure }) => runWebHost(rendererDir).catch(reportStartFailure));
}
