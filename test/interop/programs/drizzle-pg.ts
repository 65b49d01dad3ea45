// tsenum/drizzle on a real PostgreSQL (PGlite: Postgres in WASM, in process): drizzle-kit
// writes the schema (a StrEnum is a native ENUM), Drizzle inserts members and reads them back.
import { PGlite } from '@electric-sql/pglite';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { eq } from 'drizzle-orm';
import { pgTable, serial } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { Enum, Flag, IntEnum, StrEnum } from 'tsenum';
import { pgEnumColumn, pgEnumOf } from 'tsenum/drizzle';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
  static readonly FAILED = new Status(20);
}

class Priority extends StrEnum {
  static readonly LOW = new Priority();
  static readonly HIGH = new Priority();
  static readonly URGENT = new Priority('high');
  static readonly CRITICAL = new Priority();
}

class HttpStatus extends IntEnum {
  static readonly OK = new HttpStatus(200);
  static readonly NOT_FOUND = new HttpStatus(404);
}

class Perm extends Flag {
  static readonly R = new Perm();
  static readonly W = new Perm();
  static readonly X = new Perm();
}

class Planet extends Enum<readonly [number, number]> {
  static readonly MERCURY = new Planet([3.303e23, 2.4397e6]);
  static readonly EARTH = new Planet([5.976e24, 6.37814e6]);
}

class Ratio extends Enum<number> {
  static readonly HALF = new Ratio(0.5);
  static readonly WHOLE = new Ratio(1);
}

class Region extends Enum<string> {
  static readonly EU = new Region('eu-west');
  static readonly US = new Region('us-east');
}

export const priorityType = pgEnumOf(Priority);
export const payments = pgTable('payments', {
  id: serial('id').primaryKey(),
  status: pgEnumColumn(Status, 'status').notNull(),
  priority: pgEnumColumn(Priority, 'priority').notNull(),
  http: pgEnumColumn(HttpStatus, 'http'),
  perm: pgEnumColumn(Perm, 'perm'),
  planet: pgEnumColumn(Planet, 'planet'),
  ratio: pgEnumColumn(Ratio, 'ratio'),
  region: pgEnumColumn(Region, 'region'),
});

async function fails(label: string, run: () => Promise<unknown>) {
  try {
    console.log(label, 'no error:', await run());
  } catch (error) {
    // Drizzle wraps driver-side failures; a mapping error is thrown as it is.
    const e = error as Error & { cause?: Error };
    console.log(label, `${e.constructor.name}: ${e.message.split('\n')[0]}`);
  }
}

export async function main() {
  const client = new PGlite();
  const db = drizzle(client);
  const statements = await generateMigration(
    await generateDrizzleJson({}),
    await generateDrizzleJson({ priorityType, payments }),
  );
  for (const statement of statements) {
    console.log(statement);
    await client.exec(statement);
  }
  const labels = await client.query<{ label: string }>(
    'SELECT unnest(enum_range(NULL::priority))::text AS label',
  );
  console.log(
    'ENUM labels',
    labels.rows.map((r) => r.label),
  );

  await db.insert(payments).values([
    {
      status: Status.SETTLED,
      priority: Priority.URGENT,
      http: HttpStatus.OK,
      perm: Perm.R.or(Perm.W),
      planet: Planet.EARTH,
      ratio: Ratio.HALF,
      region: Region.EU,
    },
    { status: Status.PENDING, priority: Priority.LOW },
  ]);
  const raw = await client.query(
    'SELECT status, priority, http, perm, planet, ratio, region FROM payments ORDER BY id',
  );
  console.log('stored', JSON.stringify(raw.rows));

  const rows = await db.select().from(payments).orderBy(payments.id);
  for (const row of rows) {
    const { id, ...rest } = row;
    console.log('row', id, rest);
  }
  const first = rows[0]!;
  console.log(
    'members',
    first.status === Status.COMPLETED,
    first.priority === Priority.HIGH,
    first.perm === Perm.of(3),
  );

  const settled = await db
    .select({ id: payments.id })
    .from(payments)
    .where(eq(payments.status, Status.SETTLED));
  console.log('eq(status, Status.SETTLED)', settled);
  const high = await db
    .select({ id: payments.id })
    .from(payments)
    .where(eq(payments.priority, Priority.URGENT));
  console.log('eq(priority, Priority.URGENT)', high);

  await fails('insert a non-member', () =>
    db.insert(payments).values({ status: 7 as never, priority: Priority.LOW }),
  );
  await client.exec("INSERT INTO payments (status, priority) VALUES (5, 'low')");
  await fails('read a bad status', () => db.select().from(payments));
  await client.exec('DELETE FROM payments WHERE status = 5');
  await client.exec("ALTER TYPE priority ADD VALUE 'someday'");
  await client.exec("INSERT INTO payments (status, priority) VALUES (1, 'someday')");
  await fails('read a label the enum lacks', () => db.select().from(payments));
  await client.close();
}
