/**
 * The fair order both stores' claims hand turns out in: one from each list in turn (accounts, then each
 * account's webhooks), so that no list takes a second turn before every other list had its first.
 * @module
 */

/**
 * Items taken one from each list in turn, until `limit` or every list is used up.
 * @example
 * roundRobin([['a1', 'a2'], ['b1']]); // ['a1', 'b1', 'a2']
 */
export function roundRobin<T>(lists: readonly (readonly T[])[], limit = Number.POSITIVE_INFINITY): T[] {
  const taken: T[] = [];
  for (let index = 0; taken.length < limit; index++) {
    let any = false;
    for (const list of lists) {
      if (index >= list.length) continue;
      any = true;
      taken.push(list[index]!);
      if (taken.length >= limit) break;
    }
    if (!any) break;
  }
  return taken;
}
