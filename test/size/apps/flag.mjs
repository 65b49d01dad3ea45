import { Flag } from 'tsenum';

class Perm extends Flag {
  static R = new Perm();
  static W = new Perm();
  static X = new Perm();
}
console.log(String(Perm.R.or(Perm.W)), Perm.of(3).has(Perm.W));
