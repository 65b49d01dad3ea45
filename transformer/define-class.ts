/**
 * One enum class at compile time: its members (read.ts) and their values (construct.ts)
 * through the shared rules (entries.ts), the problems each found at its member, and, when
 * everything is known and nothing is wrong, the plan the rewrite carries out.
 */
import { type Check, uniqueProblem, verifyProblem } from '../src/checks';
import { type EnumTable, staticProblem } from '../src/define';
import { classRepr, type Kind } from '../src/kinds';
import { problems } from '../src/problems';
import { pyRepr } from '../src/repr';
import { type Construct, constructedValue, constructOf } from './construct';
import { defineItems, type Finding, type Item, type ItemValue, isRef, ref } from './entries';
import { AUTO, isWritable, OPAQUE } from './evaluate';
import { skipOuter } from './find';
import type { ClassRead, MemberRead } from './read';
import type { ClassLike, Env, TS } from './types';

/** `@unique`, `unique(C)`, `@verify(...)`, `verify(...)(C)`: where, and which checks. */
export interface CheckUse {
  readonly node: TS.Node;
  readonly checks: 'unique' | readonly Check[];
  /** In the class's own file: reported at the member, else at the call. */
  readonly local: boolean;
}

export interface Replacement {
  /** The auto value, written as a literal argument instead of nothing / `auto()`. */
  readonly value?: number | string;
  /**
   * Which argument the value replaces (an `auto()` a constructor of the user's hands to
   * `super`, SPEC section 2: its parameter receives the number too); absent: all of them.
   */
  readonly at?: number;
  /** The canonical member this alias by value is replaced by a reference to. */
  readonly alias?: string;
}

export interface Plan {
  readonly replacements: ReadonlyMap<TS.NewExpression, Replacement>;
  /** The class references the user wrote in `new C(...)`, in order. */
  readonly references: readonly TS.Expression[];
  /**
   * Every member name in definition order, and the index of the name each resolves to; both
   * empty when the seal must read the class itself (an alias by value keeps its `new`).
   */
  readonly names: readonly string[];
  readonly canonical: readonly number[];
  /**
   * The canonical members' values in definition order, when the class can be built from the
   * table as it is constructed (no code of the user's after super(), every canonical member a
   * `new C(...)` of its own static, every value a literal): emitted at the start of the class
   * body so the runtime names each member as `new` makes it and skips resolving the class
   * again. The runtime compares each constructed value with it and falls back to the ordinary
   * path on any difference.
   */
  readonly values?: readonly (number | string)[];
  /**
   * No `values`, but the names go to the start of the class body all the same (values `null`):
   * a constructor of the user's runs after super(), and can read `this.name` there (Python's
   * `__init__` reads `self._name_`). Each `new` in the body is for the next canonical member.
   */
  readonly namesFirst?: true;
}

export interface ClassAnalysis {
  readonly enumName: string;
  readonly kind: Kind;
  readonly findings: readonly Finding[];
  /** The table, when every value is known and nothing is wrong. */
  readonly table?: EnumTable;
  /** Present when the class may be rewritten and sealed at the end of its body. */
  readonly plan?: Plan;
}

export interface ClassInput {
  readonly enumName: string;
  readonly kind: Kind;
  readonly read: ClassRead;
  /** Reads of the classes between it and the tsenum base, nearest first. */
  readonly parents: readonly ClassRead[];
  readonly heritage: TS.Node;
  readonly checks: readonly CheckUse[];
  /** Code outside the body may change the class (a class decorator not tsenum's). */
  readonly outsideCode: boolean;
  readonly isAutoCall: (node: TS.CallExpression) => boolean;
  readonly nameOf: (decl: ClassLike) => string;
  /** The emit keeps `class` syntax (ES2015 and later). */
  readonly classSyntax: boolean;
}

export function analyzeClass(env: Env, input: ClassInput): ClassAnalysis {
  const { enumName, kind, read, parents } = input;
  const base = { enumName, kind };
  const all = [read, ...parents];
  const withMembers = parents.find((p) => p.members.length > 0);
  if (withMembers) {
    const problem = problems.extendsEnumWithMembers(
      enumName,
      classRepr(kind, input.nameOf(withMembers.decl)),
    );
    return { ...base, findings: [{ problem, node: input.heritage }] };
  }
  const construct = constructOf(env, all);
  const hook = all.some((r) => r.hook);
  const values = read.members.map((m) => memberValue(env, m, construct, hook, input.isAutoCall));
  const items: Item[] = read.members.map((m, i) => ({
    name: m.name,
    node: nameNode(m.decl),
    value: values[i],
  }));
  const order = read.order === undefined || read.order === 'opaque' ? undefined : read.order;
  const orderValue =
    typeof order?.value === 'string' || Array.isArray(order?.value)
      ? (order?.value as string)
      : undefined;
  const defined = defineItems(enumName, kind, items, {
    ...(orderValue !== undefined ? { order: orderValue } : {}),
    ...(order ? { orderNode: nameNode(order.node) } : {}),
    fallback: read.decl.name ?? read.decl,
    complete: !read.opaque && read.order !== 'opaque',
  });
  const findings = [
    ...defined.findings,
    ...staticProblems(enumName, read, values),
    ...lateHook(env, enumName, read, input.isAutoCall),
  ];
  const table = defined.table;
  if (table && findings.length === 0) findings.push(...checkProblems(table, read, input.checks));
  if (findings.length > 0 || !table) return { ...base, findings };
  const parentsKnown = parents.every((p) => !p.opaque);
  if (table.members.length === 0 || !parentsKnown || input.outsideCode)
    return { ...base, findings, table };
  // A constructor or fields of the user's run after super(): an alias by value keeps its
  // `new` (the constructor's effects are the program's), and the seal at the end of the body
  // makes it the member (SPEC section 2), from the class itself rather than from the table
  // (whose check would see the alias's own object). A class not emitted as a class is left
  // to the runtime.
  const codeAfterSuper = construct.kind !== 'plain' || all.some((r) => r.instanceCode);
  const aliasByValue = read.members.some((m, i) => {
    const member = table.members[i];
    return m.source.kind === 'new' && member !== undefined && member.canonical !== i;
  });
  if (aliasByValue && !input.classSyntax) return { ...base, findings, table };
  const keptAliases = aliasByValue && codeAfterSuper;
  const replacements = new Map<TS.NewExpression, Replacement>();
  read.members.forEach((m, i) => {
    const member = table.members[i];
    if (m.source.kind !== 'new' || !member) return;
    if (member.canonical !== i) {
      // Nothing of the user's runs after super(): the same object.
      if (!keptAliases)
        replacements.set(m.source.expression, {
          alias: (table.members[member.canonical] as { name: string }).name,
        });
    } else if (values[i] === AUTO && isWritable(member.value)) {
      // Without a constructor of the user's, `new C()` and `new C(value)` reach the base alike.
      if (construct.kind === 'plain')
        replacements.set(m.source.expression, { value: member.value });
      const at = autoArgument(env, construct, m.source.args, input.isAutoCall);
      if (at !== undefined) replacements.set(m.source.expression, { value: member.value, at });
    }
  });
  const references = read.members.flatMap((m) =>
    m.source.kind === 'new' ? [m.source.expression.expression] : [],
  );
  const names = keptAliases ? [] : table.members.map((m) => m.name);
  const canonical = keptAliases ? [] : table.members.map((m) => m.canonical);
  const fast = !codeAfterSuper && !keptAliases && input.classSyntax && read.order === undefined;
  const literal =
    fast &&
    table.members.every(
      (m, i) =>
        m.canonical !== i || (read.members[i]?.source.kind === 'new' && isWritable(m.value)),
    );
  const plan: Plan = literal
    ? {
        replacements,
        references,
        names,
        canonical,
        values: table.members
          .filter((m, i) => m.canonical === i)
          .map((m) => m.value as number | string),
      }
    : {
        replacements,
        references,
        names,
        canonical,
        ...(codeAfterSuper && !keptAliases && input.classSyntax ? { namesFirst: true } : {}),
      };
  return { ...base, findings, table, plan };
}

/**
 * `new Lab(auto(), 'a')` with `constructor(code, label) { super(code); ... }`: the index of the
 * `auto()` argument whose parameter is the value `super` gets, so the number is written there.
 */
function autoArgument(
  env: Env,
  construct: Construct,
  args: readonly TS.Expression[],
  isAutoCall: (node: TS.CallExpression) => boolean,
): number | undefined {
  const { ts } = env;
  if (construct.kind !== 'super' || construct.superArgs[0] === undefined) return undefined;
  const value = skipOuter(ts, construct.superArgs[0]); // `super(v!)`, `super(v as number)`
  if (!ts.isIdentifier(value)) return undefined;
  const at = construct.ctor.parameters.findIndex(
    (p) => ts.isIdentifier(p.name) && p.name.text === value.text,
  );
  if (at < 0) return undefined;
  // Not given (`new Lab()`): written as the next argument, when it is the next one.
  if (at === args.length) return at;
  const arg = args[at];
  return arg !== undefined && ts.isCallExpression(arg) && isAutoCall(arg) ? at : undefined;
}

function memberValue(
  env: Env,
  m: MemberRead,
  construct: Construct,
  hook: boolean,
  isAutoCall: (node: TS.CallExpression) => boolean,
): ItemValue {
  if (m.source.kind === 'ref') return ref(m.source.to);
  if (m.source.kind === 'opaque') return OPAQUE;
  const value = constructedValue(env, construct, m.source.args, isAutoCall);
  return value === AUTO && hook ? OPAQUE : value;
}

/**
 * `static _generate_next_value_ = ...` written after a member made with `auto()` (or no
 * argument): the runtime finds the hook changed at the end of the definition, CPython's
 * TypeError. A static method is not a field: methods exist before any static runs.
 */
function lateHook(
  env: Env,
  enumName: string,
  read: ClassRead,
  isAutoCall: (node: TS.CallExpression) => boolean,
): Finding[] {
  const { ts } = env;
  const hook = read.others.find(
    (o) => o.name === '_generate_next_value_' && ts.isPropertyDeclaration(o.node),
  );
  if (!hook) return [];
  const autoBefore = read.members.some((m) => {
    if (m.source.kind !== 'new' || m.decl.pos > hook.node.pos) return false;
    const first = m.source.args[0];
    return first === undefined || (ts.isCallExpression(first) && isAutoCall(first));
  });
  return autoBefore
    ? [{ problem: problems.hookAfterMembers(enumName), node: nameNode(hook.node) }]
    : [];
}

/** Other statics: `_sunder_` names (the runtime checks every own static) and name clashes. */
function staticProblems(
  enumName: string,
  read: ClassRead,
  values: readonly ItemValue[],
): Finding[] {
  const out: Finding[] = [];
  if (read.members.length === 0) return out;
  for (const other of read.others) {
    const problem = staticProblem(enumName, other.name);
    if (problem) out.push({ problem, node: nameNode(other.node) });
    // A static field or method `name` takes the class's own name (the runtime's ownName).
    const accessor = other.what === 'a static getter' || other.what === 'a static setter';
    if (other.name === 'name' && !accessor)
      out.push({ problem: problems.reservedName(enumName, 'name'), node: nameNode(other.node) });
  }
  const memberIndex = new Map(read.members.map((m, i) => [m.name, i]));
  for (const other of read.others) {
    const index = memberIndex.get(other.name);
    if (index === undefined || other.unknown) continue;
    const member = read.members[index] as MemberRead;
    if (member.decl.pos > other.node.pos) {
      out.push({
        problem: problems.nameClash(enumName, other.name, other.what),
        node: nameNode(member.decl),
      });
    } else {
      const value = values[index];
      const what = value === OPAQUE || value === AUTO || isRef(value) ? 'a member' : pyRepr(value);
      out.push({
        problem: problems.nameClash(enumName, other.name, what),
        node: nameNode(other.node),
      });
    }
  }
  return out;
}

function checkProblems(table: EnumTable, read: ClassRead, uses: readonly CheckUse[]): Finding[] {
  const out: Finding[] = [];
  for (const use of uses) {
    const problem =
      use.checks === 'unique' ? uniqueProblem(table) : verifyProblem(table, use.checks);
    if (!problem) continue;
    const member =
      use.local && problem.member !== undefined
        ? read.members.find((m) => m.name === problem.member)
        : undefined;
    out.push({ problem, node: member ? nameNode(member.decl) : use.node });
  }
  return out;
}

export function nameNode(element: TS.ClassElement): TS.Node {
  return element.name ?? element;
}
