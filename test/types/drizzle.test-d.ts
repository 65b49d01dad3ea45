/**
 * Type tests for `tsenum/drizzle` (SPEC section 13): rows read members, inserts take members,
 * and `eq` compares a column with a member. Checked by test/types/types.test.ts.
 */
import { eq } from 'drizzle-orm';
import { pgTable, serial } from 'drizzle-orm/pg-core';
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import { Enum, StrEnum } from 'tsenum';
import { pgEnumColumn, pgEnumOf, sqliteEnumColumn } from 'tsenum/drizzle';
import { expectTypeOf } from 'vitest';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
}
class Priority extends StrEnum {
  static readonly LOW = new Priority();
}

export const priorityType = pgEnumOf(Priority);
const payments = pgTable('payments', {
  id: serial('id').primaryKey(),
  status: pgEnumColumn(Status, 'status').notNull(),
  priority: pgEnumColumn(Priority, 'priority'),
});
expectTypeOf<typeof payments.$inferSelect.status>().toEqualTypeOf<Status>();
expectTypeOf<typeof payments.$inferSelect.priority>().toEqualTypeOf<Priority | null>();
expectTypeOf<typeof payments.$inferInsert.status>().toEqualTypeOf<Status>();
eq(payments.status, Status.COMPLETED);

const tasks = sqliteTable('tasks', {
  id: integer('id').primaryKey(),
  status: sqliteEnumColumn(Status).notNull(),
});
expectTypeOf<typeof tasks.$inferSelect.status>().toEqualTypeOf<Status>();

// @ts-expect-error: pgEnumOf is for StrEnum classes (a native ENUM's labels are strings)
pgEnumOf(Status);
