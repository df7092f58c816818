// Prints every layer item that falls inside one sentence of the seed article, stage by stage:
// the figures in docs/life-of-an-article.md. Run: npx tsx scripts/life-of-an-article.ts
/* eslint-disable @typescript-eslint/no-explicit-any -- a print-out script over heterogeneous layers */
import { readFileSync } from 'node:fs';
import { articleToDoc } from '../src/ingest/article.js';
import { STAGES } from '../src/pipeline/extract.js';
import { loadPack } from '../src/core/pack.js';
import { defaultDataDir } from '../src/packs/index.js';
const doc = articleToDoc(readFileSync('demo/cni-2026-01-03-bhamo.txt', 'utf8'), {}, 'seed', false);
const pack = loadPack('myanmar', defaultDataDir())!;
const ctx: any = { doc, pack, layers: {} };
const needle = 'While fighting is currently intense in Bhamo';
const s0 = doc.text.indexOf(needle); const s1 = doc.text.indexOf('\n', s0);
const inS = (x: any) => x.start >= s0 && x.end <= s1;
for (const st of STAGES) {
  st.run(ctx);
  console.log(`\n## ${st.name} (requires ${st.requires.join(', ') || '—'}; assigns ${st.assigns.join(', ')})`);
  for (const name of st.assigns) {
    const layer = ctx.layers[name];
    // The tokens layer is not a list but gives the words of a span.
    const items = Array.isArray(layer) ? layer.filter((x: any) => (x.span ? inS(x.span) : inS(x))) : layer.in(s0, s1);
    for (const x of items.slice(0, 8)) {
      const sp = x.span ?? x;
      const short: any = { ...x }; delete short.candidates; delete short.evidence;
      if (short.actor) short.actor = short.actor.id; if (short.location) short.location = { name: short.location.name, admin3_pcode: short.location.admin3_pcode, precision: short.location.precision };
      if (short.actors) short.actors = short.actors.map((a: any) => a.name);
      if (short.place) short.place = short.place.name; if (short.controller) short.controller = short.controller.name;
      console.log(`- ${name} [${sp.start},${sp.end}) "${doc.text.slice(sp.start, sp.end).slice(0, 70)}" → ${JSON.stringify(short).slice(0, 260)}`);
    }
  }
}
