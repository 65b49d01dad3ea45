// schemaOf and ~standard on every kind, JSON Schema for each target, JSON by name.

import { Enum, Flag, FlagBoundary, IntEnum, IntFlag, StrEnum, schemaOf, unique } from 'tsenum';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
}

class HttpStatus extends IntEnum {
  static readonly OK = new HttpStatus(200);
  static readonly NOT_FOUND = new HttpStatus(404);
}

class Mode extends StrEnum {
  static readonly READ = new Mode();
  static readonly WRITE = new Mode();
}

class Planet extends Enum<readonly [number, number]> {
  static readonly MERCURY = new Planet(3.303e23, 2.4397e6);
  static readonly EARTH = new Planet(5.976e24, 6.37814e6);
  constructor(
    readonly mass: number,
    readonly radius: number,
  ) {
    super([mass, radius]);
  }
}

class Mixed extends Enum<string | number | null> {
  static readonly A = new Mixed('a');
  static readonly B = new Mixed(1.5);
  static readonly C = new Mixed(null);
}

class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
  static readonly X = new Perm(1);
}

class Sparse extends Flag {
  static readonly A = new Sparse(1);
  static readonly C = new Sparse(4);
}

class Kept extends IntFlag {
  static readonly A = new Kept(1);
  static readonly B = new Kept(2);
}

class Ejected extends Flag {
  static readonly _boundary_ = FlagBoundary.EJECT;
  static readonly A = new Ejected(1);
}

class Priority extends StrEnum {
  static readonly _json_ = 'name';
  static readonly LOW = new Priority('low');
  static readonly HIGH = new Priority('high');
  static readonly URGENT = new Priority('high');
}

class Access extends Flag {
  static readonly _json_ = 'name';
  static readonly READ = new Access();
  static readonly WRITE = new Access();
}

// console.log prints members as their repr (<Status.COMPLETED: 10>), as util.inspect does.

function validate(
  label: string,
  schema: { '~standard': { validate(v: unknown): unknown } },
  value: unknown,
) {
  console.log(label, value, '->', schema['~standard'].validate(value));
}

export async function main() {
  const status = schemaOf(Status);
  console.log('vendor', status['~standard'].vendor, 'version', status['~standard'].version);
  console.log(
    'same object',
    schemaOf(Status) === status,
    Status['~standard'] === status['~standard'],
  );
  console.log('own schema per class', schemaOf(Mode)['~standard'] !== status['~standard']);
  validate('Status', status, 10);
  validate('Status', status, Status.SETTLED);
  validate('Status', status, 5);
  validate('Status', status, '10');
  validate('Status', status, Mode.READ);
  validate('HttpStatus', schemaOf(HttpStatus), 404);
  validate('HttpStatus (the class itself)', HttpStatus, 200);
  validate('Mode', schemaOf(Mode), 'write');
  validate('Mode', Mode, 'WRITE');
  validate('Mode', Mode, 'read');
  validate('Planet', schemaOf(Planet), [5.976e24, 6.37814e6]);
  validate('Perm', schemaOf(Perm), 6);
  validate('Perm', schemaOf(Perm), 8);
  validate('Kept', schemaOf(Kept), 12);
  validate('Ejected', schemaOf(Ejected), 2);
  validate('Priority', schemaOf(Priority), 'URGENT');
  validate('Priority', schemaOf(Priority), 'high');
  validate('Access', schemaOf(Access), ['READ', 'WRITE']);
  validate('Access', schemaOf(Access), []);
  validate('Access', schemaOf(Access), 'READ');
  try {
    @unique
    class Mistake extends Enum<number> {
      static readonly ONE = new Mistake(1);
      static readonly UNO = new Mistake(1);
    }
    console.log('no error', schemaOf(Mistake)['~standard'].validate(1));
  } catch (error) {
    console.log(
      'a definition error throws',
      (error as Error).constructor.name,
      (error as Error).message,
    );
  }
  console.log('result is sync', !(status['~standard'].validate(1) instanceof Promise));

  for (const target of ['draft-2020-12', 'draft-07', 'openapi-3.0']) {
    console.log(target, status['~standard'].jsonSchema.input({ target }));
  }
  const json = (
    label: string,
    schema: {
      '~standard': { jsonSchema: { input(o: object): unknown; output(o: object): unknown } };
    },
  ) => {
    const standard = schema['~standard'].jsonSchema;
    console.log(label, 'input', standard.input({ target: 'draft-07' }));
    console.log(label, 'output', standard.output({ target: 'draft-07' }));
  };
  json('HttpStatus', schemaOf(HttpStatus));
  json('Mode', schemaOf(Mode));
  json('Planet', schemaOf(Planet));
  json('Mixed', schemaOf(Mixed));
  console.log(
    'Mixed openapi-3.0',
    schemaOf(Mixed)['~standard'].jsonSchema.input({ target: 'openapi-3.0' }),
  );
  json('Perm', schemaOf(Perm));
  json('Sparse', schemaOf(Sparse));
  json('Kept', schemaOf(Kept));
  json('Priority', schemaOf(Priority));
  json('Access', schemaOf(Access));
  try {
    status['~standard'].jsonSchema.input({ target: 'draft-04' });
  } catch (error) {
    console.log('draft-04', (error as Error).constructor.name, (error as Error).message);
  }

  console.log('JSON', JSON.stringify({ s: Status.SETTLED, m: Mode.READ, p: Perm.R.or(Perm.W) }));
  console.log(
    'JSON by name',
    JSON.stringify({ p: Priority.URGENT, a: Access.READ.or(Access.WRITE), none: Access.of(0) }),
  );
  const back = JSON.parse(JSON.stringify({ p: Priority.URGENT })) as { p: 'LOW' | 'HIGH' };
  console.log('read back', Priority.get(back.p) === Priority.HIGH);
  try {
    // @ts-expect-error: the static side's '~standard' is the schema, not a member
    class Reserved extends Enum<number> {
      static readonly '~standard' = new Reserved(1);
    }
    console.log(Reserved.size);
  } catch (error) {
    console.log('reserved', (error as Error).constructor.name, (error as Error).message);
  }
}
