// SPEC section 2 (issue 13, bug 3): an alias by value in a class with its own constructor.
// A reference taken before the first use answers as its member does (without a host it is
// the same object only from the first use on: not printed here, see README).
import { Enum, IntEnum } from 'tsenum';
import { out } from 'case-helpers';
class Http extends IntEnum {
  static readonly OK = new Http(200, 'OK');
  static readonly FINE = new Http(200, 'Fine');
  static readonly NOT_FOUND = new Http(404, 'Not Found');
  constructor(
    code: number,
    readonly phrase: string,
  ) {
    super(code);
  }
}
const DEFAULT = Http.FINE;
out('str', String(DEFAULT), `${DEFAULT}`);
out('repr', DEFAULT);
out('name value', DEFAULT.name, DEFAULT.value);
out('in', Http.has(DEFAULT));
out('lookup', Http.of(DEFAULT as unknown as number), Http.tryOf(DEFAULT));
out('number', +DEFAULT, (DEFAULT as unknown as number) + 1);
out('after', Http.FINE === Http.OK, Http.FINE.phrase, Http.members(), [...Http.memberMap().keys()]);
class Planet extends Enum<readonly [number, number]> {
  static readonly EARTH = new Planet(5.976e24, 6378140.5);
  static readonly TERRA = new Planet(5.976e24, 6378140.5);
  constructor(
    readonly mass: number,
    readonly radius: number,
  ) {
    super([mass, radius]);
  }
}
const HOME = Planet.TERRA;
out('Planet', String(HOME), HOME, HOME.name, Planet.has(HOME));
out('Planet after', Planet.TERRA === Planet.EARTH, Planet.members());
