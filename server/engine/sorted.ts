/**
 * `[...items].sort(compare)` without the copy and the sort when the items are already in order,
 * which on the engines' hot paths they nearly always are (appended in time order). Same result:
 * the sort is stable, so items already in order stay as they are. The caller must not mutate
 * the result (it may be `items` itself).
 */
export function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (compare(items[i - 1], items[i]) > 0) return [...items].sort(compare);
  }
  return items;
}
