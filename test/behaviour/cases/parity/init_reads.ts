// SPEC section 2 (issue 13, bug 2): a constructor of its own reads this.value and the (test_enum.py test_init)
// members defined before it (len(cls), list(cls), cls(value)) as Python's __init__ does.
import { Enum, IntEnum } from 'tsenum';
import { out } from 'case-helpers';
class Coin extends Enum<number> {
  static readonly PENNY = new Coin(1);
  static readonly NICKEL = new Coin(5);
  static readonly DIME = new Coin(10);
  readonly cents: string;
  readonly index: number;
  readonly before: string;
  readonly hasPenny: boolean;
  constructor(value: number) {
    super(value);
    this.cents = `${this.value}c`;
    this.index = Coin.size;
    this.before = Coin.members()
      .map((m) => m.name)
      .join(' ');
    this.hasPenny = Coin.has(1) && Coin.tryOf(1) === Coin.PENNY;
  }
}
out('cents', Coin.PENNY.cents, Coin.NICKEL.cents, Coin.DIME.cents);
out('index', Coin.PENNY.index, Coin.NICKEL.index, Coin.DIME.index);
out('before', Coin.PENNY.before, Coin.NICKEL.before, Coin.DIME.before);
out('hasPenny', Coin.PENNY.hasPenny, Coin.NICKEL.hasPenny);
out('members', Coin.members(), Coin.size);
class Level extends IntEnum {
  static readonly LOW = new Level(1);
  static readonly HIGH = new Level(2);
  static readonly TOP = new Level(2);
  readonly double: number;
  constructor(value: number) {
    super(value);
    this.double = this.value * 2;
  }
}
out('Level', Level.members(), Level.LOW.double, Level.HIGH.double, Level.TOP === Level.HIGH);
