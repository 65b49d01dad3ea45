/**
 * The timing driver: interleaved rounds, medians of many samples, paired ratios.
 *
 * A case is `{ id, fn, sampleMs? }` (its own sample length, if given) where `fn(n, keep)` runs the operation `n` times and returns a
 * checksum (a number that depends on every result, so no result is dead code). `keep` is a
 * per-case array of 64 slots the case may store results into (an escaping store, so an
 * allocation cannot be removed either).
 *
 * How it measures, and why:
 * - calibration: each case gets its own `n` so one sample takes about `sampleMs`;
 * - warm-up: every case runs until V8 has optimized it (a fixed time budget per case);
 * - rounds: every round runs every case once, in a fresh random order (seeded), so slow
 *   phases of this shared machine hit every case alike; a case's time per operation in a
 *   round is one sample;
 * - ratios are paired: in each round, case time / its baseline's time in the same round,
 *   and the reported ratio is the median of those per-round ratios (robust against drift);
 * - every checksum is summed into a sink that is printed and asserted non-trivial, and
 *   pairs that must agree (same operation, same inputs) are checked to return the same
 *   checksum before any timing starts.
 */
import { hrtime } from 'node:process';

export function createRandom(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function newKeep() {
  // PACKED_ELEMENTS from the start: stores never change the array's elements kind.
  return Array.from({ length: 64 }, () => null);
}

function timeOnce(fn, n, keep) {
  const t0 = hrtime.bigint();
  const result = fn(n, keep);
  const t1 = hrtime.bigint();
  return { ns: Number(t1 - t0), result };
}

/**
 * Runs all cases; returns Map id -> { nsPerOp: number[] (one per round), n, sink }.
 * Cases that throw are recorded with `error` and dropped from the rounds.
 */
export function runCases(cases, options) {
  const { rounds, sampleMs, warmupMs, seed = 0x5eed, log = () => {} } = options;
  const state = new Map();
  let sink = 0;

  for (const c of cases) {
    const entry = { id: c.id, n: 1, samples: [], sink: 0, keep: newKeep(), error: undefined };
    state.set(c.id, entry);
    try {
      // Warm-up: run with a growing n until the budget is spent (V8 tiers up on call counts
      // and loop iterations), then size n from the last, optimized samples. Sizing n from
      // the first calls would size it from the interpreter.
      const budgetEnd = performance.now() + warmupMs;
      const target = (c.sampleMs ?? sampleMs) * 1e6;
      const perOp = [];
      let n = 1;
      do {
        const { ns, result } = timeOnce(c.fn, n, entry.keep);
        sink += checkNumber(c.id, result);
        perOp.push(ns / n);
        if (ns < target / 4 && n < 1 << 26) n *= 2;
      } while (performance.now() < budgetEnd || perOp.length < 5);
      const estimate = median(perOp.slice(-5));
      entry.n = Math.max(1, Math.min(1 << 26, Math.round(target / Math.max(estimate, 1e-3))));
    } catch (error) {
      entry.error = error;
      log(`  ! ${c.id}: ${error?.message ?? error}`);
    }
  }

  const live = cases.filter((c) => state.get(c.id).error === undefined);
  const random = createRandom(seed);
  for (let round = 0; round < rounds; round++) {
    const order = live.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const c of order) {
      const entry = state.get(c.id);
      const { ns, result } = timeOnce(c.fn, entry.n, entry.keep);
      const value = checkNumber(c.id, result);
      entry.sink += value;
      sink += value;
      entry.samples.push(ns / entry.n);
    }
  }
  return { state, sink };
}

function checkNumber(id, value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`bench case ${id} returned ${String(value)}, not a finite checksum`);
  }
  return value;
}

/** The median of per-round ratios of two cases' samples (rounds are paired by index). */
export function pairedRatio(subject, baseline) {
  const n = Math.min(subject.samples.length, baseline.samples.length);
  const ratios = [];
  for (let i = 0; i < n; i++) ratios.push(subject.samples[i] / baseline.samples[i]);
  return median(ratios);
}

/**
 * Before timing: cases that compute the same thing from the same inputs must agree, and
 * no checksum may be zero (a zero would not prove that anything was computed).
 */
export function checkAgreement(pairs, n) {
  const problems = [];
  for (const { a, b, equal } of pairs) {
    let ra;
    let rb;
    try {
      ra = a.fn(n, newKeep());
      rb = b.fn(n, newKeep());
    } catch (error) {
      // reported by runCases as the case's error
      void error;
      continue;
    }
    if (!Number.isFinite(ra) || ra === 0) problems.push(`${a.id}: checksum ${ra}`);
    if (!Number.isFinite(rb) || rb === 0) problems.push(`${b.id}: checksum ${rb}`);
    if (equal && ra !== rb)
      problems.push(`${a.id} = ${ra} but ${b.id} = ${rb} for the same inputs`);
  }
  return problems;
}
