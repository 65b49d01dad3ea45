// zod 4 has no route for a foreign Standard Schema inside its own schemas; this is the glue
// the README shows, with zod's own JSON Schema of it.
import { Enum, StrEnum } from 'tsenum';
import { z } from 'zod';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
}

class Mode extends StrEnum {
  static readonly READ = new Mode();
  static readonly WRITE = new Mode();
}

// The values as a zod literal (its JSON Schema), then the member.
const status = z.literal(Status.members().map((m) => m.value)).transform((v) => Status.of(v));
const mode = z.literal(Mode.members().map((m) => m.value)).transform((v) => Mode.of(v));
const Payment = z.object({ id: z.string(), status, mode });

export async function main() {
  const parsed = Payment.parse({ id: 'p1', status: 10, mode: 'read' });
  const s: Status = parsed.status;
  console.log('parsed', parsed, s === Status.COMPLETED, parsed.mode === Mode.READ);
  const bad = Payment.safeParse({ id: 'p2', status: 5, mode: 'READ' });
  console.log(
    'bad',
    bad.success,
    bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
  );
  console.log('json schema', JSON.stringify(z.toJSONSchema(Payment, { io: 'input' })));
  try {
    z.toJSONSchema(Payment);
  } catch (error) {
    console.log('output JSON Schema', (error as Error).message);
  }
}
