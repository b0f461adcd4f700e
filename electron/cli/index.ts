// Checks the Node version before anything loads the SQLite binding, which
// would otherwise crash an older Node without a word.
import { unsupportedNodeMessage } from '../core/node-version';

const problem = unsupportedNodeMessage('scrutiny-pack');
if (problem) {
  console.error(`scrutiny-pack: ${problem}`);
  process.exitCode = 1;
} else {
  void import('./main');
}
