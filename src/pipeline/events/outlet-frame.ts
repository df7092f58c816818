// The outlet speaking of its own coverage: a live page's or roundup's opening line ("We are following
// events in Kyaukse and Myittha townships, where …", "Our regional desk looks back on seven days north of
// Mandalay") frames the story; the incidents it names are told, each with its own place and time, below.

const FRAME = /^(?:We(?:['’]re| are| have been| will| were| now)? (?:(?:be )?(?:following|tracking|monitoring|covering|closing|updating|reporting live|looking back|resuming)|resume|wrap up|look back)\b|Our (?:[\w-]+ ){0,2}(?:desk|team|reporters?|correspondents?|coverage|editors?|newsroom) (?:looks?|looked|is|are|has|have|will|was|were|brings?|follows?|tracks?)\b)/;

/** Whether a sentence is the outlet's own frame of its coverage (first person, a coverage verb). */
export function outletFrame(sentence: string): boolean {
  const c = sentence.charCodeAt(0);
  return (c === 87 /* W */ || c === 79 /* O */) && FRAME.test(sentence);
}
