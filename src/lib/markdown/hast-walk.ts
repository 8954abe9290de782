/**
 * Plain depth-first walks over a hast tree, in document order, for the site's own rehype plugins.
 *
 * unist-util-visit makes a closure for every node it passes, names it with
 * `Object.defineProperty` and copies the list of ancestors at every level. A CPU
 * profile of the 1,000-page benchmark's Markdown put most of what our plugins
 * cost in that machinery, over trees they walk several times a page; these
 * loops visit the same nodes in the same order.
 *
 * A callback may change the node it is given (its children are walked after
 * it returns, as they are then) but not the children of the node's parent:
 * collect such changes and make them after the walk.
 */
import type { Element, Root, Text } from 'hast';

/** A node that holds hast children. */
export type HastParent = Root | Element;

/**
 * Calls `enter` for every element below `parent`, in document order. When
 * `enter` returns false, the element's own children are not walked.
 */
export function eachElement(parent: HastParent, enter: (node: Element, index: number, parent: HastParent) => boolean | void): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'element' && enter(node, index, parent) !== false) eachElement(node, enter);
  }
}

/**
 * Calls `enter` for every text node below `parent`, in document order, except
 * inside elements for which `descend` returns false. Returning false from
 * `enter` ends the walk.
 */
export function eachText(
  parent: HastParent,
  enter: (node: Text, parent: HastParent) => boolean | void,
  descend: (node: Element) => boolean = () => true,
): boolean {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'text') {
      if (enter(node, parent) === false) return false;
    } else if (node.type === 'element' && descend(node)) {
      if (!eachText(node, enter, descend)) return false;
    }
  }
  return true;
}
