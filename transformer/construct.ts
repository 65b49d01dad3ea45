/**
 * What value `new C(...args)` gives a member, following the constructors between the class
 * and the tsenum base. Without one of the user's, the base gets the arguments: the first is
 * the value, none (or `auto()`) is an auto value. A constructor of the user's is read only
 * in the plain shape `constructor(a, b = 1) { super(<literal built from a, b>); ... }`;
 * anything else makes the value unknown. `undefined` reaching the base is an auto value.
 */
import { AUTO, type EvalScope, evaluate, OPAQUE, type Value } from './evaluate';
import type { ClassRead } from './read';
import type { Env, TS } from './types';

export type Construct =
  | { readonly kind: 'plain' }
  | {
      readonly kind: 'super';
      readonly ctor: TS.ConstructorDeclaration;
      readonly superArgs: readonly TS.Expression[];
    }
  | { readonly kind: 'opaque' };

/** `reads`: the class itself first, then its parents up to the tsenum base. */
export function constructOf(env: Env, reads: readonly ClassRead[]): Construct {
  const { ts } = env;
  const index = reads.findIndex((r) => r.ctor !== undefined);
  if (index < 0) return { kind: 'plain' };
  const read = reads[index] as ClassRead;
  const ctor = read.ctor as TS.ConstructorDeclaration;
  if (read.ambient || !ctor.body || reads.slice(index + 1).some((r) => r.ctor !== undefined))
    return { kind: 'opaque' };
  const simpleParams = ctor.parameters.every((p) => ts.isIdentifier(p.name) && !p.dotDotDotToken);
  const first = ctor.body.statements[0];
  if (!simpleParams || !first || !ts.isExpressionStatement(first)) return { kind: 'opaque' };
  const call = first.expression;
  if (!ts.isCallExpression(call) || call.expression.kind !== ts.SyntaxKind.SuperKeyword)
    return { kind: 'opaque' };
  if (call.arguments.some((a) => ts.isSpreadElement(a))) return { kind: 'opaque' };
  return { kind: 'super', ctor, superArgs: call.arguments };
}

/** The member's value: a literal, AUTO, or OPAQUE. */
export function constructedValue(
  env: Env,
  construct: Construct,
  args: readonly TS.Expression[],
  isAutoCall: EvalScope['isAutoCall'],
): Value {
  const values = args.map((a) => evaluate(env, a, { isAutoCall }));
  if (values.some((v) => v === OPAQUE)) return OPAQUE;
  if (construct.kind === 'opaque') return OPAQUE;
  // `undefined` given to the base is auto, as no argument is (runtime/lifecycle.ts construct).
  if (construct.kind === 'plain') return values[0] === undefined ? AUTO : values[0];
  const bindings = new Map<string, Value>();
  for (const [i, param] of construct.ctor.parameters.entries()) {
    let value = values[i];
    if (value === undefined && param.initializer) value = evaluate(env, param.initializer);
    bindings.set((param.name as TS.Identifier).text, value);
  }
  if (construct.superArgs.length === 0) return AUTO;
  const value = evaluate(env, construct.superArgs[0] as TS.Expression, { isAutoCall, bindings });
  if (value === undefined) return AUTO;
  // A binding that is not a literal leaks only through the super argument that names it.
  return containsOpaque(value) ? OPAQUE : value;
}

function containsOpaque(value: Value): boolean {
  if (value === OPAQUE) return true;
  if (Array.isArray(value)) return value.some(containsOpaque);
  if (value && typeof value === 'object') return Object.values(value).some(containsOpaque);
  return false;
}
