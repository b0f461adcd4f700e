// The seed documents (real public reports) live beside the repository in
// ../shared/fixtures/seeds, not in it. A checkout elsewhere (set SPB_SEEDS_DIR
// to point at them) runs every other test; the tests that need the seeds say
// they were skipped and why.
import fs from 'node:fs';
import path from 'node:path';

/** The folder holding the seed documents. */
export const SEEDS = process.env.SPB_SEEDS_DIR ?? path.resolve(import.meta.dirname, '../../../shared/fixtures/seeds');

/** Whether the seeds are there to test with. */
export const hasSeeds = fs.existsSync(path.join(SEEDS, 'ofsted-sif-2017-manchester.txt'));

if (!hasSeeds) console.warn(`The seed documents are not at ${SEEDS}: the tests that read them are skipped. Set SPB_SEEDS_DIR to run them.`);

/** A seed's text; empty when the seeds are missing (the tests using it are skipped then). */
export function seedText(name: string): string {
  return hasSeeds ? fs.readFileSync(path.join(SEEDS, name), 'utf8') : '';
}
