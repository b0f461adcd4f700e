import { runCli } from './commands';

void runCli(process.argv.slice(2), {
  out: (text) => { process.stdout.write(`${text}\n`); },
  err: (text) => { process.stderr.write(`${text}\n`); },
  isInteractive: process.stderr.isTTY,
}).then((code) => {
  process.exitCode = code;
});
