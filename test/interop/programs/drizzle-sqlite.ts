// tsenum/drizzle on SQLite (sql.js: SQLite in WASM, in process, no native build): drizzle-kit
// writes the schema, Drizzle inserts members and reads them back.
import { generateSQLiteDrizzleJson, generateSQLiteMigration } from 'drizzle-kit/api';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/sql-js';
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import initSqlJs from 'sql.js';
import { Enum, IntFlag, StrEnum } from 'tsenum';
import { sqliteEnumColumn } from 'tsenum/drizzle';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
}

class Priority extends StrEnum {
  static readonly LOW = new Priority();
  static readonly HIGH = new Priority();
  static readonly URGENT = new Priority('high');
}

class Perm extends IntFlag {
  static readonly R = new Perm();
  static readonly W = new Perm();
}

class Ratio extends Enum<number> {
  static readonly HALF = new Ratio(0.5);
}

class Switch extends Enum<boolean> {
  static readonly ON = new Switch(true);
  static readonly OFF = new Switch(false);
}

class Point extends Enum<{ x: number; y: number }> {
  static readonly ORIGIN = new Point({ x: 0, y: 0 });
}

export const tasks = sqliteTable('tasks', {
  id: integer('id').primaryKey(),
  status: sqliteEnumColumn(Status, 'status').notNull(),
  priority: sqliteEnumColumn(Priority, 'priority').notNull(),
  perm: sqliteEnumColumn(Perm, 'perm'),
  ratio: sqliteEnumColumn(Ratio, 'ratio'),
  switch: sqliteEnumColumn(Switch, 'switch'),
  point: sqliteEnumColumn(Point, 'point'),
});

export async function main() {
  const SQL = await initSqlJs();
  const client = new SQL.Database();
  const db = drizzle(client);
  const statements = await generateSQLiteMigration(
    await generateSQLiteDrizzleJson({}),
    await generateSQLiteDrizzleJson({ tasks }),
  );
  for (const statement of statements) {
    console.log(statement);
    client.run(statement);
  }
  db.insert(tasks)
    .values([
      {
        status: Status.SETTLED,
        priority: Priority.URGENT,
        perm: Perm.R.or(Perm.W),
        ratio: Ratio.HALF,
        switch: Switch.OFF,
        point: Point.ORIGIN,
      },
      { status: Status.PENDING, priority: Priority.LOW, switch: Switch.ON },
    ])
    .run();
  console.log(
    'stored',
    JSON.stringify(
      client.exec('SELECT status, priority, perm, ratio, switch, point FROM tasks ORDER BY id')[0]
        ?.values,
    ),
  );
  for (const row of db.select().from(tasks).orderBy(tasks.id).all()) {
    const { id, ...rest } = row;
    console.log('row', id, rest);
  }
  const settled = db
    .select({ id: tasks.id })
    .from(tasks)
    .where(eq(tasks.status, Status.SETTLED))
    .all();
  console.log('eq(status, Status.SETTLED)', settled);
  client.run("INSERT INTO tasks (status, priority) VALUES (1, 'someday')");
  try {
    db.select().from(tasks).all();
  } catch (error) {
    console.log(
      'read a bad priority',
      `${(error as Error).constructor.name}: ${(error as Error).message}`,
    );
  }
  client.close();
}
