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

/** A table whose cells are read each after its column's question (the options grid): heard one by one, an answer needs its question. */
const CELLS_WITH_QUESTION = 'table[data-read-aloud-cells="with-question"]';

/**
 * The question a cell of such a table is read after: the cell's own copy of it where one is shown
 * (the one-card-per-option layout), else its column header.
 */
function cellQuestion(cell: HTMLTableCellElement): Element | null {
  const own = cell.querySelector('[data-read-aloud-question]');
  if (own && isShown(own)) return own;
  return cell.closest('table')?.tHead?.rows[0]?.cells[cell.cellIndex] ?? null;
}

export function readableSentences(root: Element, fallbackLanguage: string): ReadableSentence[] {
  const sentences: ReadableSentence[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.closest(SKIPPED) || !isShown(block)) continue;
    const table = block.closest(CELLS_WITH_QUESTION);
    // Its header row is said with each cell instead.
    if (table && block.closest('thead')) continue;
    const language = block.closest('[lang]')?.getAttribute('lang') || fallbackLanguage;
    if (table && block instanceof HTMLTableCellElement && block.tagName === 'TD') {
      const question = cellQuestion(block);
      const said = question?.textContent?.trim();
      if (question && said) {
        const range = root.ownerDocument.createRange();
        range.selectNodeContents(question);
        sentences.push({ text: said, language, range });
      }
    }
    const { text, nodes } = ownText(block);
    if (!text.trim()) continue;
    for (const sentence of splitSentences(text, language)) {
      sentences.push({ text: sentence.text, language, range: rangeOf(nodes, sentence.start, sentence.end, root.ownerDocument) });
    }
  }
  return sentences;
}
