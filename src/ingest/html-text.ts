/**
 * Turns a DOM subtree into readable text: a blank line between paragraphs and other blocks,
 * headings and list items on their own lines, `<br>` as a line break, scripts and styles dropped.
 * Works on linkedom nodes; nothing is executed or fetched.
 */

/** Elements whose content is never text of the report. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'button', 'input', 'select', 'textarea', 'head', 'title', 'meta', 'link']);

/** Elements that start and end a paragraph. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'pre', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'caption', 'address', 'hr', 'details', 'summary', 'form', 'fieldset', 'body', 'center', 'picture']);

/** Table cells: kept on the row's line, separated by a space. */
const CELL = new Set(['td', 'th']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Collects text pieces and pending breaks; `breakAt(2)` is a paragraph, `breakAt(1)` a line. */
class TextSink {
  private out = '';
  private line = '';
  private pending = 0;

  text(s: string): void {
    if (!s) return;
    if (this.pending) {
      if (!/\S/.test(s)) return;
      this.out += tidy(this.line) + '\n'.repeat(this.pending);
      this.line = '';
      this.pending = 0;
    }
    this.line += s;
  }

  breakAt(n: 1 | 2): void {
    if (this.pending || /\S/.test(this.line)) this.pending = Math.max(this.pending, n);
  }

  done(): string {
    return (this.out + tidy(this.line)).trim();
  }
}

const tidy = (line: string): string => line.replace(/[ \t]+/g, ' ').trim();

/** A node still to visit, or the end of a block whose paragraph break is still due. */
type Frame = { node: DomNode; pre: boolean } | { endOfBlock: true };

function visit(node: DomNode, pre: boolean, sink: TextSink, stack: Frame[]): void {
  if (node.nodeType === 3) {
    const t = node.textContent ?? '';
    if (pre) {
      t.split('\n').forEach((l, i) => {
        if (i) sink.breakAt(1);
        sink.text(l);
      });
    } else sink.text(t.replace(/[\s\u00a0]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toLowerCase();
  if (SKIP.has(name)) return;
  if (name === 'br') return sink.breakAt(1);
  const block = BLOCK.has(name);
  if (block) {
    sink.breakAt(2);
    stack.push({ endOfBlock: true });
  } else if (CELL.has(name)) sink.text(' ');
  const kids = Array.from(node.childNodes);
  for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], pre: pre || name === 'pre' });
}

/**
 * The readable text of a DOM node (an element, a document or a fragment). Walks with its own
 * stack, so a page nested thousands of levels deep cannot overflow the call stack.
 */
export function domToText(node: unknown): string {
  const sink = new TextSink();
  const stack: Frame[] = [{ node: node as DomNode, pre: false }];
  while (stack.length) {
    const f = stack.pop()!;
    if ('endOfBlock' in f) sink.breakAt(2);
    else visit(f.node, f.pre, sink, stack);
  }
  return sink.done();
}
