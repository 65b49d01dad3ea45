import { Enum } from 'tsenum';

class Color extends Enum {
  static RED = new Color(1);
  static GREEN = new Color();
}
console.log(String(Color.of(2)), Color.has(1));
