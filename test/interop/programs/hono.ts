// Hono's standard validator (@hono/standard-validator) parses a request's JSON into a member.
import { sValidator } from '@hono/standard-validator';
import { Hono } from 'hono';
import { Enum, StrEnum, schemaOf } from 'tsenum';

class Status extends Enum<number> {
  static readonly PENDING = new Status(1);
  static readonly COMPLETED = new Status(10);
  static readonly SETTLED = new Status(10);
}

class Priority extends StrEnum {
  static readonly _json_ = 'name';
  static readonly LOW = new Priority();
  static readonly HIGH = new Priority();
}

const app = new Hono()
  .post('/status', sValidator('json', schemaOf(Status)), (c) => {
    const status: Status = c.req.valid('json');
    return c.json({ got: String(status), completed: status === Status.COMPLETED, echo: status });
  })
  // The class itself carries `~standard` too (typed loosely: `schemaOf` gives `Priority`).
  .post('/priority', sValidator('json', Priority), (c) => {
    const priority = c.req.valid('json');
    return c.json({ got: String(priority), high: priority === Priority.HIGH, echo: priority });
  });

const post = (path: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

export async function main() {
  for (const body of [10, 1, 5, '10']) {
    const res = await post('/status', body);
    console.log('POST /status', JSON.stringify(body), res.status, await res.text());
  }
  for (const body of ['HIGH', 'high']) {
    const res = await post('/priority', body);
    console.log('POST /priority', JSON.stringify(body), res.status, await res.text());
  }
}
