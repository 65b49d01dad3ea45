// tRPC's input parser: a procedure called through a server-side caller, in process.
import { initTRPC, TRPCError } from '@trpc/server';
import { Enum, schemaOf } from 'tsenum';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
}

const t = initTRPC.create();
const router = t.router({
  settle: t.procedure.input(schemaOf(Status)).mutation(({ input }) => {
    const status: Status = input;
    return { was: status.name, done: status === Status.COMPLETED };
  }),
  // tRPC calls any function it is given as a parser and, before Standard Schema, a `create`
  // method: the enum class itself would not validate, so the README says `schemaOf(C)`.
  wrong: t.procedure.input(Status as never).query(({ input }) => String(input)),
});
const caller = t.createCallerFactory(router)({});

export async function main() {
  console.log('settle(10)', await caller.settle(10));
  console.log('settle(1)', await caller.settle(1));
  for (const input of [5, '10']) {
    try {
      // @ts-expect-error: the input type is Status's value type, number
      await caller.settle(input as number | string);
    } catch (error) {
      const e = error as TRPCError & { cause?: { issues?: unknown } };
      console.log(
        `settle(${JSON.stringify(input)})`,
        e instanceof TRPCError,
        e.code,
        e.cause?.issues,
      );
    }
  }
  try {
    console.log('wrong(10)', await caller.wrong(10 as never));
  } catch (error) {
    console.log(
      'wrong(10)',
      (error as TRPCError).code,
      ((error as TRPCError).cause as Error).constructor.name,
    );
  }
}
