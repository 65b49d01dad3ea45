/**
 * Compile-time values: the literals a member's value can be written with (numbers, strings,
 * booleans, null, undefined, bigints, arrays and plain objects of those). Anything else is
 * OPAQUE: the transformer does not know it, and leaves what depends on it to the runtime.
 */
import { skipOuter } from './find';
import type { Env, TS } from './types';

export const OPAQUE: unique symbol = Symbol('opaque');
/** `auto()` (or nothing) where a value goes. */
export const AUTO: unique symbol = Symbol('auto');

export type Value = unknown;

export interface EvalScope {
  /** Is this call `auto()` of tsenum? */
  readonly isAutoCall?: (node: TS.CallExpression) => boolean;
  /** Names bound to values (a constructor's parameters). */
  readonly bindings?: ReadonlyMap<string, Value>;
}

export function evaluate(env: Env, expression: TS.Expression, scope: EvalScope = {}): Value {
  const { ts } = env;
  const node = skipOuter(ts, expression);
  switch (node.kind) {
    case ts.SyntaxKind.NumericLiteral:
      return Number((node as TS.NumericLiteral).text);
    case ts.SyntaxKind.BigIntLiteral:
      return bigint((node as TS.BigIntLiteral).text);
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return (node as TS.StringLiteral).text;
    case ts.SyntaxKind.TrueKeyword:
      return true;
    case ts.SyntaxKind.FalseKeyword:
      return false;
    case ts.SyntaxKind.NullKeyword:
      return null;
    case ts.SyntaxKind.Identifier:
      return identifier(env, node as TS.Identifier, scope);
    case ts.SyntaxKind.PrefixUnaryExpression:
      return prefix(env, node as TS.PrefixUnaryExpression, scope);
    case ts.SyntaxKind.TemplateExpression:
      return template(env, node as TS.TemplateExpression, scope);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return array(env, node as TS.ArrayLiteralExpression, scope);
    case ts.SyntaxKind.ObjectLiteralExpression:
      return object(env, node as TS.ObjectLiteralExpression, scope);
    case ts.SyntaxKind.CallExpression:
      return scope.isAutoCall?.(node as TS.CallExpression) ? AUTO : OPAQUE;
    default:
      return OPAQUE;
  }
}

function bigint(text: string): Value {
  try {
    return BigInt(text.replace(/n$/, ''));
  } catch {
    return OPAQUE;
  }
}

function identifier(env: Env, node: TS.Identifier, scope: EvalScope): Value {
  const bound = scope.bindings;
  if (bound?.has(node.text)) return bound.get(node.text);
  if (node.text !== 'undefined') return OPAQUE;
  // The global `undefined` has no declaration; a local one that shadows it does.
  const symbol = env.checker.getSymbolAtLocation(node);
  return symbol && (symbol.declarations?.length ?? 0) > 0 ? OPAQUE : undefined;
}

function prefix(env: Env, node: TS.PrefixUnaryExpression, scope: EvalScope): Value {
  const { ts } = env;
  const operand = evaluate(env, node.operand, scope);
  if (typeof operand !== 'number' && typeof operand !== 'bigint') return OPAQUE;
  if (node.operator === ts.SyntaxKind.MinusToken) return -operand;
  if (node.operator === ts.SyntaxKind.PlusToken && typeof operand === 'number') return operand;
  return OPAQUE;
}

function template(env: Env, node: TS.TemplateExpression, scope: EvalScope): Value {
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const part = evaluate(env, span.expression, scope);
    if (
      !['string', 'number', 'boolean', 'bigint', 'undefined'].includes(typeof part) &&
      part !== null
    )
      return OPAQUE;
    text += String(part) + span.literal.text;
  }
  return text;
}

function array(env: Env, node: TS.ArrayLiteralExpression, scope: EvalScope): Value {
  const out: Value[] = [];
  for (const element of node.elements) {
    if (env.ts.isSpreadElement(element) || env.ts.isOmittedExpression(element)) return OPAQUE;
    const value = evaluate(env, element, scope);
    if (value === OPAQUE || value === AUTO) return OPAQUE;
    out.push(value);
  }
  return out;
}

function object(env: Env, node: TS.ObjectLiteralExpression, scope: EvalScope): Value {
  const { ts } = env;
  const out: Record<string, Value> = {};
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) return OPAQUE;
    const key = propertyKey(env, property.name);
    if (key === undefined || key === '__proto__') return OPAQUE;
    const value = evaluate(env, property.initializer, scope);
    if (value === OPAQUE || value === AUTO) return OPAQUE;
    out[key] = value;
  }
  return out;
}

/** The string key a property name stands for, when it is written as a literal. */
export function propertyKey(env: Env, name: TS.PropertyName): string | undefined {
  const { ts } = env;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  if (ts.isComputedPropertyName(name)) {
    const value = evaluate(env, name.expression);
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** A value the rewrite can write back as a literal (auto values: numbers and strings). */
export function isWritable(value: Value): value is number | string {
  return (
    typeof value === 'string' ||
    (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0))
  );
}
