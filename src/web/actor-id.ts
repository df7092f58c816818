// The id of `/api/actors/{id}` for an actor object, computed as src/api/actors.ts actorId() does
// (a unit test compares the two), so actor links need no lookup request.

/** As src/kb/keys.ts nameKey: no case, Latin accents, curly apostrophes or repeated spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

export function actorId(a: { id?: string; name: string }): string {
  if (a.id && /^[0-9A-Za-z_.:-]+$/.test(a.id)) return a.id;
  const key = nameKey(a.name);
  const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  return `name-${slug || [...key].map((c) => c.codePointAt(0)!.toString(16)).join('-').slice(0, 80)}`;
}
