// Event trigger lexicon: which words signal which ACLED sub-event type. Data only; the order is
// the priority when one clause has several triggers (a capture outranks the fighting before it).
import type { SubEventType } from '../../../core/schema.js';
import { AIRCRAFT_STRIKE, STATE_STRIKE } from './state-strike.js';
import { ABDUCT_WORDINGS, BLAST_WORDINGS, CAPTURE_WORDINGS, CLASH_WORDINGS, DRONE_WORDINGS, HANDOVER_WORDINGS, PLUNDER_WORDINGS } from './plain-wordings.js';
import { SIDE_KILL_WORDINGS } from './side-kills.js';
import { BOMB_DAMAGE_WORDINGS, DROPPED_WORDINGS, RAID_KILLING_WORDINGS, SITE_ATTACK_WORDINGS } from './site-wordings.js';

export interface Trigger {
  sub: SubEventType;
  re: RegExp;
  /** Needs words nearby to count (e.g. "bombed" is an air strike only with an aircraft). */
  with?: RegExp;
  /** Where `with` looks: the sentence (default) or the whole paragraph. */
  context?: 'sentence' | 'paragraph';
  without?: RegExp;
  /** The pattern with the pack's names of the state's forces spliced in (PackLexicon.stateForceNames,
   * as `orWords` gives them); `re` is the pattern without them. Built once per pack (trigger-hits.ts). */
  withForces?: (forces: string) => RegExp;
}

/** A trigger pattern naming the state's forces: `build(forces)` is its source with the pack's names
 * as extra branches after "junta" (`junta${forces}|military`). */
function withForces(build: (forces: string) => string, flags: string): Pick<Trigger, 're' | 'withForces'> {
  return { re: new RegExp(build(''), flags), withForces: (forces) => new RegExp(build(forces), flags) };
}

export const TRIGGERS: Trigger[] = [
  // "Hsipaw was given back in mid-November", "gave Mogok back to the military", "gave back Momeik": a place
  // given back is handed back (not "gave back the bodies": a place or a place noun must follow; not
  // "has already given back Mogoke": a state of things summed up, dated elsewhere).
  { sub: 'Non-violent transfer of territory', re: /(?<=\b(?:was|were|been|be|being) )(given back)\b|(?<!\balready )\b((?:gave|given|giving|gives) back)(?= (?:the (?:town|city|village|base|camp|outpost|township)s?\b|[A-Z]))|(?<!\balready )\b(?:gave|given|giving|gives)(?= [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} back to\b)/ },
  // ("handed Lashio, the regional capital it had seized in 2024, back to the military": an appositive between place and "back".)
  { sub: 'Non-violent transfer of territory', ...withForces((F) => String.raw`\b(handed (?:the |over the )?(?:[\w-]+ ){0,3}(?:town|city|village|base|camp|outpost|headquarters|township) of|hand(?:ed|s|ing)? (?:over|back)|handed (?:[\w-]+ ){1,2}(?:over|back)|handed(?= (?:[\w'-]+ ){0,2}?[\w'-]+, [^.;"“”]{1,100}?, (?:back|over)\b)|handover|returned\b[^.;]{0,90}?\bto (?:the )?(?:control|junta${F}|military|regime|government|army)|return(?:ed|s)? to the control of|withdr[eo]w(?:n)? (?:its |their )?(?:troops|forces) from|ceded|gave (?:it|them|the town|the city) up)\b`, 'i'),
    // "ordered to hand over ten names", "handed over the suspects to police": people, lists or arms, not a place.
    without: /^(?:hand(?:ed|s|ing)? (?:over|back)|handover of)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+|his\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of)\s+)?(?:[\w-]+\s+)?(?:names|lists?|money|cash|ransom|weapons|arms|guns|rifles|ammunition|suspects?|recruits|men|people|youths|prisoners|detainees|captives|hostages|bodies|remains|documents|evidence|data|phones|power|authority)\b/i },
  // "troops withdrew from the town after negotiations", "took over the town without a fight":
  // a place changing hands by talks; a bare withdrawal under fire stays a capture.
  // ("the PNLA pulled its fighters out of Naungtayar … under an arrangement brokered by monks": likewise.)
  { sub: 'Non-violent transfer of territory', re: /\b(withdr[eo]w(?:n)? from (?:the |its |their )?(?:town|city|village|base|camp|outpost|garrison|[A-Z][\w-]+)|pulled (?:(?:its|their|the) (?:[\w-]+ )?(?:fighters|troops|forces|soldiers|units) )?out of (?:the )?(?:town|city|village|base|camp|outpost|garrison|[A-Z][\w-]+)|(?:took|taken|take) (?:over|control of) [^.;]{0,40}?\bwithout (?:a fight|fighting|a shot being fired))\b/i,
    // ("pulled its last units out of Kunlong and left the town to the military regime": a place left to the other side.)
    // (Case-sensitive for the names after "left … to": each word's capital spelled out.)
    // ("pulled its last units out of the town on Monday, and regime troops arrived the following day": one side
    // leaving and the other coming in, told with no fighting in the sentence and the state one of the two, is a
    // handover; between two armed groups the one walking in overtakes the place.)
    with: /^(?![^]*\b(?:[Ff]ighting|[Bb]attles?|[Cc]lash\w*|[Bb]ombard\w*|[Ss]hell\w*|[Aa]ssaults?|[Oo]ffensive|[Aa]ttack\w*|[Aa]ir ?strikes?)\b)(?=[^]*\b(?:[Aa]rmy|[Mm]ilitary|[Rr]egime|[Jj]unta|[Gg]overnment)\b)[^]*\band (?:[\w'’()-]+ ){1,8}?(?:arrived|moved in|drove in|marched in|rolled in|walked in|entered)\b|\b(?:[Nn]egotiat\w*|[Tt]alks|[Mm]ediat\w*|[Aa]greement|[Aa]rrangement|[Bb]rokered|[Dd]eal|[Ww]ithout (?:a fight|fighting|a shot|resistance)|(?:left|leaving|leaves|abandon(?:ed|ing|s)?) (?:the |it |them )?(?:(?:town|city|village|base|camp|outpost|garrison)\b|[A-Z][\w'’-]+)[^.;,]{0,50}? to (?:the )?(?:[A-Z]|military\b|junta\b|regime\b|army\b|government\b)|(?:left|leaving|leaves|handing) (?:it|them) (?:over )?to (?:the )?(?:[A-Z]|military\b|junta\b|regime\b|army\b|government\b))/ },
  ...HANDOVER_WORDINGS,
  // "handed Pang War and the town of Chipwi to the KIA": a named place handed to a side; "has since given up Mogoke,
  // Momeik and Kutkai", "gave up the town of X": places given up. Case-sensitive: a name after the verb, not
  // "handed a list of names to the junta" or "gave up hope".
  { sub: 'Non-violent transfer of territory', re: /\b(handed(?= [A-Z][\w'’-]+[^.;"“”]{0,80}? to (?:the )?(?:[A-Z]|military\b|junta\b|regime\b|army\b|government\b))|(?:gave|given|giving|gives) up (?:control of )?(?=[A-Z]|the (?:town|city|village|base|camp|outpost|township)s? of ))/ },
  // ("The attackers briefly occupied the post … before withdrawing": a raid, no change of hands;
  // "briefly captured the police station" is still a capture.)
  // ("shells … fell on Ya Laing", "a mortar round fell near the school": a shell that lands is no town that falls; "fell on Tuesday" still is.)
  { sub: 'Non-state actor overtakes territory', re: /\b((?!(?<=(?:soldiers|officers|troops|personnel|prisoners|prisoners of war|policemen|men|civilians|members) )captured (?:during|in|by|at|while|last|earlier)\b)captur(?:ed|es|ing)|capture of|(?<!\b(?:men|women|people|villagers|civilians|residents|workers|youths|boys|girls|students|passengers|drivers|farmers|traders|relatives|family members|sons|daughters|husbands|children|teenagers|fishermen|monks|hostages|weapons|arms|explosives|ammunition|drugs|rifles|guns|grenades|detonators|documents|phones|vehicles|motorcycles|cash)\b(?:(?!\b(?:said|say|says|told|reported)\b)[^.;]){0,60}\b(?:were|was|had been|have been) )seiz(?:ed|es|ing)(?!\s+power\b)|took (?:full )?control of|taken (?:full )?control of|overr(?:an|un|unning)|fell to|fall of|['’]s fall|fell\b(?! (?:(?:on|upon) (?!(?:the )?\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)|(?:onto|near|beside|around|close to|short|silent|ill|asleep|victim)\b))|(?<!\bbriefly\s)occupied|retook|retaken|retak(?:e|es|ing)|recaptur(?:ed|e|es|ing)|regain(?:ed|s)?|re-?entered|re-?took|re-?occupied|(?<=\b(?:troops|soldiers|forces|army|military|junta|regime|column|fighters|militiamen)\b[^.;]{0,60})(?:marched|moved|drove|rolled|came|poured) back into)\b/i,
    // ("seized power" is a coup, no place taken; "junta troops marched back into Thabeikkyin": armed men returning take the place back.)
    // ("captured the police station" alone is a raid's object; "captured the police station at Myitta" takes the place.)
    // ("seized one drone, two hand grenades and a rifle": a list of arms is a haul, commas and all.)
    // (Counted people are captives, "captured two soldiers"; counted bases are places, "captured two junta outposts";
    // "dozens of bases" is a tally; "seized motorcycles and rice from villagers" is plunder.)
    without: /\b(?:(?:took|taken|taking|seized|seizing|captured) (?:away |at least |about |some |more than )?(?:him|her|them|his|their|its|our|my|several|dozens|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! (?:[\w'’-]+ ){0,2}(?:outposts?|bases?|camps?|positions|towns|villages|posts|checkpoints|garrisons|strongholds|hilltops?)\b))\b|(?:seiz(?:ed|ing)|captured) (?:[\w-]+,? ){0,5}(?:arms|weapons|rifles?|guns|explosives|ammunition|grenades|drugs|cache|drones?|detonators)|seiz(?:ed|ing) (?:\w+ ){0,3}(?:motorcycles?|motorbikes?|cars|vehicles|trucks|rice|food|livestock|cattle|buffaloes|money|cash|valuables|belongings|mobile phones|gold)\b(?! (?:mills?|fields?|mines?)\b)|(?:seiz(?:ed|ing)|took|taken|captured|occupied) (?:the |a )?(?:[\w-]+ ){0,2}(?:police station(?! (?:at|in) [A-Z])|offices?|hospital|school|bank)|regained (?:about |some |nearly )?\d+ percent|taken from|seized from (?:a |an |the |his |her |their )?(?:[\w-]+ )?(?:house|home|car|vehicle|truck|shop|room|hideout|safe ?house)\b|took (?:part|place|office|power|over the role)|taken (?:part|place|prisoner|away|to)|took (?:\w+ )?(?:prisoner|photos?|refuge|shelter)|took (?:him|her|them|his|their)\b|seized (?:\d+|two|three|four|five|six|several|a number of)? ?(?:weapons|arms|ammunition|mines|phones?|documents|vehicles|drugs|explosives|detonators?|hand-made)|taking (?:part|shelter)|took up|taken to|seiz(?:ed|ing) (?:a |an |the |some )?(?:homemade |home-made |hand-made |improvised )?(?:mines?|landmines?|explosives?|bombs?|detonators?)\b)/i },
  // "took" and "lost" are everyday verbs: they count only with a place or a side after them
  // ("took the town", "took Kyondoe", "lost Hsipaw to the TNLA"), matched case-sensitively.
  // ("Kyauktaw was taken by the AA", "Thandwe was taken in December 2024": a passive "taken" with a
  // place for its subject, which index.ts asks of the places; people taken are not this.)
  // ("Falam, a town the Chinland Council took in April 2025", "Banmauk, which the KIA had taken on
  // 15 February": a relative clause whose object is the place before it; apposed-capture.ts and
  // places.ts place it.)
  { sub: 'Non-state actor overtakes territory', ...withForces((F) => String.raw`\b(lost(?! ground)(?=[^.;]{0,80}\bto (?:the |a |an )?(?:[A-Z]|junta${F}|military|regime|army|resistance|rebels?|insurgents?|government|troops|forces|militias?)\b)|(?:tak(?:en|es|ing)|took)(?= (?:over |back |full control of |control of )?(?:the |a |an )?(?:(?:[\w'’-]+ ){0,2}?(?:town|city|village|base|camp|outpost|garrison|headquarters|post|positions?)s?\b|[A-Z]))|(?<=\b(?:was|were|been) )taken(?= (?:by|in|on|during|after|last|earlier)\b)|(?<=\b(?:town|city|village|base|camp|outpost|garrison|headquarters|stronghold|capital|seat)s? (?:that |which )?(?:the )?(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}|it|they) (?:had |has |have )?(?:first |already |briefly |finally )?)took(?= (?:in|on|during|last|early|late|from)\b)|(?<=, which (?:the )?(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}|it|they) (?:had |has |have )?(?:first |already |briefly |finally )?)(?:took|taken)(?= (?:in|on|during|last|early|late|from)\b))`, '') },
  // "Kanpetlet has been ours since we took it in January 2024": "it" is the place the clause before names.
  { sub: 'Non-state actor overtakes territory', re: /(?<=\b(?:has|have|had) (?:been|stayed|remained) [^.;]{1,40}? since (?:we|they|it|the [\w-]+|[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:first )?)(?:took|captured|seized|liberated) it(?= (?:in|on|during|last|early|late)\b)/ },
  // "the rebels entered the city of X … the army had left its positions": entering a place the other
  // side gave up is taking it; "entered" alone (a raid, a search) is not.
  { sub: 'Non-state actor overtakes territory', re: /(?<![\w-])(entered (?:the (?:city|town|village|provincial capital|capital) of )?[A-Z][\w-]+|entry into [A-Z][\w-]+)/, context: 'paragraph',
    with: /\b(?:withdr[eo]w|withdrawn|withdrawal|withdrawing|had left (?:its|their) positions|left (?:its|their) positions|abandoned (?:its|their) positions|retreated|pulled out|without (?:a fight|resistance))\b/i },
  // "the army had driven the militia out of X", "pushed junta troops out of the town": forcing the
  // other side out of a place is taking it (the pulled-out-under-a-deal case is a handover above).
  { sub: 'Non-state actor overtakes territory', re: /\b((?:drove|driven|drive|drives|driving|pushed|chased|forced|kicked) (?:the |its |their |all |remaining )?(?:[\w'’-]+ ){1,4}?out of)(?= (?:the |a |an |its |their )?(?:[\w-]+ )?(?:town|city|village|base|camp|outpost|garrison|headquarters|area|[A-Z]))/ },
  // "drove out the junta garrison in Mansi", "had driven out the last regime troops from Paletwa":
  // the phrasal verb with its object after "out" is the same taking, when the object is a force
  // ("drove out residents", "drove out of Hsipaw" are no capture). The place the force held
  // ("stationed in Namtu", "from Paletwa") is in the trigger: it is the place taken, not the doers' base.
  { sub: 'Non-state actor overtakes territory', re: /\b((?:drove|driven|drive|drives|driving|pushed|chased|kicked) out (?:the |a |an |its |their |all |remaining |last )?(?:(?:last|remaining|small|local|whole|entire|regime|junta|military|army|government|police|[A-Z][\w'’-]*) )*(?:garrisons?|troops|soldiers|forces|army|military|junta|regime|police(?:men)?|battalions?|units?|defenders|militias?|militiamen|fighters|rebels|insurgents|guerrillas)\b(?: (?:(?:stationed|based|posted) )?(?:in|at|from) (?:the (?:town|city|village|base|camp) of )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?)/ },
  // "its troops had "liberated" the village of X": the taker's own word for a capture.
  { sub: 'Non-state actor overtakes territory', re: /\b(liberat(?:ed|es|ing)["”’]? (?:the |a )(?:[\w-]+ )?(?:village|town|city|settlement|base|camp|outpost)\b)/i },
  ...CAPTURE_WORDINGS,
  ...DRONE_WORDINGS,
  // Gunships firing on a village are an air attack.
  // "RSF drones attacked the power station": drones as the subject of an attack verb.
  // ("helicopter gunships and troops attacked a monastery school": aircraft named first lead a joint raid, an air attack.)
  // ("a junta drone hit a gold mining camp": one drone hits as "drones hit" and "a drone struck" do;
  // "the drone hit the market" tells again a strike told before.)
  { sub: 'Air/drone strike', re: /\b((?:helicopters?|gunships?|jets?|aircraft|warplanes?|fighter planes?) (?:opened fire|fired|strafed)|(?:helicopters?|gunships?|jets?|warplanes?|fighter planes?) (?:and (?:ground )?(?:troops|soldiers|forces) )?(?:had )?(?:attacked|raided)|drone (?:units?|teams?) (?:had )?(?:attacked|struck|bombed|hit)|drones (?:had )?(?:attacked|targeted|hit|slammed into|crashed into|smashed into)|(?<=\b(?:a|an|one|another|junta|regime|military|army|kamikaze|suicide|armed)\s)drone (?:had )?(?:hit|attacked|targeted|slammed into|crashed into|smashed into)(?= (?:a|an|the|two|three|four|several|[A-Z])\b))\b/i },
  // "two navy gunboats … opened fire on the village", "a warship fired shells": fire from the water is a bombardment
  // (frigates, destroyers and corvettes are warships too).
  { sub: 'Shelling/artillery/missile attack', re: /\b((?:gun ?boats?|warships?|frigates?|destroyers?|corvettes?|(?:navy|naval) (?:vessels?|ships?|boats?|craft))\b[^.;]{0,60}?\b(?:opened fire|fired|shelled|bombarded))\b/i },
  // "a suicide car bomb", "a suicide truck bomber": the vehicle between the two words.
  { sub: 'Suicide bomb', re: /\bsuicide (?:(?:car|truck|lorry|vehicle|motorcycle) )?(?:bomb(?:er|ing|s)?|attack)/i },
  // Stun and smoke grenades are crowd control, not explosive attacks.
  // Grenades held, seized or found ("arrested in possession of hand grenades") were not thrown.
  { sub: 'Grenade', re: /(?<!\b(?:stun|smoke|tear[- ]gas) )(?<!\b(?:possession of|possessing|carrying|seized|seizing|confiscated|found|recovered|smuggling|stockpiled)\s(?:[\w-]+,?\s){0,6})\bgrenades?\b/i },
  // "The regime struck back" is retaliation in general, not a strike.
  { sub: 'Air/drone strike', re: /\b(air ?strikes?|airstrikes?|air attacks?|air raids?|drone (?:strikes?|attacks?)|(?:military|aerial) strike|bomb(?:ed|ing|s)|(?:dropped|dropping|(?<=\b(?:to|used to|began to|started to) )drop) (?:\w+ ){0,3}(?:bombs?|explosives|explosive charges?|munitions|grenades|(?:mortar )?shells)|bombs? (?:fell|hit|landed)|(?<!\b(?:artillery|shells?|mortars?|rockets?|missiles?) (?:had |has |have )?)struck(?! back\b)|strike (?:on|against) (?:(?:a|an|the) (?:[\w-]+ )?|(?:[\w-]+ ){1,3}(?=village|town\b))(?:monastery|village|school|hospital|church|market|camp|town|house|home))\b/i, context: 'paragraph',
    with: /\b(air ?strikes?|airstrikes?|air attacks?|air raids?|aircraft|jets?|planes?|helicopters?|drones?|paragliders?|air force|warplanes?|bombers?|dropped|from the air)\b/i },
  STATE_STRIKE,
  ...DROPPED_WORDINGS,
  AIRCRAFT_STRIKE,
  { sub: 'Shelling/artillery/missile attack', re: /(?<!\b(?:backed|supported|aided|helped|covered) by (?:[\w-]+ ){0,4})(?<!\b(?:sounds?|noise|booms?|thuds?|roar) of (?:heavy )?)(?<!\b(?:traded|trading|exchanged|exchanging) (?:heavy )?)\b(shell(?:ed|ing|s)?|artillery|mortar (?:fire|shells?|rounds?|attack)|rockets?|missiles?|heavy weapons)\b/i, without: /\bmortar rounds\b(?! (?:fell|hit|struck|landed))|^(?:shelling|artillery(?: fire)?|heavy weapons)\s+(?:(?:was|were|could be|could still be|had been|can be)\s+)?(?:(?:clearly|still|also)\s+)?(?:heard|audible)\b|^artillery\s+(?:range|cover|support)|^(?:artillery|heavy weapons|rockets|missiles)\s+(?:that|which)\s+(?:now\s+|still\s+)?(?:sits|stands|remains|lies|is|are)\b/i },
  // "bombs fell on the market" with no aircraft in the paragraph (the air-strike trigger above
  // wants one): a bombardment of unknown means, as ACLED codes it.
  { sub: 'Shelling/artillery/missile attack', re: /\b(bombs? (?:fell|landed|rained|hit)|bombarded)\b/i },
  ...BOMB_DAMAGE_WORDINGS,
  // "a parcel delivered to the party office exploded", "a letter bomb": a bomb sent by post.
  { sub: 'Remote explosive/landmine/IED', re: /\b((?:parcel|package|letter)(?: bombs?)?\b[^.;]{0,140}?\b(?:exploded|blew up|detonated|went off)|(?:parcel|letter|package) bombs?)\b/i },
  // "a car packed with explosives blew up", "a motorcycle rigged with explosives": a vehicle bomb told without the word.
  // ("the bomber drove a truck packed with explosives into the gate": a suicide attack told again, not a remote bomb.)
  { sub: 'Remote explosive/landmine/IED', re: /(?<!\b(?:drove|drives|driving|rammed|rams|ramming|steered)\s+(?:a|an|the|his|her|their)\s+)\b((?:car|truck|lorry|vehicle|van|motorcycle|motorbike|bicycle|tricycle|cart)s? (?:packed|laden|loaded|rigged|filled|stuffed|fitted) with (?:explosives|bombs?|an? (?:bomb|explosive device)))\b/i },
  { sub: 'Remote explosive/landmine/IED', re: /\b(blew up|blown up|blowing up|dynamited|mines? (?:planted|laid|placed)|bomb (?:exploded|went off|blast)|explosion|blast|landmines?|mines? (?:exploded|blast)|stepped on a mine|IEDs?|roadside bombs?|improvised explosive|explosive devices?|car bomb|bomb attack|planted (?:the |a |two |three |several )?(?:devices?|bombs?|explosives))\b/i },
  { sub: 'Sexual violence', re: /\b(rap(?:ed|e|ing)|sexual(?:ly)? (?:assault(?:ed)?|violence|abuse(?:d)?))\b/i },
  // "workers … were seized by soldiers": people as the subject of a passive seizure are carried off.
  { sub: 'Abduction/forced disappearance', re: /(?<=\b(?:men|women|people|villagers|civilians|residents|workers|youths|boys|girls|students|passengers|drivers|farmers|traders)\b(?:(?!\b(?:said|say|says|told|reported)\b)[^.;]){0,60}\b(?:were|had been|have been) )(seized)\b/i },
  { sub: 'Abduction/forced disappearance', re: /\b((?:took|taken|seized|seizing|dragged|dragging|led)\s+(?:away\s+)?(?:at least\s+|about\s+|some\s+|more than\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of)?\s*(?:young\s+|other\s+)?(?:men|women|people|villagers|civilians|residents|boys|girls|students|children|youths|teenagers|passengers)|abduct(?:ed|ion|s)?|kidnap(?:ped|ping|s)?|forcibly (?:recruited|conscripted|taken)|forced recruitment|taken away|disappeared|whereabouts (?:are|remain) unknown)\b/i },
  ...ABDUCT_WORDINGS,
  { sub: 'Excessive force against protesters', re: /\b(opened fire(?: with [\w ]{1,25}?)? on|opened fire|began shooting|shot (?:dead|at)?|fired (?:live (?:rounds|ammunition)|on)|killed)\b/i, with: /\b(protest(?:ers|ors|ing)?|demonstrat(?:ors|ion|ions)|marchers|rall(?:y|ies))\b/i },
  // Before the intervention: protesters throwing stones make the demonstration a riot, police action and all.
  { sub: 'Violent demonstration', re: /\b(stormed|ransacked)\b/i, with: /\b(?:crowd|protesters|demonstrators|residents|villagers|rioters)\b[^.;]{0,60}\b(?:stormed|ransacked)\b/i },
  // "riot police", "anti-riot units": the force sent against a crowd, not a riot.
  { sub: 'Violent demonstration', re: /(?<!\banti-)\b(riot(?:s|ers|ing|ed)?(?! (?:police(?:men)?|gear|squads?|shields?|control|units?|troops|officers)\b)|violent (?:protest|demonstration)|protesters (?:set fire|torched|stormed|threw))\b/i },
  { sub: 'Protest with intervention', re: /\b(broke up|dispersed|break up|crack(?:ed)? down on|tear gas|water cannon|(?:detained|arrested) (?:\w+ ){0,3}(?:participants|protesters|demonstrators|marchers))\b/i, with: /\b(protest|demonstrat|gathering|rally|march|strike|crowd)/i },
  // "… took to the streets to protest. Police fired tear gas to disperse them.": crowd-control
  // weapons used on a crowd the paragraph names.
  { sub: 'Protest with intervention', re: /\b((?:fired|used|lobbed|shot) (?:tear gas|water cannon|rubber bullets))\b/i, with: /\b(?:protest(?:ers|ors)?|demonstrat\w*|took to the streets|rall(?:y|ies)|marchers)\b/i, context: 'paragraph' },
  // "a local vigilante leader said": a vigilante group's member speaking is no mob.
  // "a flash mob protest": a brief staged gathering, no crowd violence.
  { sub: 'Mob violence', re: /(?<!\bflash[- ])\b(mob|lynch(?:ed|ing)?|vigilantes?(?! (?:leaders?|groups?|commanders?|members?|chiefs?|spokes(?:man|woman|person)|forces?|militias?)\b)|beat (?:\w+ )?to death)\b/i },
  // A crowd killing someone by hand is mob violence; soldiers doing it are an attack (below).
  { sub: 'Mob violence', re: /\b(beat (?:\w+ ){0,3}to death|beat and burned|burned (?:\w+ ){0,3}alive|hacked (?:\w+ ){0,3}to death)\b/i,
    with: /\b(?:crowd|mob|residents|villagers|locals)\b[^.;]{0,60}\b(?:beat|burned|hacked)\b/i },
  // "traders observed a shutter-down strike", "a general strike called by the committee": a strike
  // of shops or workers is a protest (ACLED); "air strike", "drone strike" are not this wording.
  { sub: 'Peaceful protest', re: /\b((?:shutter-?down|wheel-?jam|general|hunger) strikes?|observed (?:a |an )?(?:complete |total |province-wide |citywide |city-wide )?strike)\b/i },
  // ("lodged a protest with the Myanmar side": a government's diplomatic complaint, no gathering;
  // "one of the groups that has organised street protests against the coup since 2021": a series told as a habit.
  // "staged a flash march": the noun after an article, never the month.)
  { sub: 'Peaceful protest', re: /(?<!\b(?:lodged|lodge|lodges|filed|sent|delivered|issued) (?:a |an )?(?:formal |strong |diplomatic |official )?)(?!(?<=\b(?:has|have|had)\s+(?:\w+\s+)?(?:organi[sz]ed|staged|held|led|joined)\s+(?:[\w-]+\s+){0,2})(?:protests|rallies|demonstrations|marches)\b[^.;]{0,40}?\bsince\b)\b(protest(?:ed|s|ers|ors)?|demonstrat(?:ed|ion|ions|ors)|rall(?:y|ied|ies)|marched|sit-in|strike against|(?<=\b(?:staged|held|led|joined|organi[sz]ed) (?:a|an) (?:[\w-]+ )?)march)\b/i,
    // "soldiers marched into the village" is no protest: marches need protest words around them;
    // "protest leaders said" names people, not a protest.
    without: /^protest (?:leaders?|organi[sz]ers?|groups?|movement)\b|^demonstrations? of (?:\w+ ){0,2}(?:power|strength|force|might|capabilit\w*|technolog\w*|products?|how)\b|^demonstrated (?:by|that|how|its|their|his|her|the|a|an)\b/i,
    with: /\b(?:protest|demonstrat|rall(?:y|ied|ies)|banners?|slogans?|chant|placards?|boycott|sit-in|strike against|marched peacefully|marched (?:[\w-]+ ){0,6}?(?:against|to demand|in support of|in solidarity))/i },
  // "Around 200 of the displaced gathered outside the municipal palace to demand …", "hundreds of people
  // gathered outside the press club, demanding …": a crowd gathering to press a demand is a protest.
  { sub: 'Peaceful protest', re: /(?<=\b(?:people|residents|villagers|displaced|workers|farmers|families|relatives|students|traders|women|men|hundreds|thousands|dozens|crowds?)\b[^.;]{0,60}?)\b(gathered|assembled|converged)(?=[^.;]{0,140}?\b(?:to demand|demanding|to call for|calling for|to denounce|denouncing|to condemn|condemning|to press for|under the banner)\b)/i },
  // Strikes and walkouts: workers stopping work in protest ("junior doctors stopped work", "a
  // shutter-down strike"); a strike launched from the air or by drones is not one.
  { sub: 'Peaceful protest', re: /\b(walk-?outs?|walked out|stopped work|stop(?:ped)? working|downed tools|went on strike|(?:are|were|was|is|been) on strike|(?:general|shutter-down|wheel-jam|hunger|labou?r|workers['’]?) strikes?|(?:staged|held|called|observed|joined|began) (?:a |an |the )?(?:[\w-]+ )?strike)\b/i,
    without: /\b(?:air|drone|missile|military|aerial|artillery|rocket|precision|retaliatory|pre-?emptive|strategic|surgical|lightning|counter|first)[- ]?strike/i,
    with: /\b(?:workers|doctors|nurses|medics|staff|employees|teachers|traders|shopkeepers|merchants|students|drivers|miners|labou?rers|civil servants|unions?|shops|businesses|markets|protest\w*)\b/i },
  // "were picked up by plainclothes police", "Police picked him up at his home": an arrest told plainly.
  { sub: 'Arrests', ...withForces((F) => String.raw`\b(picked up(?= by (?:[\w-]+ ){0,2}(?:police(?:men)?|soldiers|troops|security forces|officers|authorities|junta${F}|military)\b)|(?<=\b(?:police(?:men)?|officers|soldiers|troops|authorities) (?:later |then )?)picked (?:up|him|her|them))\b`, 'i') },
  // "took the men away", "led them away": people carried off, the object before "away".
  { sub: 'Abduction/forced disappearance', re: /\b((?:took|led|dragged|carried) (?:the (?:[\w-]+ )?(?:men|women|villagers|youths|boys|girls|people|students|farmers)|them|him|her) away)\b/i },
  { sub: 'Arrests', re: /\b(arrest(?:ed|ing)|arrests? of|detain(?:ed|ing|s)?|detention of|rounded up|taken into custody)\b/i, without: /\b(?:remain in detention|in detention across|political prisoners)\b/i },
  // "more than 50 people were killed in a single night in Zike village": people killed at a named place with no
  // weapon or fight named are an attack on civilians (a strike, a blast or a clash in the clause is its own trigger).
  { sub: 'Attack', re: /(?<=\b(?:people|civilians|villagers|residents|farmers|worshippers|passengers|traders|herders|miners|women|children|men)\s+(?:were|had\s+been|have\s+been)\s+)(?:shot\s+dead|killed|massacred|murdered|slaughtered|hacked\s+to\s+death|burned\s+alive|executed)\b(?=[^.;]{0,60}?\b(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}[A-Z])(?!\s+(?:in|by|during|when|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:clash|clashes|fighting|battles?|crossfire|strikes?|airstrikes?|air\s+strikes?|bombings?|shelling|explosions?|blasts?|accidents?|floods?|landslides?|earthquakes?|fires?|collapse|stampede|drone|jets?|mines?|landmines?))/i },
  // "attacked a funeral gathering", "attacked mourners": an attack on a civilian gathering.
  // "Gunmen attacked a mosque in Fambita", "attacked a camp for displaced people": an attack on a place of civilians.
  // (Armed men attacking a base or a column fight: the Armed clash trigger below; aircraft or drones attacking: an air strike above.)
  { sub: 'Attack', re: /(?<!\b(?:drones?|aircraft|jets?|helicopters?|gunships?|warplanes?|planes?)\s+(?:had\s+|have\s+|has\s+)?)\b(attack(?:ed|ing) (?:a |an |the )?(?:(?!(?:military|police|gendarmerie|army|navy|naval|cadets?|officers?|training|junta|regime|militia)\b)[\w'’-]+ ){0,2}?(?:villages?|mosques?|churche?s?|monaster(?:y|ies)|temples?|pagodas?|markets?|schools?|hospitals?|clinics?|camps? for (?:the )?(?:internally )?(?:displaced|refugees)|displacement camps?|IDP camps?|refugee camps?|buses|bus|weddings?|funerals?|worshippers|villagers|civilians|passengers|farmers|traders))\b/i },
  { sub: 'Attack', re: /\b(attack(?:ed|s)? (?:on )?(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:funeral|mourners|wedding (?:party|guests|ceremony)|worshippers|congregation))\b/i },
  // "opened fire on villagers, killing two", "fired into a crowd", "gunned down": shooting at civilians.
  // (Journalists a statement was sent or told to are its audience, not victims: "said in a message to journalists".)
  // ("shots were fired on the morning of February 14": a time, not a target.)
  { sub: 'Attack', re: /\b((?:opened fire|fired) (?:on|at)(?! (?:the )?(?:morning|afternoon|evening|night|day|weekend|dawn|dusk|midnight|noon|around|about|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)|fired into|gunned down|killed|shot dead|shot|executed|massacred?|burned alive|beheaded|tortured|murdered|stabbed|beat(?:en)?|bodies of|found dead)\b/i,
    with: /\b(civilians?|villagers?|residents?|farmers?|herders?|shepherds?|fishermen|labou?rers|vendors?|administrators?|village heads?|children|women|men|man|woman|boy|girl|(?:school)?teachers?|shopkeepers?|tailors?|carpenters?|pastors?|priests?|(?:an?|two|three|four|five|\d+) (?:[\w-]+ ){0,2}?drivers?|monk|people(?!['’]s\b)|family|families|students?|worshippers|passengers|displaced|patients|nurses?|doctors?|medics|(?:aid|health) workers|(?<!\b(?:to|told|briefed|informed|with)\s+(?:the\s+|local\s+|foreign\s+|visiting\s+)?)journalists|mourners|funerals?|traders?|informers?|informants?|dalans?|spies|detainees|prisoners|captives|hostages|inmates|couples?|elderly|pupils|infants?|bab(?:y|ies)|toddlers?|nuns?|novices?|grand(?:mother|father)s?|mothers?|fathers?|sons?|daughters?|husbands?|wives|wife|teenagers?)\b/i,
    // "… were killed in an exchange of fire with security personnel", "killed in a firefight with troops": the dead
    // of a gunfight are that battle's toll, whoever the sentence names among them ("among them a woman cadre").
    without: /^(?:killed|shot dead)\s+in\s+(?:an?\s+|the\s+)?(?:(?:brief|heavy|fierce|intense|ensuing|subsequent|hour-long)\s+)?(?:exchange\s+of\s+fire|gunfight|gun\s+battle|firefight|fire\s*fight|shoot-?out|encounter)\b/i },
  // "was accused of killing eight villagers during a raid", "blamed for executing two farmers": a
  // killing laid at a side's door is an attack on civilians (the bare "…, killing two" follows another trigger).
  // A counted or definite victim makes it one incident; "accused both sides of killing civilians" is a charge.
  { sub: 'Attack', re: /(?<=\b(?:accused|suspected|blamed|responsible|condemned)\b[^.;]{0,40}?\b(?:of|for) )(killing|murdering|executing|massacring|torturing|shooting dead|gunning down|beating to death)(?= (?:at least |some |about |more than |over |up to )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several|the)\b)/i,
    with: /\b(civilians?|villagers?|residents?|farmers?|children|women|men|man|woman|boys?|girls?|people(?!['’]s\b)|family|families|teenagers?|monks?|students?|teachers?|traders|village heads?|administrators?|journalists?|nurses?|doctors?)\b/i },
  // "shot dead U Aung Kyaw Moe, 47, outside his house": a named victim given with an age is a person
  // killed, not a fighter in a battle (the name is matched case-sensitively).
  { sub: 'Attack', re: /\b(shot dead|gunned down|killed|murdered|executed|stabbed to death)\b/, with: /\b(?:shot dead|gunned down|killed|murdered|executed|stabbed to death) (?:[A-Z][\w'’-]* ){1,4}?[A-Z][\w'’-]+, (?:aged )?\d{1,2},/ },
  // "security forces carried out an intelligence-based operation …, killing 11 terrorists": an
  // operation that kills fighters is a clash with them.
  // "Commandos … killed the last of the attackers", "police shot dead three gunmen": forces killing armed men fought them.
  { sub: 'Armed clash', re: /(?<=\b(?:commandos|troops|soldiers|security forces|special forces|police(?:men)?|officers)\b[^.;]{0,100}?)\b(?:killed|shot dead) (?:the last (?:of the |two |three |\w+ )?|all (?:of )?the |the (?:remaining )?|(?:two|three|four|five|six|\d+) (?:of the )?)(?:attackers|gunmen|militants|insurgents|assailants|fighters)\b/i },
  // "Unidentified gunmen shot dead a police officer", "fighters killed two soldiers at a checkpoint":
  // armed men who kill police or soldiers fight them (security-victims.ts turns such an attack on civilians, too).
  { sub: 'Armed clash', re: /(?<=\b(?:gunmen|fighters|militants|rebels|insurgents|attackers|assailants|armed men|guerrillas|resistance forces)\b[^.;]{0,60}?)\b(shot dead|killed|gunned down|shot and killed)(?= (?:an? |one |two |three |four |five |six |seven |eight |nine |ten |\d+ |several )(?!(?:off-duty|retired|former|unarmed)\b)(?:[\w-]+ ){0,2}?(?:police officers?|policem[ae]n|soldiers?|troops|security personnel|border guards?)\b(?!['’]))/i },
  { sub: 'Armed clash', re: /\b((?:carried out|conducted|launched) (?:an? |the )?(?:[\w-]+ ){0,2}operations?)\b/i,
    with: /\bkill(?:ed|ing) (?:\w+ ){0,3}(?:militants|terrorists|insurgents|rebels|fighters|gunmen|attackers|bandits|jihadists)\b/i },
  { sub: 'Armed clash', ...withForces((F) => String.raw`\b(clash(?:ed|es|ing)?|fighting|battles?|battled|battling|fought|offensive (?:on|against|in|to take)|launched (?:an |a |its )?offensive|(?:operation|offensive) (?:began|started)|assault(?:ed)?|ambush(?:ed|es)?|skirmish(?:es)?|(?:met|meet|meets|encountered) (?:with )?(?:stiff |fierce |heavy |strong )?resistance|(?<=\b(?:columns?|troops|soldiers|convoys?|patrols?|security forces|units?|battalions?|outposts?|posts?|bases?|positions?)\b[^.;]{0,120}?)came under (?:heavy |sustained |an? )?(?:attack|fire|assault)|(?<!\b(?:drone|air|missile|rocket|artillery|mortar|grenade|bomb)\s)(?:hit|raided) (?:a |an |the )(?:[\w'’-]+ ){0,2}?(?:column|convoy|patrol)s?|(?<!\b(?:drone|air|missile|rocket|artillery|mortar|grenade|bomb)\s)(?:attack(?:ed|s|ing)?|opened fire) (?:on )?(?:a |an |the )?(?:(?!(?:since|after|before|when|while|until|during|as|by|from)\b)[\w'’-]+ ){0,2}?(?:military|junta${F}|regime|army|base|outpost|camp|column|positions?|convoy|police station|troops)|(?:raided|stormed) (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:post|outpost|base|police station|checkpoint|garrison|barracks)s?\b|fired (?:on|at) (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:police (?:post|station|outpost)|military (?:post|base|camp|outpost)|army (?:post|base|camp|outpost)|checkpoint)s?|firefights?|gun-?fights?|gunbattles?|shoot-?outs?|exchanges? of (?:heavy |gun|small-arms |artillery |mortar )?fire|exchang(?:ed|ing) (?:heavy |gun|small-arms |artillery |mortar )?fire|traded (?:heavy |gun|small-arms |artillery |mortar )?fire)\b`, 'i'),
    // "fighting alongside the KNLA" names an ally, not a battle; "the ambush site" names a place.
    without: /^fighting alongside\b|^(?:ambush|battle|clash|fighting) (?:site|scene)\b/i },
  // "The KIA attacked Bhamo on Monday": armed men attacking a town fight those who hold it
  // ("attacked Nyaung Pin village" is an attack on its people: the Attack trigger above).
  { sub: 'Armed clash', re: /(?<!\b(?:was|were|been|being|be|is|are)\s)\b(?:attacked)(?! (?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?= (?:the (?:town|city) of )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b(?! [A-Z])(?! (?:villages?|camps?|residents|villagers|civilians)\b))/ },
  ...CLASH_WORDINGS,
  ...SIDE_KILL_WORDINGS,
  ...SITE_ATTACK_WORDINGS,
  ...BLAST_WORDINGS,
  ...RAID_KILLING_WORDINGS,
  { sub: 'Agreement', re: /\b((?:arrangement|agreement|deal|handover|ceasefire|truce) (?:was |were )?(?:agreed|reached|struck) (?:at|in|on) (?:a |the )?(?:meeting|talks)|terms (?:were )?agreed (?:at|in|during) (?:the )?(?:[\w-]+ )?(?:talks|meeting|negotiations)|(?:ceasefire|truce|deal|agreement|pact)\b[^.;]{0,30}?\b(?:agreed|signed|reached|struck) (?:in|at|on)\b|signed (?:a |an )?(?:\w+ ){0,3}(?:agreement|ceasefire|truce|deal|pact|accord)|(?:agreement|ceasefire|truce|deal) (?:was |were )?(?:signed|reached|struck|agreed)|agreed (?:to|on) (?:a )?(?:ceasefire|truce)|(?:reached|struck|brokered) (?:a |an )?(?:[\w-]+ ){0,2}?(?:agreement|truce|ceasefire|accord|pact) with|(?:ceasefire|truce) (?:took effect|came into force)|prisoner (?:exchange|swap)|exchange of (?:prisoners|detainees|captives)|(?:exchange|swap) (?:took place|was held|was carried out)|(?:releas(?:ed|ing)|freed) [^.;]{0,80}?\bin exchange for)\b/i },
  // "troops burned more than 100 houses": burning with buildings as its object ("burned alive" is an attack).
  { sub: 'Looting/property destruction', re: /\b(loot(?:ed|ing)|torch(?:ed|ing)|razed|burn(?:ed|t) down|set (?:\w+ )?fire to|destroy(?:ed|ing) (?:\w+ ){0,3}(?:houses|homes|buildings|villages?|property|shops)|burn(?:ed|t|ing) (?:[\w,-]+ ){0,4}(?:houses|homes|buildings|villages?|shops|huts|granaries|schools?|churches|monaster(?:y|ies)|property))\b/i },
  ...PLUNDER_WORDINGS,
  // "more than 100 houses were destroyed": the buildings as the subject of a passive.
  { sub: 'Looting/property destruction', re: /(?<=\b(?:houses|homes|buildings|shops|huts)\s+(?:were|had been|have been)\s+(?:\w+ly\s+)?)(destroyed|burned|burnt|torched|razed|set (?:on fire|alight))\b/i },
  { sub: 'Headquarters or base established', re: /\b((?:set up|established|opened|built) (?:a |an |its |their )?(?:new )?(?:\w+ ){0,2}(?:base|camp|headquarters|outpost|garrison|office|administration)|(?:moved|relocated|shifted) (?:its|their) (?:\w+ )?(?:headquarters|base|command))\b/i },
  // "launched three drones at the airport and all of them had been shot down": the drones told
  // before a passive downing.
  { sub: 'Disrupted weapons use', re: /\b((?:were|was|had been|have been|being) (?:all )?(?:shot down|intercepted|downed|jammed))\b/i,
    with: /\b(?:drones?|missiles?|rockets?|aircraft|UAVs?)\b/i },
  { sub: 'Disrupted weapons use', re: /\b(defus(?:ed|ing)|(?:seized|found|discovered|confiscated) (?:\w+ ){0,6}(?:mines?|explosives?|bombs?|detonators?|weapons cache|rifles|guns|grenades|ammunition)|foiled|intercepted|shot down (?:[\w-]+ ){0,3}(?:drones?|aircraft|jets?|planes?|helicopters?|missiles?|rockets?|uavs?|balloons?))\b/i },
  // "four members surrendered with two guns", "laid down their arms", "returned to the legal fold":
  // fighters giving up their arms leave the group (ACLED: Change to group/activity).
  { sub: 'Change to group/activity', re: /\b(surrender(?:ed|s|ing)? (?:\w+ ){0,2}?(?:with|their|its|his|her) (?:[\w,-]+ ){0,5}?(?:arms|weapons|guns|rifles|ammunition)|la(?:id|y|ying) down (?:their |its |his |her )?(?:arms|weapons)|(?:return(?:ed|s|ing)?|back) to the legal fold)\b/i },
  { sub: 'Change to group/activity', re: /\b(dissolved|(?:was|were|is|are) leaving (?:the )?(?:\w+ ){0,3}(?:Council|Alliance|Brotherhood|coalition|alliance|council|front|Front)|ending (?:that|the|its|their) (?:arrangement|alliance|pact|partnership)|formed (?:a |an |the )?(?:new )?(?:alliance|coalition|group|force|council|government)|merged|disbanded|renamed|defected|broke (?:away )?with|split from|joined (?:the )?(?:resistance|alliance)|enacted|suspended)\b/i },
  { sub: 'Other', re: /\b(imposed (?:martial law|a curfew)|declared (?:martial law|a state of emergency|a curfew)|placed (?:\w+ ){0,4}under martial law|martial law (?:was|has been) (?:declared|imposed))\b/i },
];

/** Words before a trigger in its clause that make it not a (reported) event. */
export const NEGATION = /\b(?:not|no|never|should|must|scheduled|upcoming|plann(?:ed|ing)|plans?|to stop|to halt|to end|to cease|stop|denied|deny|denies|den(?:y|ied) that|plans? to|planned to|planning to|threaten(?:ed|s|ing)? to|vow(?:ed|s)? to|would|will|could|might|may|if|unless|intends? to|aims? to|prepared to|ready to|called (?:it )?off|refused to|without|prevent|avoid|try(?:ing)? to|tried to|seeking to|attempt(?:ed|s)? to|willing to|warned (?:that|of)|fear(?:ed|ing|s)?|hop(?:e|es|ed) to|expected to|likely to)\b[^.;]*$/i;

/** Triggers whose grammatical subject is the side that loses the place ("the TNLA lost X to the junta"). */
export const LOSER_SUBJECT = /^(?:lost|giv(?:en|es|ing) back|withdr[eo]w|pulled|fell\b|hand(?:ed|s|ing)? (?:over|back)|handed (?:[\w-]+ ){1,2}(?:over|back)|handed(?= (?:[\w'-]+ ){0,2}?[\w'-]+, [^.;"“”]{1,100}?, (?:back|over)\b)|handover|returned|return(?:ed|s)? to the control of|ceded|gave)/i;
