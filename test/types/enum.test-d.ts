/**
 * Type tests for SPEC section 4 (and the types of sections 1, 3, 6, 7, 8): checked by
 * test/types/types.test.ts with the TypeScript compiler, against the built declarations
 * (the package's `exports`) and against the sources (tsconfig `paths`). Not run: a failure
 * here is a compile error, or an unused `// @ts-expect-error`.
 */
import {
  auto,
  CONTINUOUS,
  Enum,
  Flag,
  FlagBoundary,
  IntEnum,
  IntFlag,
  type MemberName,
  type MemberOf,
  StrEnum,
  UNIQUE,
  unique,
  type ValueOf,
  verify,
} from 'tsenum';
import { expectTypeOf } from 'vitest';

@unique
class Color extends Enum<number> {
  static readonly RED = new Color(1);
  static readonly GREEN = new Color(2);
  static readonly BLUE = new Color(); // auto: 3
  static readonly INDIGO = new Color(auto());
  static readonly SHADE_STEP = 0.5; // not a member: not a Color
  describe(): string {
    return `${this.name} is ${this.value}`;
  }
  get hex(): string {
    return `#${this.value}`;
  }
}

// --- C.of takes the value type and returns the subclass type
expectTypeOf(Color.of(1)).toEqualTypeOf<Color>();
// @ts-expect-error of takes the value type (number), not a string
Color.of('RED');
// @ts-expect-error not a name either
Color.of(Color);

// --- C.get takes member names
expectTypeOf(Color.get('RED')).toEqualTypeOf<Color>();
// @ts-expect-error PURPLE is not a member
Color.get('PURPLE');
// @ts-expect-error SHADE_STEP is a static, not a member
Color.get('SHADE_STEP');
// @ts-expect-error a value is not a name
Color.get(1);

// --- lookups return the subclass type: its methods and getters type-check
expectTypeOf(Color.get('RED').describe()).toEqualTypeOf<string>();
expectTypeOf(Color.of(2).hex).toEqualTypeOf<string>();
expectTypeOf(Color.tryOf(3)).toEqualTypeOf<Color | undefined>();
expectTypeOf(Color.tryGet('BLUE')).toEqualTypeOf<Color | undefined>();
expectTypeOf(Color.tryGet('anything')).toEqualTypeOf<Color | undefined>();
expectTypeOf(Color.has).returns.toEqualTypeOf<boolean>();
expectTypeOf(Color.has('x')).toEqualTypeOf<boolean>();
expectTypeOf(Color.RED).toEqualTypeOf<Color>();
expectTypeOf(Color.SHADE_STEP).toEqualTypeOf<number>();

// --- members(), memberMap(), size, iteration
expectTypeOf(Color.members()).toEqualTypeOf<readonly Color[]>();
// @ts-expect-error members() is read-only
Color.members().push(Color.RED);
expectTypeOf(Color.memberMap().get('RED')).toEqualTypeOf<Color | undefined>();
expectTypeOf(Color.memberMap()).toMatchTypeOf<ReadonlyMap<string, Color>>();
expectTypeOf(Color.size).toEqualTypeOf<number>();
// TypeScript does not bind `this` when it types for..of, so iterating the class itself gives
// `any` elements (README); members() is the typed route.
// biome-ignore lint/suspicious/noExplicitAny: asserting the documented element type
expectTypeOf([...Color]).toEqualTypeOf<any[]>();
for (const c of Color) {
  c.describe();
}
for (const c of Color.members()) {
  expectTypeOf(c).toEqualTypeOf<Color>();
}
[...Color].map((c) => c.hex);

// --- members: name and value (typed by the class's value type)
expectTypeOf(Color.RED.name).toEqualTypeOf<string>();
expectTypeOf(Color.RED.value).toEqualTypeOf<number>();
// @ts-expect-error value is read-only
Color.RED.value = 2;

// --- MemberOf, ValueOf, MemberName
expectTypeOf<MemberOf<typeof Color>>().toEqualTypeOf<Color>();
expectTypeOf<ValueOf<typeof Color>>().toEqualTypeOf<number>();
expectTypeOf<MemberName<typeof Color>>().toEqualTypeOf<'RED' | 'GREEN' | 'BLUE' | 'INDIGO'>();

// --- a constructor of its own (SPEC section 2's Planet and HttpStatus)
class Planet extends Enum<readonly [number, number]> {
  static readonly EARTH = new Planet(5.976e24, 6.37814e6);
  constructor(
    readonly mass: number,
    readonly radius: number,
  ) {
    super([mass, radius]);
  }
  get surfaceGravity(): number {
    return (6.673e-11 * this.mass) / (this.radius * this.radius);
  }
}
expectTypeOf(Planet.of([5.976e24, 6.37814e6])).toEqualTypeOf<Planet>();
expectTypeOf(Planet.EARTH.surfaceGravity).toEqualTypeOf<number>();
expectTypeOf(Planet.EARTH.value).toEqualTypeOf<readonly [number, number]>();
expectTypeOf<ValueOf<typeof Planet>>().toEqualTypeOf<readonly [number, number]>();
// @ts-expect-error a Planet's value is a pair
Planet.of(5.976e24);

class HttpStatus extends IntEnum {
  static readonly OK = new HttpStatus(200, 'OK');
  static readonly NOT_FOUND = new HttpStatus(404, 'Not Found');
  constructor(
    code: number,
    readonly phrase: string,
  ) {
    super(code);
  }
}
expectTypeOf(HttpStatus.of(200)).toEqualTypeOf<HttpStatus>();
expectTypeOf(HttpStatus.of(200).phrase).toEqualTypeOf<string>();
expectTypeOf(HttpStatus.OK.value).toEqualTypeOf<number>();
expectTypeOf<MemberName<typeof HttpStatus>>().toEqualTypeOf<'OK' | 'NOT_FOUND'>();
// @ts-expect-error an IntEnum's values are numbers
HttpStatus.of('200');

class Word extends StrEnum {
  static readonly HELLO = new Word('hello');
  static readonly WORLD = new Word();
}
expectTypeOf(Word.of('hello')).toEqualTypeOf<Word>();
expectTypeOf(Word.HELLO.value).toEqualTypeOf<string>();
// @ts-expect-error a StrEnum's values are strings
Word.of(1);

// --- a member-less base class with behaviour (SPEC section 2: it can be extended)
class Shouting extends Enum<string> {
  shout(): string {
    return this.value.toUpperCase();
  }
}
class Greeting extends Shouting {
  static readonly HI = new Greeting('hi');
}
expectTypeOf(Greeting.get('HI').shout()).toEqualTypeOf<string>();
expectTypeOf(Greeting.of('hi')).toEqualTypeOf<Greeting>();

// --- the functional form: member names typed from the literal argument (SPEC section 3)
const Animal = Enum.create('Animal', 'ANT BEE CAT DOG');
expectTypeOf(Animal.ANT).toMatchTypeOf<Enum>();
Animal.BEE.name;
// @ts-expect-error EEL is not an Animal
Animal.EEL;
expectTypeOf(Animal.get('CAT')).toMatchTypeOf<Enum>();
// @ts-expect-error nor can it be looked up
Animal.get('EEL');
const Commas = Enum.create('Commas', 'A, B,C');
Commas.A;
Commas.B;
Commas.C;
// @ts-expect-error
Commas.D;
const Zero = Enum.create('Zero', ['A', 'B'], { start: 0 });
Zero.A;
// @ts-expect-error
Zero.C;
const Pairs = Enum.create('Pairs', [
  ['RED', 1],
  ['GREEN', 2],
]);
Pairs.RED;
// @ts-expect-error
Pairs.BLUE;
const Map_ = Enum.create('Map_', { RED: 1, GREEN: 2 });
Map_.GREEN;
// @ts-expect-error
Map_.BLUE;
const Codes = IntEnum.create('Codes', 'OK MOVED');
expectTypeOf(Codes.OK).toMatchTypeOf<IntEnum>();
const Greetings = Shouting.create('Greetings', { HI: 'hi' });
expectTypeOf(Greetings.HI.shout()).toEqualTypeOf<string>();

// --- flags (SPEC section 7)
class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
  static readonly X = new Perm(1);
}
expectTypeOf(Perm.R.or(Perm.W)).toEqualTypeOf<Perm>();
expectTypeOf(Perm.R.or(Perm.W, Perm.X)).toEqualTypeOf<Perm>();
expectTypeOf(Perm.R.and(Perm.W)).toEqualTypeOf<Perm>();
expectTypeOf(Perm.R.xor(Perm.W)).toEqualTypeOf<Perm>();
expectTypeOf(Perm.R.not()).toEqualTypeOf<Perm>();
expectTypeOf(Perm.R.has(Perm.W)).toEqualTypeOf<boolean>();
expectTypeOf(Perm.R.size).toEqualTypeOf<number>();
expectTypeOf(Perm.R.isEmpty()).toEqualTypeOf<boolean>();
expectTypeOf([...Perm.R.or(Perm.W)]).toEqualTypeOf<Perm[]>();
expectTypeOf(Perm.of(6)).toEqualTypeOf<Perm>();
expectTypeOf(Perm.R.value).toEqualTypeOf<number>();
// @ts-expect-error a Color is not a Perm
Perm.R.or(Color.RED);
class Open extends IntFlag {
  static readonly _boundary_ = FlagBoundary.KEEP;
  static readonly RO = new Open(0);
  static readonly WO = new Open(1);
}
expectTypeOf(Open.WO.or(Open.RO)).toEqualTypeOf<Open>();

// --- unique / verify: decorators and calls (SPEC section 8)
@verify(UNIQUE, CONTINUOUS)
class Checked extends Enum<number> {
  static readonly A = new Checked(1);
}
expectTypeOf(unique(Checked)).toEqualTypeOf<typeof Checked>();
expectTypeOf(verify(UNIQUE)(Checked)).toEqualTypeOf<typeof Checked>();
