import { StrEnum } from 'tsenum';

class Mode extends StrEnum {
  static READ = new Mode();
  static WRITE = new Mode();
}
console.log(String(Mode.of('read')), `${Mode.WRITE}`);
