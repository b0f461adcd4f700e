// Inputs for hostile-input property tests, generated from an API method's own
// zod schema: mostly the right shape with wrong, extreme or malicious values
// (so calls get past the first check and reach services and SQL), sometimes
// any JSON at all. Walks zod 4's public definition objects (`_zod.def`).
import fc from 'fast-check';
import type { z } from 'zod';

type Def = { type: string } & Record<string, unknown>;

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Text that has broken renderers, parsers and SQL elsewhere: markup, direction marks, emoji, nulls, huge words. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'); DROP TABLE meetings; --",
  '\u202Egnp.exe',
  'مرحبا بالعالم \u200F',
  '👩🏽‍⚖️ Chair’s report 🏛️',
  'a\u0000b',
  '\u0000',
  'x'.repeat(70_000),
  'Supercalifragilistic'.repeat(400),
  '../../../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  'CON',
  '%s%s%n',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'javascript:alert(1)',
  'line one\r\nline two\u2028three',
  '2026-02-30',
  '2026-11-23',
  '0000-00-00',
  '10:00',
  '25:61',
  'CYP/OSG',
  'red',
];

const HOSTILE_NUMBERS: readonly number[] = [0, -1, 1, 2, 3, 4, 5, 7, 12, 1.5, 999_999, 2 ** 31, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308];

const anyString = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) }, { weight: 2, arbitrary: fc.string({ maxLength: 40 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) });
const anyNumber = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) }, { weight: 1, arbitrary: fc.integer({ min: -10, max: 60 }) }, { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) });

/** Any JSON value, as a door would receive after JSON.parse. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** An arbitrary input for a schema: valid-looking shape, hostile values, now and then a stray field or a wrong type. */
export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const shaped = shapedFor(schema, depth);
  return fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 1, arbitrary: anyJson });
}

function shapedFor(schema: unknown, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 4) return fc.constant(null);
  switch (def.type) {
    case 'object':
      return objectFor(def, depth);
    case 'string':
      return anyString;
    case 'number':
    case 'int':
      return anyNumber;
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom<unknown>('true', 1, null));
    case 'enum':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, string>)) }, { weight: 1, arbitrary: anyString });
    case 'literal':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(def.values as unknown[])) }, { weight: 1, arbitrary: anyJson });
    case 'array':
      return fc.array(shapedFor(def.element, depth + 1), { maxLength: depth === 0 ? 6 : 3 });
    case 'optional':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: shapedFor(def.innerType, depth) });
    case 'nullable':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: shapedFor(def.innerType, depth) });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return shapedFor(def.innerType, depth);
    case 'pipe':
      return shapedFor(def.in, depth);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => shapedFor(option, depth)));
    case 'lazy':
      return shapedFor((def.getter as () => unknown)(), depth + 1);
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 10 }), shapedFor(def.valueType, depth + 1), { maxKeys: 3 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((item) => shapedFor(item, depth + 1)));
    case 'intersection':
      return fc.oneof(shapedFor(def.left, depth), shapedFor(def.right, depth));
    default:
      return anyJson;
  }
}

function objectFor(def: Def, depth: number): fc.Arbitrary<unknown> {
  const shape = def.shape as Record<string, unknown>;
  const model = Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, shapedFor(child, depth + 1)]));
  const record = fc.record(model, { requiredKeys: [] });
  // Now and then a field the schema does not know, which a strict object must refuse.
  return fc.oneof(
    { weight: 5, arbitrary: record },
    { weight: 1, arbitrary: fc.tuple(record, fc.constantFrom('__proto__', 'constructor', 'extra', 'id2'), anyJson).map(([value, key, extra]) => ({ ...(value as object), [key]: extra })) },
  );
}
