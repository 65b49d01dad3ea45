/**
 * The plain-JavaScript baselines, one loop per operation, each computing the same checksum
 * as its tsenum loop in subject.ts from the same inputs (the very member objects of the build
 * it is paired with, where the operation yields a member). Loaded once per build, from fresh
 * source, so its JIT feedback only ever sees that build's objects.
 */
'use strict';

/** The "literal" member: a frozen module constant. */
const RED_CONST = Object.freeze({ name: 'RED', value: 1 });

exports.makeBaselines = (data, flagData) => {
  const colors = data.colors.slice();
  const colorValues = data.colorValues.slice();
  const colorNames = data.colorNames.slice();
  const ints = colors.map((m) => m.value);
  const names = colors.map((m) => m.name);
  const manyInts = data.many.map((m) => m.value);
  const smallMap = new Map(colors.map((m) => [m.value, m]));
  const dense = [null];
  for (const m of colors) dense[m.value] = m;
  const httpValues = data.httpValues.slice();
  const httpMap = new Map(data.http.map((m) => [m.value, m]));
  const modeValues = data.modeValues.slice();
  const modeMap = new Map(data.modes.map((m) => [m.value, m]));
  const nameMap = new Map(colors.map((m) => [m.name, m]));
  const permA = flagData.perm[0].slice();
  const permB = flagData.perm[1].slice();
  const wideA = flagData.wide[0].slice();
  const wideB = flagData.wide[1].slice();

  return {
    literal(n) {
      let s = 0;
      for (let i = 0; i < n; i++) s += 1;
      return s;
    },
    constMember(n, keep) {
      for (let i = 0; i < n; i++) keep[i & 63] = RED_CONST;
      return n + keep[0].value;
    },
    intArray(n) {
      const a = ints;
      let s = 0;
      for (let i = 0; i < n; i++) s += a[i & 7];
      return s;
    },
    stringArray(n) {
      const a = names;
      let s = 0;
      for (let i = 0; i < n; i++) s += a[i & 7].length;
      return s;
    },
    intArrayMany(n) {
      const a = manyInts;
      let s = 0;
      for (let i = 0; i < n; i++) s += a[i & 7];
      return s;
    },
    mapSmall(n) {
      const vs = colorValues;
      const map = smallMap;
      let s = 0;
      for (let i = 0; i < n; i++) s += map.get(vs[i & 7]).value;
      return s;
    },
    denseSmall(n) {
      const vs = colorValues;
      const a = dense;
      let s = 0;
      for (let i = 0; i < n; i++) s += a[vs[i & 7]].value;
      return s;
    },
    mapSparse(n) {
      const vs = httpValues;
      const map = httpMap;
      let s = 0;
      for (let i = 0; i < n; i++) s += map.get(vs[i & 7]).value;
      return s;
    },
    mapString(n) {
      const vs = modeValues;
      const map = modeMap;
      let s = 0;
      for (let i = 0; i < n; i++) s += map.get(vs[i & 7]).value.length;
      return s;
    },
    mapName(n) {
      const ns = colorNames;
      const map = nameMap;
      let s = 0;
      for (let i = 0; i < n; i++) s += map.get(ns[i & 7]).value;
      return s;
    },
    indexedLoop(n) {
      const a = colors;
      let s = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < a.length; j++) s += a[j].value;
      }
      return s;
    },
    intOr(n, keep) {
      const as = permA;
      const bs = permB;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const r = as[i & 3] | bs[(i >> 2) & 3];
        keep[i & 63] = r;
        s += r;
      }
      return s;
    },
    intOrWide(n, keep) {
      const as = wideA;
      const bs = wideB;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const r = as[i & 7] | bs[(i >> 3) & 7];
        keep[i & 63] = r;
        s += r;
      }
      return s;
    },
  };
};
