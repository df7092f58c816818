// A small zod → JSON Schema (2020-12, as OpenAPI 3.1 uses) converter for the zod features our
// schemas use. Named schemas become `$ref`s to components, which is also how the recursive Actor
// type (a z.lazy) is expressed. An unsupported zod type throws, so the OpenAPI test catches it.
import type { ZodTypeAny } from 'zod';

export type JsonSchema = { [key: string]: unknown };

/** Schema instance → component name; converting a named schema anywhere yields its `$ref`. */
export type Components = ReadonlyMap<ZodTypeAny, string>;

interface Check { kind: string; value?: number; inclusive?: boolean; regex?: RegExp }

const withNull = (s: JsonSchema): JsonSchema =>
  typeof s.type === 'string' && !('enum' in s) && !('const' in s)
    ? { ...s, type: [s.type, 'null'] }
    : { anyOf: [s, { type: 'null' }] };

export function toJsonSchema(schema: ZodTypeAny, components: Components, root = false): JsonSchema {
  const name = components.get(schema);
  if (name && !root) return { $ref: `#/components/schemas/${name}` };
  const out = convert(schema, components);
  return schema.description && !out.description ? { ...out, description: schema.description } : out;
}

function convert(schema: ZodTypeAny, components: Components): JsonSchema {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- zod v3 keeps definitions in untyped _def
  const def = schema._def as any;
  const sub = (s: ZodTypeAny): JsonSchema => toJsonSchema(s, components);
  switch (def.typeName as string) {
    case 'ZodString': {
      const out: JsonSchema = { type: 'string' };
      for (const c of def.checks as Check[]) {
        if (c.kind === 'min') out.minLength = c.value;
        else if (c.kind === 'max') out.maxLength = c.value;
        else if (c.kind === 'length') out.minLength = out.maxLength = c.value;
        else if (c.kind === 'regex' && c.regex) out.pattern = c.regex.source;
      }
      return out;
    }
    case 'ZodNumber': {
      const checks = def.checks as Check[];
      const out: JsonSchema = { type: checks.some((c) => c.kind === 'int') ? 'integer' : 'number' };
      for (const c of checks) {
        if (c.kind === 'min') out[c.inclusive ? 'minimum' : 'exclusiveMinimum'] = c.value;
        else if (c.kind === 'max') out[c.inclusive ? 'maximum' : 'exclusiveMaximum'] = c.value;
      }
      return out;
    }
    case 'ZodBoolean': return { type: 'boolean' };
    case 'ZodLiteral': return { const: def.value, type: typeof def.value };
    case 'ZodEnum': return { type: 'string', enum: [...(def.values as string[])] };
    case 'ZodArray': {
      const out: JsonSchema = { type: 'array', items: sub(def.type) };
      if (def.minLength) out.minItems = def.minLength.value;
      if (def.maxLength) out.maxItems = def.maxLength.value;
      return out;
    }
    case 'ZodTuple': return { type: 'array', prefixItems: (def.items as ZodTypeAny[]).map(sub), items: false };
    case 'ZodObject': {
      const shape = def.shape() as Record<string, ZodTypeAny>;
      const required = Object.keys(shape).filter((k) => !shape[k]!.isOptional());
      const out: JsonSchema = {
        type: 'object',
        properties: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, sub(v)])),
      };
      if (required.length) out.required = required;
      if (def.unknownKeys === 'strict') out.additionalProperties = false;
      return out;
    }
    case 'ZodRecord': return { type: 'object', additionalProperties: sub(def.valueType) };
    case 'ZodUnion': return { anyOf: (def.options as ZodTypeAny[]).map(sub) };
    case 'ZodNullable': return withNull(sub(def.innerType));
    case 'ZodOptional': return sub(def.innerType); // optionality lives in the parent's `required`
    case 'ZodDefault': return { ...sub(def.innerType), default: def.defaultValue() };
    case 'ZodEffects': return sub(def.schema); // refinements and transforms: the input shape
    case 'ZodLazy': return sub(def.getter());
    case 'ZodAny':
    case 'ZodUnknown': return {};
    default: throw new Error(`toJsonSchema: unsupported zod type ${String(def.typeName)}`);
  }
}
