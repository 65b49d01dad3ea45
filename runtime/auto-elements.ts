/**
 * `auto()` inside an array value (`new T([auto(), 'x'])`, Python's `A = auto(), 'x'`): each
 * auto element gets the next value in turn, and those values, not the array, are the last
 * values later auto values follow (CPython's EnumDict.__setitem__).
 */
import { defaultNextValueOf } from '../src/auto';
import { AUTO } from './lifecycle';
import type { Construction, DefiningState } from './state';

/** The indices of the `auto()` elements of an array value, if it has any. */
export function autoElements(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const at: number[] = [];
  for (let i = 0; i < value.length; i++) if (value[i] === AUTO) at.push(i);
  return at.length ? at : undefined;
}

/** The default hook's values for an array's auto elements, when they need no name. */
export function resolveElements(state: DefiningState, construction: Construction): void {
  if (state.pending.length) return;
  const value = (construction.template as unknown[]).slice();
  const running = state.highest.copy();
  const autoValues: unknown[] = [];
  for (const i of construction.autoAt as number[]) {
    const next = defaultNextValueOf(state.kind, '', 1, running.count, running);
    if (!('value' in next)) return;
    value[i] = next.value;
    running.add(next.value);
    autoValues.push(next.value);
  }
  construction.value = value;
  construction.autoValues = autoValues;
}
