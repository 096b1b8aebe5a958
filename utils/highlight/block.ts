// The block a mention's text belongs to (a paragraph, list item, heading): the unit the near-viewport painter watches.

/** Inline (phrasing) elements: a mention inside `<a>` or `<b>` is grouped under the paragraph around it. */
const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

/**
 * The nearest ancestor element of a node (or the element itself) that is not phrasing content. By tag name, not by
 * computed style: reading styles of thousands of elements would force style work, and a `span` styled as a block
 * only makes the group smaller.
 */
export function blockOf(node: Node): Element | null {
  let el = node.nodeType === 1 /* ELEMENT_NODE */ ? (node as Element) : node.parentElement;
  while (el && PHRASING.has(el.localName) && el.parentElement) el = el.parentElement;
  return el;
}
