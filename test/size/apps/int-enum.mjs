import { IntEnum } from 'tsenum';

class Status extends IntEnum {
  static OK = new Status(200);
  static MOVED = new Status(301);
}
console.log(String(Status.of(200)), Status.OK + 1);
