/**
 * Generated bench sources: the 1,000-member definitions (tsenum class form and `create`, the
 * plain-JavaScript baseline, TypeScript's enum, enum-plus) and the 300-file project the
 * `tspc` compile is timed on. Member `Mi` has the value `i + 1` everywhere, and every
 * definition loop returns `size + valueOf(member with value SIZE)` so the checksums agree.
 */

const names = (count) => Array.from({ length: count }, (_, i) => `M${i}`);

/** tsenum: the class form (rewritten by the transformer in the transformed build) and `create`. */
export function bigSubject(count) {
  const statics = names(count)
    .map((name, i) => `    static readonly ${name} = new Big(${i + 1});`)
    .join('\n');
  return `import { Enum } from 'tsenum';

export function defineClass(n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) {
    class Big extends Enum<number> {
${statics}
    }
    s += Big.size + Big.of(${count}).value;
  }
  return s;
}

const NAMES: string[] = ${JSON.stringify(names(count))};

export function defineCreate(n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) {
    const Big = Enum.create('Big', NAMES);
    s += Big.size + (Big.of(${count}) as Enum<number>).value;
  }
  return s;
}
`;
}

/** The baseline: frozen member objects in a frozen plain object, and a Map by value. */
export function bigBaseline(count) {
  const props = names(count)
    .map((name, i) => `      ${name}: Object.freeze({ name: '${name}', value: ${i + 1} }),`)
    .join('\n');
  return `'use strict';
exports.defineBaseline = function defineBaseline(n) {
  let s = 0;
  for (let k = 0; k < n; k++) {
    const members = {
${props}
    };
    const byValue = new Map();
    let size = 0;
    for (const name in members) {
      const m = members[name];
      byValue.set(m.value, m);
      size++;
    }
    Object.freeze(members);
    s += size + byValue.get(${count}).value;
  }
  return s;
};
`;
}

/** Reference rows: TypeScript's enum (declared in the loop) and enum-plus. */
export function bigReference(count) {
  const tsMembers = names(count)
    .map((name, i) => `      ${name} = ${i + 1},`)
    .join('\n');
  const epMembers = names(count)
    .map((name, i) => `      ${name}: ${i + 1},`)
    .join('\n');
  return `import { Enum as EnumPlus } from 'enum-plus';

export function defineTsEnum(n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) {
    enum Big {
${tsMembers}
    }
    const reverse = Big as unknown as Record<number, string>;
    s += Object.keys(Big).length / 2 + (reverse[${count}] === 'M${count - 1}' ? ${count} : 0);
  }
  return s;
}

export function definePlainClass(n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) {
    class Big {
      static __dictionary = 0;
      static {
        delete (this as { __dictionary?: number }).__dictionary;
      }
${names(count)
  .map((name, i) => `      static readonly ${name} = new Big('${name}', ${i + 1});`)
  .join('\n')}
      // Declared, not fields: instance field definitions make V8 define the statics slowly.
      declare readonly name: string;
      declare readonly value: number;
      constructor(name: string, value: number) {
        this.name = name;
        this.value = value;
        Object.freeze(this);
      }
    }
    const byValue = new Map<number, Big>();
    let size = 0;
    for (const m of Object.values(Big) as Big[]) {
      byValue.set(m.value, m);
      size++;
    }
    s += size + (byValue.get(${count}) as Big).value;
  }
  return s;
}

export function defineEnumPlus(n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) {
    const Big = EnumPlus({
${epMembers}
    });
    const found = Big.findBy('value', ${count}) as unknown as { value: number };
    s += Big.items.length + found.value;
  }
  return s;
}
`;
}

/**
 * One file of the 300-file project: a few enums of every kind (auto values, aliases,
 * flags with named combinations), code that uses them and imports from other files, and
 * ordinary TypeScript around them (interfaces, generics, classes), so the transformer's share
 * of the compile is what it would be in an application, not in a file of nothing but enums.
 */
export function projectFile(i, total) {
  const dep = (i * 7 + 3) % total;
  const imports = i === dep ? '' : `import { Color${dep}, use${dep} } from './f${dep}';\n`;
  return `import { auto, Enum, Flag, IntEnum, StrEnum, unique } from 'tsenum';
${imports}
@unique
export class Color${i} extends Enum<number> {
  static readonly RED = new Color${i}(1);
  static readonly GREEN = new Color${i}(2);
  static readonly BLUE = new Color${i}();
  static readonly CYAN = new Color${i}(auto());
  static readonly MAGENTA = new Color${i}(10);
  static readonly YELLOW = new Color${i}();
  describe(): string {
    return \`\${this.name} is \${this.value}\`;
  }
}

export class Status${i} extends IntEnum {
  static readonly PENDING = new Status${i}(1);
  static readonly ACTIVE = new Status${i}(2);
  static readonly DONE = new Status${i}(10);
  static readonly FINISHED = new Status${i}(10);
  static readonly ARCHIVED = Status${i}.DONE;
}

export class Mode${i} extends StrEnum {
  static readonly READ = new Mode${i}();
  static readonly WRITE = new Mode${i}();
  static readonly ADMIN = new Mode${i}('administrator');
}

export class Perm${i} extends Flag {
  static readonly R = new Perm${i}();
  static readonly W = new Perm${i}();
  static readonly X = new Perm${i}();
  static readonly RW = new Perm${i}(3);
  static readonly RWX = new Perm${i}(7);
}

export interface Record${i}<T> {
  readonly id: number;
  readonly color: Color${i};
  readonly status: Status${i};
  readonly payload: T;
  readonly tags: readonly string[];
}

export class Store${i}<T> {
  private readonly items = new Map<number, Record${i}<T>>();
  add(record: Record${i}<T>): this {
    this.items.set(record.id, record);
    return this;
  }
  byColor(color: Color${i}): Record${i}<T>[] {
    return [...this.items.values()].filter((r) => r.color === color);
  }
  summary(): Partial<Record<string, number>> {
    const out: Partial<Record<string, number>> = {};
    for (const r of this.items.values()) out[r.status.name] = (out[r.status.name] ?? 0) + 1;
    return out;
  }
}

export function use${i}(value: number, mode: string): string {
  const color = Color${i}.of(value);
  const status = Status${i}.tryOf(value) ?? Status${i}.PENDING;
  const perm = Perm${i}.R.or(Perm${i}.W);
  const parsed = Mode${i}.tryOf(mode);
  return [color.describe(), String(status), perm.name, parsed?.value ?? 'none'${i === dep ? '' : `, use${dep}(Color${dep}.RED.value, 'read')`}].join(' ');
}
`;
}
