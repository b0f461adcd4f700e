// Rendered papers, kept for the next build: officers rebuild a pack many
// times on issue day, usually after changing one paper. A paper's PDF depends
// only on its model, the house style and the options, all of which go into
// the key, and rendering is deterministic, so a cached paper is byte for byte
// what a cold render would give.
import { createHash } from 'node:crypto';

const MAX_BYTES = 128 * 1024 * 1024;

type Entry<T> = { value: T; size: number };

/** A least-recently-used cache of rendered output, bounded by the bytes it holds. */
export class RenderCache<T extends { bytes: Uint8Array }> {
  readonly #entries = new Map<string, Entry<T>>();
  #size = 0;

  constructor(private readonly maxBytes = MAX_BYTES) {}

  /** Drops everything kept. */
  clear(): void {
    this.#entries.clear();
    this.#size = 0;
  }

  /** The cached value for `key`, or renders, keeps and returns it. */
  async get(key: string, render: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value;
    }
    const value = await render();
    const size = value.bytes.byteLength;
    if (size > this.maxBytes) return value;
    this.#entries.set(key, { value, size });
    this.#size += size;
    for (const [oldKey, entry] of this.#entries) {
      if (this.#size <= this.maxBytes) break;
      this.#entries.delete(oldKey);
      this.#size -= entry.size;
    }
    return value;
  }
}

/** A key for anything plain: its JSON, with byte arrays (pictures) replaced by their hash. */
export function contentKey(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? `sha256:${createHash('sha256').update(item).digest('hex')}` : item,
  );
  return createHash('sha256').update(json).digest('hex');
}
