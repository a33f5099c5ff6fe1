// What "Read aloud" reads on a screen: the heading and the text of the main area, in reading order,
// as sentences with the DOM range each one covers (for the highlight). Navigation, buttons, form
// controls, hidden text and anything marked data-read-aloud="skip" are left out.
import { splitSentences } from './sentences';

export interface ReadableSentence {
  text: string;
  /** The language of the element the sentence is in (the sheet can be in another language). */
  language: string;
  range: Range;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, legend, label, dt, dd, th, td, caption, figcaption, blockquote';
const SKIPPED = 'nav, button, select, textarea, summary, [aria-hidden="true"], .visually-hidden, [data-read-aloud="skip"]';

function isShown(element: Element): boolean {
  return element.checkVisibility({ visibilityProperty: true });
}

/** The text nodes that belong to this block itself (not to a block inside it), with their offsets. */
function ownText(block: Element): { text: string; nodes: { node: Text; start: number }[] } {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(BLOCKS) !== block || parent.closest(SKIPPED) || !isShown(parent)) continue;
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  return { text, nodes };
}

function rangeOf(nodes: { node: Text; start: number }[], start: number, end: number, document: Document): Range {
  const at = (offset: number, isEnd: boolean) => {
    const found = nodes.findLast((n) => (isEnd ? n.start < offset : n.start <= offset)) ?? nodes[0];
    if (!found) throw new Error('a sentence outside its text');
    return { node: found.node, offset: Math.min(offset - found.start, found.node.length) };
  };
  const range = document.createRange();
  const from = at(start, false);
  const to = at(end, true);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

export function readableSentences(root: Element, fallbackLanguage: string): ReadableSentence[] {
  const sentences: ReadableSentence[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.closest(SKIPPED) || !isShown(block)) continue;
    const { text, nodes } = ownText(block);
    if (!text.trim()) continue;
    const language = block.closest('[lang]')?.getAttribute('lang') || fallbackLanguage;
    for (const sentence of splitSentences(text, language)) {
      sentences.push({ text: sentence.text, language, range: rangeOf(nodes, sentence.start, sentence.end, root.ownerDocument) });
    }
  }
  return sentences;
}
