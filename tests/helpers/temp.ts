import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder for one test, under the system temp folder. */
export function makeTempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `spb-${label}-`));
}
