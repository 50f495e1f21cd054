/**
 * Makes evidence readable: the smallest value, found by dropping properties, items and generated padding,
 * that still shows a change.
 * @module
 */
import { isObject, type Json } from './schema-walk.js';

/** A shorter value, for readable evidence: drops properties and items while `keep` still holds. */
export function shrinkValue(value: unknown, keep: (candidate: unknown) => boolean): unknown {
  let current = value;
  for (let pass = 0; pass < 3; pass += 1) {
    const before = current;
    if (Array.isArray(current)) {
      let array = [...(current as unknown[])];
      for (let index = array.length - 1; index >= 0; index -= 1) {
        const candidate = array.filter((_, at) => at !== index);
        if (keep(candidate)) array = candidate;
      }
      for (let index = 0; index < array.length; index += 1) {
        const snapshot = array;
        const replace = (item: unknown): unknown[] => snapshot.map((old, at) => (at === index ? item : old));
        const inner = shrinkValue(snapshot[index], (candidate) => keep(replace(candidate)));
        if (inner !== snapshot[index]) array = replace(inner);
      }
      current = array;
    } else if (typeof current === 'string' && current.length > 8) {
      // the generator pads to reach a bound: drop the padding while the value still shows the change
      const shorter = current.replace(/a{2,}$/, '');
      if (shorter !== current && keep(shorter)) current = shorter;
    } else if (isObject(current)) {
      let object: Json = { ...current };
      for (const key of Object.keys(object)) {
        const { [key]: _dropped, ...candidate } = object;
        if (keep(candidate)) object = candidate;
      }
      for (const key of Object.keys(object)) {
        const snapshot = object;
        const inner = shrinkValue(snapshot[key], (candidate) => keep({ ...snapshot, [key]: candidate }));
        if (inner !== snapshot[key]) object = { ...snapshot, [key]: inner };
      }
      current = object;
    }
    if (JSON.stringify(current) === JSON.stringify(before)) return before;
  }
  return current;
}
