// Table-driven checks of which claims a trailing doubt covers (wave 12). Hand-written sentences
// about invented places, people and groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('14 January 2026', body);
/** Each claim as "claimant (hedged): text", or just "(hedged)"/"" flags when `flagsOnly`. */
const claims = (body: string): string[] => extract(body).claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);
const check = (cases: [string, string[]][]): void => {
  for (const [body, want] of cases) assert.deepEqual(claims(body), want, body);
};

test('a doubt in one clause of a sentence does not reach the clause of another source before it', () => {
  check([
    ['Medical sources in Hpakant reported at least 14 fighters killed from both sides by Monday; state media claimed more than 30 KIA fighters died, a figure that could not be independently verified.',
      ['Medical sources: at least 14 fighters killed from both sides by Monday', 'Junta-controlled media (hedged): more than 30 KIA fighters died']],
    ['Hospital sources said nine people died on Friday; rebel media said 40 soldiers were killed, a number that could not be confirmed.',
      ['Hospital sources: nine people died on Friday', 'rebel media (hedged): 40 soldiers were killed']],
    // Near miss: one source, its own doubt.
    ['The KIA said 20 soldiers were killed near Hpakant, a figure that could not be independently verified.',
      ['Kachin Independence Army (hedged): 20 soldiers were killed near Hpakant']],
  ]);
});

test('doubt wordings: an errand before the check, a figure a party has not confirmed, "has not been verified"', () => {
  check([
    ['The Karen teachers group put the death toll at four, saying a girl died at a clinic on Wednesday. The Wire was not able to reach the clinic to confirm her death.',
      ['Karen teachers group (hedged): put the death toll at four, saying a girl died at a clinic on Wednesday']],
    ['The KNDF said 11 soldiers were killed in Demoso. Reporters were unable to contact the hospital to verify the figure.',
      ['Karenni Nationalities Defence Force (hedged): 11 soldiers were killed in Demoso']],
    ['The Mandalay PDF said its fighters killed eight soldiers, a figure the regime has not confirmed.',
      ["Mandalay People's Defence Force (hedged): its fighters killed eight soldiers"]],
    ['The KIA said 20 soldiers died in the battle. The figure has not been independently verified.',
      ['Kachin Independence Army (hedged): 20 soldiers died in the battle']],
    // Near misses: no comment is no doubt; a confirmation is no doubt.
    ['The KIA said 20 soldiers died in the battle. The army has not commented.',
      ['Kachin Independence Army: 20 soldiers died in the battle']],
    ['The KIA said 20 soldiers died in the battle. A hospital official confirmed the figure.',
      ['Kachin Independence Army: 20 soldiers died in the battle']],
  ]);
});

test('"either figure" / "these figures" weigh every toll before it, told with "put the toll at" or ", killing N"', () => {
  check([
    ['Security sources said at least 11 soldiers had been killed in Hpakant. A local official in Hpakant put the toll among the defenders higher, at "around twenty". These figures could not be independently verified.',
      ['Security sources (hedged): at least 11 soldiers had been killed in Hpakant', 'local official (hedged): A local official in Hpakant put the toll among the defenders higher, at "around twenty"']],
    ['A drone dropped two bombs on the market in Manton, killing four civilians and wounding nine others, according to a rescue worker who asked not to be named. The TNLA put the death toll at six and said the drone came from Namtu. The Wire could not independently verify either figure.',
      ['rescue worker (hedged): A drone dropped two bombs on the market in Manton, killing four civilians and wounding nine others', "Ta'ang National Liberation Army (hedged): TNLA put the death toll at six and said the drone came from Namtu"]],
  ]);
});

test('"could not confirm the number of captives" weighs the claim that counts them, not its neighbour', () => {
  check([
    ['The AA said its troops took the police outpost at Pyin Kauk on Thursday. It said 11 police officers were captured and that the rest fled south. The Wire could not confirm the number of captives.',
      ['Arakan Army: its troops took the police outpost at Pyin Kauk on Thursday', 'Arakan Army (hedged): 11 police officers were captured and that the rest fled south']],
    ['The KIA said it overran the army camp at Hpakant on Monday. It said 30 hostages were freed. The Wire could not verify the figure.',
      ['Kachin Independence Army: it overran the army camp at Hpakant on Monday', 'Kachin Independence Army (hedged): 30 hostages were freed']],
  ]);
});

test('a doubt naming a party in the possessive ("The ARA\'s claim …") weighs only that party\'s claims', () => {
  check([
    ['The Arakan Rohingya Army (ARA) said on Saturday that its fighters had clashed with AA troops in Maungdaw Township. The AA denied that any fighting had taken place there. The ARA\'s claim could not be independently verified.',
      ['Arakan Rohingya Army (hedged): its fighters had clashed with AA troops in Maungdaw Township', 'Arakan Army: The AA denied that any fighting had taken place there']],
    ['The KNU said its fighters shot down a drone near Hpapun. The army denied losing any aircraft. The KNU\'s account could not be confirmed.',
      ['Karen National Union (hedged): its fighters shot down a drone near Hpapun', 'Military Forces of Myanmar: The army denied losing any aircraft']],
    // Near miss: the possessive names the denier, whose claim alone is weighed.
    ['The KNU said its fighters shot down a drone near Hpapun. The army denied losing any aircraft. The military\'s denial could not be confirmed.',
      ['Karen National Union: its fighters shot down a drone near Hpapun', 'Military Forces of Myanmar (hedged): The army denied losing any aircraft']],
  ]);
});

test('"The claim could not be confirmed" weighs the nearest claim only, not the source\'s earlier ones', () => {
  check([
    ['Resistance fighters captured a police outpost at Min Thar village on Sunday, the PDF battalion said. It claimed that three police officers were killed and nine others surrendered. The claim could not be confirmed.',
      ["People's Defence Force: Resistance fighters captured a police outpost at Min Thar village on Sunday", "People's Defence Force (hedged): three police officers were killed and nine others surrendered"]],
    ['The KIA said its troops entered Hpakant on Monday. The group said it had shot down a military helicopter. This account has not been independently verified.',
      ['Kachin Independence Army: its troops entered Hpakant on Monday', 'Kachin Independence Army (hedged): it had shot down a military helicopter']],
    // Near miss: a plural doubt weighs the whole run.
    ['The KIA said its troops entered Hpakant on Monday. The group said it had shot down a military helicopter. The claims could not be independently verified.',
      ['Kachin Independence Army (hedged): its troops entered Hpakant on Monday', 'Kachin Independence Army (hedged): it had shot down a military helicopter']],
  ]);
});

test('a person\'s toll (a quote and a claim) is hedged by a doubt about the figure or the death in the next sentence', () => {
  check([
    ['Saw Ler Wah, a spokesperson for the KNLA 4th Brigade, said nine junta soldiers were killed over the three days. The Wire could not confirm the figure, and the junta has not commented.',
      ['Saw Ler Wah (hedged): nine junta soldiers were killed over the three days']],
    ['Ko Min Thu, a rescue worker in Hpakant, told the Wire that six villagers died in the blast. Reporters were unable to reach the hospital to confirm the deaths.',
      ['Ko Min Thu (hedged): six villagers died in the blast']],
    ['Salai Thang, a Chin Brotherhood spokesman, said 17 soldiers had been killed. The toll could not be independently verified.',
      ['Salai Thang (hedged): 17 soldiers had been killed']],
    // Near misses: a doubt about something else, or a doubt a paragraph later.
    ['Saw Ler Wah, a spokesperson for the KNLA 4th Brigade, said nine junta soldiers were killed over the three days. The Wire could not confirm whether the bridge was still standing.',
      ['Saw Ler Wah: nine junta soldiers were killed over the three days']],
    ['Saw Ler Wah, a spokesperson for the KNLA 4th Brigade, said nine junta soldiers were killed over the three days.\n\nThe Wire could not confirm the figure.',
      ['Saw Ler Wah: nine junta soldiers were killed over the three days']],
  ]);
});
