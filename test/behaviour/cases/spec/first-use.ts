// SPEC section 2: without the transformer, the checks that need the whole class (_order_)
// and freezing happen no later than the first use of the enum: a lookup, iteration, size,
// reading a member's name or value, String(), JSON, or an explicit unique(C) / verify(...)(C).
// (With the transformer they happen at the end of the class body: each definition is
// therefore inside the raises() with its one use.)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, mentions, inspect } from 'case-helpers';
const uses: [string, (C: any) => unknown][] = [
  ['of', (C) => C.of(1)],
  ['get', (C) => C.get('A')],
  ['tryOf', (C) => C.tryOf(1)],
  ['tryGet', (C) => C.tryGet('A')],
  ['has', (C) => C.has(1)],
  ['members', (C) => C.members()],
  ['memberMap', (C) => C.memberMap()],
  ['size', (C) => C.size],
  ['for of', (C) => {
    for (const m of C) void m;
  }],
  ['spread', (C) => [...C]],
  ['member.name', (C) => C.A.name],
  ['member.value', (C) => C.A.value],
  ['String(member)', (C) => String(C.A)],
  ['template', (C) => `${C.A}`],
  ['JSON.stringify', (C) => JSON.stringify(C.A)],
  ['inspect', (C) => inspect(C.A)],
  ['unique(C)', (C) => unique(C)],
  ['verify(UNIQUE)(C)', (C) => verify(UNIQUE)(C)],
];
for (const [label, use] of uses) {
  raises(label, () => {
    class Disordered extends Enum<number> {
      static readonly _order_ = 'B A';
      static readonly A = new Disordered(1);
      static readonly B = new Disordered(2);
    }
    use(Disordered);
  });
}
for (const [label, use] of uses) {
  raises(`frozen after ${label}`, () => {
    class Fine extends Enum<number> {
      static readonly A = new Fine(1);
      static readonly B = new Fine(2);
    }
    try {
      use(Fine);
    } catch {}
    (Fine as any).A = Fine.B;
  });
}
