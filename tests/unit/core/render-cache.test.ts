import { describe, expect, it } from 'vitest';
import { contentKey, RenderCache } from '../../../electron/core/render/render-cache';

const rendered = (size: number, label: string) => ({ bytes: new Uint8Array(size), label });

describe('the render cache', () => {
  it('renders once per key and gives the kept result back', async () => {
    const cache = new RenderCache<ReturnType<typeof rendered>>(1_000);
    let renders = 0;
    const render = () => { renders += 1; return Promise.resolve(rendered(10, 'a')); };
    const first = await cache.get('a', render);
    expect(await cache.get('a', render)).toBe(first);
    expect(renders).toBe(1);
  });

  it('drops the least recently used results when it holds too many bytes, and never keeps one larger than itself', async () => {
    const cache = new RenderCache<ReturnType<typeof rendered>>(100);
    await cache.get('a', () => Promise.resolve(rendered(40, 'a')));
    await cache.get('b', () => Promise.resolve(rendered(40, 'b')));
    await cache.get('a', () => Promise.resolve(rendered(40, 'a again')));
    await cache.get('c', () => Promise.resolve(rendered(40, 'c')));
    expect((await cache.get('a', () => Promise.resolve(rendered(40, 'a rendered')))).label).toBe('a');
    expect((await cache.get('b', () => Promise.resolve(rendered(40, 'b rendered')))).label).toBe('b rendered');
    expect((await cache.get('huge', () => Promise.resolve(rendered(500, 'huge')))).label).toBe('huge');
    expect((await cache.get('huge', () => Promise.resolve(rendered(500, 'huge again')))).label).toBe('huge again');
  });

  it('keys by content: equal values match, any change (pictures included) does not', () => {
    const model = { blocks: [{ type: 'paragraph', text: 'One' }], picture: new Uint8Array([1, 2, 3]) };
    expect(contentKey(model)).toBe(contentKey(structuredClone(model)));
    expect(contentKey({ ...model, picture: new Uint8Array([1, 2, 4]) })).not.toBe(contentKey(model));
    expect(contentKey({ ...model, blocks: [{ type: 'paragraph', text: 'Two' }] })).not.toBe(contentKey(model));
  });
});
