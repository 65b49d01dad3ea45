/**
 * The functional form with literal arguments, `Enum.create('Animal', 'ANT BEE')` (and the
 * list, pairs and object forms, with `{ start }`), through the same rules as a class. Each
 * problem is placed at the name it is about: inside a names string, at that very word.
 */
import { classRepr, type Kind } from '../src/kinds';
import { problems } from '../src/problems';
import { defineItems, type Finding, type Item } from './entries';
import { AUTO, type EvalScope, evaluate, OPAQUE } from './evaluate';
import type { Env, TS } from './types';

export interface CreateInput {
  readonly call: TS.CallExpression;
  readonly kind: Kind;
  /** The classes between the callee and the tsenum base declare `_generate_next_value_`. */
  readonly hook: boolean;
  /** The callee's name, when it has members of its own: it cannot be extended. */
  readonly calleeWithMembers: string | undefined;
  readonly isAutoCall: (node: TS.CallExpression) => boolean;
}

export function analyzeCreate(env: Env, input: CreateInput): Finding[] {
  const { call, kind } = input;
  const [nameArg, namesArg, optionsArg] = call.arguments;
  if (!nameArg || !namesArg) return [];
  const enumName = evaluate(env, nameArg);
  if (typeof enumName !== 'string') return [];
  if (input.calleeWithMembers !== undefined) {
    const problem = problems.extendsEnumWithMembers(
      enumName,
      classRepr(kind, input.calleeWithMembers),
    );
    return [{ problem, node: call }];
  }
  const items = readNames(env, namesArg, { isAutoCall: input.isAutoCall });
  const start = readStart(env, optionsArg);
  if (!items || start === OPAQUE) return [];
  const known = items.map((item) =>
    item.value === AUTO && input.hook ? { ...item, value: OPAQUE } : item,
  );
  return defineItems(enumName, kind, known, {
    ...(start !== undefined ? { start } : {}),
    fallback: namesArg,
  }).findings;
}

function readNames(env: Env, node: TS.Expression, scope: EvalScope): Item[] | undefined {
  const { ts } = env;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return wordsOf(env, node);
  if (ts.isArrayLiteralExpression(node)) {
    const items: Item[] = [];
    let names = 0;
    for (const element of node.elements) {
      const name = evaluate(env, element);
      if (typeof name === 'string') {
        items.push({ name, node: element, value: AUTO });
        names++;
        continue;
      }
      if (!ts.isArrayLiteralExpression(element) || element.elements.length !== 2) return undefined;
      const [first, second] = element.elements as unknown as [TS.Expression, TS.Expression];
      const pairName = evaluate(env, first);
      if (typeof pairName !== 'string' || ts.isSpreadElement(second)) return undefined;
      items.push({ name: pairName, node: first, value: evaluate(env, second, scope) });
    }
    return names === 0 || names === items.length ? items : undefined;
  }
  if (ts.isObjectLiteralExpression(node)) return objectItems(env, node, scope);
  return undefined;
}

/** Names in a string, split on spaces and commas, each placed at its own word. */
function wordsOf(env: Env, node: TS.StringLiteral | TS.NoSubstitutionTemplateLiteral): Item[] {
  const text = node.text;
  const raw = node.getText().slice(1, -1);
  const exact = raw === text;
  const items: Item[] = [];
  for (const match of text.matchAll(/[^\s,]+/g)) {
    const word = match[0];
    const at = exact ? node.getStart() + 1 + (match.index ?? 0) : undefined;
    items.push({
      name: word,
      node: at === undefined ? node : spanNode(env, node, at, word.length),
      value: AUTO,
    });
  }
  return items;
}

/** A stand-in node covering part of a string literal, for a diagnostic's position only. */
function spanNode(env: Env, node: TS.Node, start: number, length: number): TS.Node {
  const file = node.getSourceFile();
  return {
    getSourceFile: () => file,
    getStart: () => start,
    getWidth: () => length,
    getEnd: () => start + length,
    pos: start,
    end: start + length,
    kind: env.ts.SyntaxKind.StringLiteral,
  } as unknown as TS.Node;
}

/** An object's entries in the order JavaScript gives them, the last value of a key winning. */
function objectItems(
  env: Env,
  node: TS.ObjectLiteralExpression,
  scope: EvalScope,
): Item[] | undefined {
  const { ts } = env;
  const byKey: Record<string, Item> = {};
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) return undefined;
    const key = ts.isComputedPropertyName(property.name)
      ? undefined
      : evaluateKey(env, property.name);
    if (key === undefined || key === '__proto__') return undefined;
    byKey[key] = {
      name: key,
      node: property.name,
      value: evaluate(env, property.initializer, scope),
    };
  }
  return Object.keys(byKey).map((k) => byKey[k] as Item);
}

function evaluateKey(env: Env, name: TS.PropertyName): string | undefined {
  const { ts } = env;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return undefined;
}

/** `{ start: n }`; other options do not change the values. OPAQUE when it cannot be read. */
function readStart(env: Env, node: TS.Expression | undefined): number | undefined | typeof OPAQUE {
  const { ts } = env;
  if (!node) return undefined;
  if (!ts.isObjectLiteralExpression(node)) return OPAQUE;
  let start: number | undefined;
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) return OPAQUE;
    const key = evaluateKey(env, property.name);
    if (key === undefined) return OPAQUE;
    if (key !== 'start') continue;
    const value = evaluate(env, property.initializer);
    if (typeof value !== 'number' && value !== undefined) return OPAQUE;
    start = value;
  }
  return start;
}
