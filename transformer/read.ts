/**
 * A class declaration as the runtime will see it: which statics are members (`new C(...)`
 * or an alias by reference `C.A`), which are other statics, and whether anything in the
 * body is beyond reading (a static block, a computed key, a call that might construct a
 * member, a decorator on a member), in which case the class is `opaque`.
 */
import { pyRepr } from '../src/repr';
import { ignoredNames } from '../src/reserved';
import { evaluate, OPAQUE, propertyKey } from './evaluate';
import { isAmbient, skipOuter, symbolAt, symbolOf } from './find';
import type { ClassLike, Env, TS } from './types';

export type MemberSource =
  /** `new C(...args)`; the value follows from the arguments and the constructors. */
  | {
      readonly kind: 'new';
      readonly expression: TS.NewExpression;
      readonly args: readonly TS.Expression[];
    }
  /** `C.A`: an alias by reference to the earlier member `A`. */
  | { readonly kind: 'ref'; readonly to: string }
  /** A member whose value cannot be read (a `.d.ts` class). */
  | { readonly kind: 'opaque' };

export interface MemberRead {
  readonly name: string;
  readonly decl: TS.PropertyDeclaration;
  readonly source: MemberSource;
}

export interface OtherStatic {
  readonly name: string;
  readonly node: TS.ClassElement;
  /** How a clash message describes it: `a static method`, or the value's repr. */
  readonly what: string;
  /** Its value is not known (it may even be a member). */
  readonly unknown?: boolean;
}

export interface ClassRead {
  readonly decl: ClassLike;
  readonly members: readonly MemberRead[];
  readonly others: readonly OtherStatic[];
  readonly opaque: boolean;
  /** `_order_`: absent (undefined), a value the runtime reads, or not readable. */
  readonly order:
    | { readonly value: unknown; readonly node: TS.ClassElement }
    | 'opaque'
    | undefined;
  /** Declares its own `_generate_next_value_`. */
  readonly hook: boolean;
  /** Its own constructor: a body the transformer may read, or a declaration without one. */
  readonly ctor: TS.ConstructorDeclaration | undefined;
  /** Constructing an instance runs code of its own (fields, #private methods, decorators). */
  readonly instanceCode: boolean;
  /** A `declare` class or one in a declaration file. */
  readonly ambient: boolean;
}

const ARRAY_INDEX = /^(0|[1-9]\d*)$/;

export function readClass(env: Env, decl: ClassLike): ClassRead {
  const { ts } = env;
  const ambient = isAmbient(ts, decl);
  const classSymbol = decl.name ? symbolAt(env, decl.name) : undefined;
  const isSelf = (node: TS.Expression): boolean => {
    const inner = skipOuter(ts, node);
    if (inner.kind === ts.SyntaxKind.ThisKeyword) return !ambient;
    return classSymbol !== undefined && symbolOf(env, inner) === classSymbol;
  };
  const members: MemberRead[] = [];
  const others: OtherStatic[] = [];
  let opaque = false;
  let order: ClassRead['order'];
  let hook = false;
  let ctor: TS.ConstructorDeclaration | undefined;
  let instanceCode = false;
  let ignore: unknown;

  for (const element of decl.members) {
    if (ts.canHaveDecorators(element) && ts.getDecorators(element)?.length) {
      opaque = true;
      instanceCode = true;
    }
    if (ts.isConstructorDeclaration(element)) {
      if (element.body || ambient) ctor = element;
      continue;
    }
    if (ts.isClassStaticBlockDeclaration(element)) {
      opaque = true;
      continue;
    }
    if (
      !ts.isPropertyDeclaration(element) &&
      !ts.isMethodDeclaration(element) &&
      !ts.isAccessor(element)
    )
      continue;
    const modifiers = ts.getCombinedModifierFlags(element);
    if (modifiers & (ts.ModifierFlags.Ambient | ts.ModifierFlags.Abstract)) continue;
    if (!ts.isPropertyDeclaration(element) && !element.body && !ambient) continue; // an overload signature
    const isStatic = (modifiers & ts.ModifierFlags.Static) !== 0;
    if (!isStatic) {
      if (ts.isPropertyDeclaration(element) || ts.isPrivateIdentifier(element.name))
        instanceCode = true;
      continue;
    }
    if (ts.isPrivateIdentifier(element.name)) {
      if (
        ts.isPropertyDeclaration(element) &&
        element.initializer &&
        !isInert(env, element.initializer)
      )
        opaque = true;
      continue;
    }
    if (
      ts.isComputedPropertyName(element.name) &&
      isWellKnownSymbol(env, element.name.expression)
    ) {
      // `static [Symbol.iterator]() {}`: never a member, never a clash.
      const init = ts.isPropertyDeclaration(element) ? element.initializer : undefined;
      if (init && !isInert(env, init)) opaque = true;
      continue;
    }
    const name = propertyKey(env, element.name);
    if (name === undefined || ARRAY_INDEX.test(name)) {
      opaque = true;
      continue;
    }
    if (name === '_generate_next_value_') hook = true;
    if (!ts.isPropertyDeclaration(element)) {
      if (name === '_order_' && !ts.isMethodDeclaration(element)) order = 'opaque';
      if (name === '_ignore_') ignore = OPAQUE;
      others.push({ name, node: element, what: describeFunction(ts, element) });
      continue;
    }
    if (modifiers & ts.ModifierFlags.Accessor) {
      opaque = true;
      continue;
    }
    if (ambient) {
      if (
        element.type &&
        ts.isTypeReferenceNode(element.type) &&
        isSelf(typeNameExpression(ts, element.type.typeName))
      ) {
        members.push({ name, decl: element, source: { kind: 'opaque' } });
      }
      continue;
    }
    const init = element.initializer && skipOuter(ts, element.initializer);
    const source = init && memberSource(env, init, isSelf, members);
    if (source) {
      members.push({ name, decl: element, source });
      continue;
    }
    if (init && !isInert(env, init)) {
      opaque = true;
      if (name === '_order_') order = 'opaque';
      if (name === '_ignore_') ignore = OPAQUE;
      others.push({ name, node: element, what: 'a static property', unknown: true });
      continue;
    }
    const value = init ? evaluate(env, init) : undefined;
    if (name === '_order_') order = { value, node: element };
    if (name === '_ignore_') ignore = value;
    others.push({
      name,
      node: element,
      what: value === OPAQUE ? 'a static function' : pyRepr(value),
    });
  }
  const kept = withoutIgnored(members, ignore);
  if (kept === undefined) opaque = true;
  const read = { decl, others, opaque, order, hook, ctor, instanceCode, ambient };
  return { ...read, members: kept ?? members };
}

/**
 * `_ignore_` (SPEC section 5): the statics it names are not members. Undefined when that
 * cannot be known here (not a literal, or an alias by reference to an ignored name).
 */
function withoutIgnored(
  members: readonly MemberRead[],
  ignore: unknown,
): readonly MemberRead[] | undefined {
  if (ignore === undefined) return members;
  const names = ignoredNames(ignore);
  if (names === undefined) return undefined;
  const kept = members.filter((m) => !names.includes(m.name));
  if (kept.some((m) => m.source.kind === 'ref' && names.includes(m.source.to))) return undefined;
  return kept;
}

function memberSource(
  env: Env,
  init: TS.Expression,
  isSelf: (node: TS.Expression) => boolean,
  earlier: readonly MemberRead[],
): MemberSource | undefined {
  const { ts } = env;
  if (ts.isNewExpression(init) && isSelf(init.expression)) {
    const args = init.arguments ?? [];
    if (args.some((a) => ts.isSpreadElement(a))) return undefined;
    return { kind: 'new', expression: init, args };
  }
  let to: string | undefined;
  if (
    ts.isPropertyAccessExpression(init) &&
    !ts.isPrivateIdentifier(init.name) &&
    isSelf(init.expression)
  ) {
    to = init.name.text;
  } else if (ts.isElementAccessExpression(init) && isSelf(init.expression)) {
    const key = evaluate(env, init.argumentExpression);
    if (typeof key === 'string') to = key;
  }
  if (to !== undefined && earlier.some((m) => m.name === to)) return { kind: 'ref', to };
  return undefined;
}

/** Evaluating it runs no code of the user's and constructs nothing: a literal or a function. */
function isInert(env: Env, init: TS.Expression): boolean {
  const { ts } = env;
  const node = skipOuter(ts, init);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return true;
  return evaluate(env, node) !== OPAQUE;
}

function describeFunction(ts: Env['ts'], element: TS.ClassElement): string {
  if (ts.isGetAccessor(element)) return 'a static getter';
  if (ts.isSetAccessor(element)) return 'a static setter';
  return 'a static method';
}

function typeNameExpression(ts: Env['ts'], name: TS.EntityName): TS.Expression {
  // An identifier is both; a qualified name `ns.C` resolves through its right-hand identifier.
  return (ts.isIdentifier(name) ? name : name.right) as TS.Expression;
}

/** `Symbol.iterator` and the like, with `Symbol` the global of the default library. */
function isWellKnownSymbol(env: Env, expression: TS.Expression): boolean {
  const { ts, program } = env;
  if (!ts.isPropertyAccessExpression(expression) || !ts.isIdentifier(expression.expression))
    return false;
  if (expression.expression.text !== 'Symbol') return false;
  const declarations = env.checker.getSymbolAtLocation(expression.expression)?.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()))
  );
}
