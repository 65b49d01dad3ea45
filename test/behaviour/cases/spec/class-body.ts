// SPEC section 2 without the transformer: an alias is the same object on the very next line
// of the class body; auto values see the member name; an alias by value in a class with its
// own constructor may become the same object only at the first use, its constructor's side
// effects dropped; SPEC's own examples (Color, Status, Planet, HttpStatus).
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, mentions, inspect } from 'case-helpers';
class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10); // alias: Status.SETTLED === Status.COMPLETED
  static readonly SETTLED_IS_COMPLETED = Status.SETTLED === Status.COMPLETED;
  static readonly DONE = Status.COMPLETED; // alias by reference, same thing
  static readonly DONE_IS_COMPLETED = Status.DONE === Status.COMPLETED;
}
out('next line: SETTLED === COMPLETED', Status.SETTLED_IS_COMPLETED);
out('next line: DONE === COMPLETED', Status.DONE_IS_COMPLETED);
out('SETTLED === COMPLETED', Status.SETTLED === Status.COMPLETED, Status.DONE === Status.COMPLETED);
out('of(10)', Status.of(10), Status.of(10) === Status.COMPLETED);
out('members', Status.members());
out('memberMap', [...Status.memberMap()]);
out('get(SETTLED)', Status.get('SETTLED'), Status.get('DONE') === Status.COMPLETED);
out('non-member statics', Status.SETTLED_IS_COMPLETED, Status.has(true), Status.tryGet('SETTLED_IS_COMPLETED'));

@unique
class Color extends Enum<number> {
  static readonly RED = new Color(1);
  static readonly GREEN = new Color(2);
  static readonly BLUE = new Color(); // auto: 3
  static readonly SHADE_STEP = 0.5; // not a member: not a Color
  describe(): string {
    return `${this.name} is ${this.value}`;
  }
}
out('Color', [...Color], Color.SHADE_STEP, Color.BLUE.describe());

class Planet extends Enum<readonly [number, number]> {
  static readonly MERCURY = new Planet(3.303e23, 2.4397e6);
  static readonly EARTH = new Planet(5.976e24, 6.37814e6);
  constructor(readonly mass: number, readonly radius: number) {
    super([mass, radius]);
  }
  get surfaceGravity(): number {
    return (6.673e-11 * this.mass) / (this.radius * this.radius);
  }
}
out('Planet.EARTH', Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.radius);
out('surfaceGravity', Math.round(Planet.EARTH.surfaceGravity * 100) / 100);
out('Planet.of([mass, radius])', Planet.of([5.976e24, 6.37814e6]) === Planet.EARTH);

class HttpStatus extends IntEnum {
  static readonly OK = new HttpStatus(200, 'OK');
  static readonly FINE = new HttpStatus(200, 'Fine'); // alias: its constructor's side effects dropped
  static readonly NOT_FOUND = new HttpStatus(404, 'Not Found');
  constructor(code: number, readonly phrase: string) {
    super(code);
  }
}
out('HttpStatus size', HttpStatus.size); // the first use: from here FINE is OK
out('FINE === OK', HttpStatus.FINE === HttpStatus.OK, HttpStatus.OK.phrase, HttpStatus.FINE.phrase);
out('of(200)', HttpStatus.of(200), HttpStatus.of(200).phrase, HttpStatus.NOT_FOUND.phrase);
out('HttpStatus members', [...HttpStatus], [...HttpStatus.memberMap().keys()]);

class Lower extends StrEnum {
  static readonly Alpha = new Lower();
  static readonly BETA = new Lower(auto());
}
out('StrEnum auto sees the name', Lower.Alpha.value, Lower.BETA.value, String(Lower.BETA));
