/**
 * The enum's declared name, recorded in the output (SPEC section 2): as the first element of
 * the class body, `static { Object.defineProperty(this, "name", { value: "Color",
 * configurable: true }); }`, the very property descriptor JavaScript gives a class named
 * `Color`. So a minifier's or a bundler's renaming (`class e`, `class _Perm`) does not change
 * the name that `String()`, repr and every message read from `cls.name`, and the runtime needs
 * nothing to read it. It comes first so that it is in place before any member is constructed.
 *
 * Not recorded where it could change the program: a class with a static method or accessor
 * named `name` (it would be overwritten) or a computed key that might be one, and a file that
 * declares its own `Object`.
 */
import { propertyKey } from './evaluate';
import type { ClassLike, Env, TS } from './types';

/** Can this class carry the record (apart from the file declaring `Object`)? */
export function canRecordName(env: Env, decl: ClassLike): boolean {
  const { ts } = env;
  for (const element of decl.members) {
    if (!ts.isMethodDeclaration(element) && !ts.isAccessor(element)) continue;
    const modifiers = ts.getCombinedModifierFlags(element);
    if (!(modifiers & ts.ModifierFlags.Static)) continue;
    const key = ts.isPrivateIdentifier(element.name) ? '#' : propertyKey(env, element.name);
    if (key === undefined || key === 'name') return false;
  }
  return true;
}

/** The record as a class element (the transformer's emit). */
export function nameRecordBlock(
  factory: TS.NodeFactory,
  receiver: TS.Expression,
  name: string,
): TS.ClassStaticBlockDeclaration {
  const call = factory.createCallExpression(
    factory.createPropertyAccessExpression(factory.createIdentifier('Object'), 'defineProperty'),
    undefined,
    [
      receiver,
      factory.createStringLiteral('name'),
      factory.createObjectLiteralExpression(
        [
          factory.createPropertyAssignment('value', factory.createStringLiteral(name)),
          factory.createPropertyAssignment('configurable', factory.createTrue()),
        ],
        false,
      ),
    ],
  );
  return factory.createClassStaticBlockDeclaration(
    factory.createBlock([factory.createExpressionStatement(call)], false),
  );
}

/** The same record as source text (the bundler plugins splice it in). */
export function nameRecordText(name: string): string {
  return `static { Object.defineProperty(this, "name", { value: ${JSON.stringify(name)}, configurable: true }); }`;
}
