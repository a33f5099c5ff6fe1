// Splits a block of text into the sentences "Read aloud" speaks one at a time (so each can be
// highlighted while it is read). Pure: Intl.Segmenter knows each language's sentence rules.

export interface Sentence {
  text: string;
  /** Where the sentence starts and ends in the block's text (end exclusive), without surrounding spaces. */
  start: number;
  end: number;
}

const SPEAKABLE = /[\p{L}\p{N}]/u;

export function splitSentences(text: string, language: string): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const sentence = { text: trimmed, start: index + leading, end: index + leading + trimmed.length };
    const previous = sentences.at(-1);
    // A piece with nothing to say ("…", "—", a lone mark) joins the sentence before it.
    if (!SPEAKABLE.test(trimmed) && previous) {
      previous.end = sentence.end;
      previous.text = text.slice(previous.start, previous.end);
    } else {
      sentences.push(sentence);
    }
  }
  return sentences.filter((s) => SPEAKABLE.test(s.text));
}
