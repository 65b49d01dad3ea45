/**
 * The emit side: each enum class with a plan gets its auto values written in as literals,
 * its aliases by value turned into references to the canonical member, and, as the last
 * element of its body, `static { this[Symbol.for("tsenum.seal")](names, canonical); }`,
 * which has the runtime finalize the class right there from the resolved table; where every
 * value is known, the table goes to the start of the body instead (`tableBlock`) and the seal
 * has no arguments (a class whose own constructor runs gets the names there, for `this.name`).
 * Every enum class, rewritten or not, also gets its declared name recorded at the start of its
 * body (name-record.ts; the table call's first argument when there is one). Anything
 * unexpected leaves the file as it was.
 */

import { analyzerFor } from './analyzer';
import type { Plan, Replacement } from './define-class';
import { swallow } from './internal';
import { canRecordName, nameRecordBlock } from './name-record';
import { classesOf } from './scan';
import type { ClassLike, TS, TsModule } from './types';

export const SEAL_KEY = 'tsenum.seal';
export const TABLE_KEY = 'tsenum.table';

export function createRewriter(
  ts: TsModule,
  program: TS.Program,
): TS.TransformerFactory<TS.SourceFile> {
  return (context) => (file) => {
    try {
      return rewriteFile(ts, program, context, file);
    } catch (error) {
      swallow(error);
      return file;
    }
  };
}

function rewriteFile(
  ts: TsModule,
  program: TS.Program,
  context: TS.TransformationContext,
  file: TS.SourceFile,
): TS.SourceFile {
  const original = ts.getOriginalNode(file);
  if (!ts.isSourceFile(original) || original.isDeclarationFile) return file;
  // TypeScript's recovery from a syntax error can move statics out of their class: a file
  // that does not parse is left as it is.
  if (program.getSyntacticDiagnostics(original).length > 0) return file;
  const analyzer = analyzerFor(ts, program);
  const plans = new Map<ClassLike, Plan>();
  const names = new Map<ClassLike, string>();
  const canRecord = !declaresName(ts, original, 'Object');
  for (const decl of classesOf(ts, original)) {
    const analysis = analyzer.analysis(decl);
    if (analysis?.plan) plans.set(decl, analysis.plan);
    if (analysis && canRecord && canRecordName(analyzer.env, decl))
      names.set(decl, analysis.enumName);
  }
  if (plans.size === 0 && names.size === 0) return file;
  const canSeal = !declaresName(ts, original, 'Symbol');
  const { factory } = context;
  const options = context.getCompilerOptions();
  // The planned classes, the expressions they replace, and every node above them: an
  // unmodified node of the source that is none of these has nothing to rewrite in it, and is
  // returned as it is instead of being visited (visiting would return it unchanged too).
  const onPath = new Set<TS.Node>();
  const mark = (node: TS.Node): void => {
    for (let n: TS.Node | undefined = node; n && !onPath.has(n); n = n.parent) onPath.add(n);
  };
  for (const [decl, plan] of plans) {
    mark(decl);
    for (const expression of plan.replacements.keys()) mark(expression);
  }
  for (const decl of names.keys()) mark(decl);
  const untouched = (node: TS.Node): boolean => ts.isParseTreeNode(node) && !onPath.has(node);

  const visit = (node: TS.Node): TS.Node => {
    if (untouched(node)) return node;
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      const decl = ts.getOriginalNode(node) as ClassLike;
      const plan = plans.get(decl);
      const name = names.get(decl);
      if (plan || name !== undefined) {
        const receiver = () => sealReceiver(ts, factory, options, decl, plan);
        return rewriteClass(node, decl, plan, canSeal ? receiver() : undefined, name, receiver());
      }
    }
    return ts.visitEachChild(node, visit, context);
  };

  const rewriteClass = (
    node: ClassLike,
    decl: ClassLike,
    plan: Plan | undefined,
    receiver: TS.Expression | undefined,
    name: string | undefined,
    nameReceiver: TS.Expression | undefined,
  ): TS.Node => {
    const replace = (child: TS.Node): TS.Node => {
      if (untouched(child)) return child;
      const original = ts.getOriginalNode(child);
      const replacement = ts.isNewExpression(original)
        ? plan?.replacements.get(original)
        : undefined;
      if (replacement && ts.isNewExpression(child))
        return replaced(ts, factory, child, replacement);
      if (ts.isClassLike(child)) return visit(child);
      return ts.visitEachChild(child, replace, context);
    };
    const members: TS.ClassElement[] = node.members.map((m) =>
      ts.visitEachChild(m, replace, context),
    );
    // The name record and the table call map to the class's opening brace, the seal call to
    // its closing brace. With a table, the name is its first argument (recorded before any
    // member is made); without, the name record comes first as its own block (name-record.ts).
    const tabled = plan !== undefined && hasTableCall(plan);
    if (receiver && plan && tabled)
      members.unshift(
        ts.setSourceMapRange(tableBlock(ts, factory, receiver, plan, name), {
          pos: decl.members.pos - 1,
          end: decl.members.pos,
        }),
      );
    else if (name !== undefined && nameReceiver)
      members.unshift(
        ts.setSourceMapRange(nameRecordBlock(factory, nameReceiver, name), {
          pos: decl.members.pos - 1,
          end: decl.members.pos,
        }),
      );
    if (receiver && plan)
      members.push(
        ts.setSourceMapRange(sealBlock(factory, receiver, plan.values ? undefined : plan), {
          pos: decl.end - 1,
          end: decl.end,
        }),
      );
    return ts.isClassDeclaration(node)
      ? factory.updateClassDeclaration(
          node,
          node.modifiers,
          node.name,
          node.typeParameters,
          node.heritageClauses,
          members,
        )
      : factory.updateClassExpression(
          node,
          node.modifiers,
          node.name,
          node.typeParameters,
          node.heritageClauses,
          members,
        );
  };

  return ts.visitEachChild(file, visit, context);
}

function replaced(
  ts: TsModule,
  factory: TS.NodeFactory,
  node: TS.NewExpression,
  replacement: Replacement,
): TS.Expression {
  if (replacement.alias !== undefined) {
    const name = replacement.alias;
    const access = /^[A-Za-z_$][\w$]*$/.test(name)
      ? factory.createPropertyAccessExpression(node.expression, name)
      : factory.createElementAccessExpression(node.expression, factory.createStringLiteral(name));
    return ts.setTextRange(access, node);
  }
  const value = replacement.value as number | string;
  const literal =
    typeof value === 'string'
      ? factory.createStringLiteral(value)
      : value < 0
        ? factory.createPrefixUnaryExpression(
            ts.SyntaxKind.MinusToken,
            factory.createNumericLiteral(-value),
          )
        : factory.createNumericLiteral(value);
  const { at } = replacement;
  const given = node.arguments ?? [];
  const args =
    at === undefined
      ? [literal]
      : at === given.length
        ? [...given, literal]
        : given.map((arg, i) => (i === at ? ts.setTextRange(literal, arg) : arg));
  return factory.updateNewExpression(node, node.expression, node.typeArguments, args);
}

/**
 * What the seal call is made on: `this`, except where TypeScript's own emit loses `this`
 * in a static block (legacy decorators on the class, below ES2022): there a reference to
 * the class the user wrote, which TypeScript rewrites to its class alias.
 */
function sealReceiver(
  ts: TsModule,
  factory: TS.NodeFactory,
  options: TS.CompilerOptions,
  decl: ClassLike,
  plan: Plan | undefined,
): TS.Expression | undefined {
  const decorated = ts.canHaveDecorators(decl) && (ts.getDecorators(decl)?.length ?? 0) > 0;
  const oldTarget = options.target === undefined || options.target < ts.ScriptTarget.ES2022;
  if (!(decorated && options.experimentalDecorators && oldTarget)) return factory.createThis();
  for (const expression of plan?.references ?? []) {
    if (ts.isIdentifier(expression)) {
      const id = factory.createIdentifier(expression.text);
      ts.setOriginalNode(id, expression);
      return id;
    }
  }
  return undefined;
}

/**
 * `static { this[Symbol.for("tsenum.seal")](names, canonical); }`: the member names in
 * definition order and the index of the name each resolves to, so the runtime finalizes the
 * class from the resolved table (after checking it against what the class holds) instead of
 * resolving it again. With no names, or after a table call (`plan` undefined: the runtime has
 * the table already), `this[...]()`.
 */
function sealBlock(
  factory: TS.NodeFactory,
  receiver: TS.Expression,
  plan: Plan | undefined,
): TS.ClassStaticBlockDeclaration {
  const names = plan?.names ?? [];
  const args =
    plan === undefined || names.length === 0
      ? []
      : [stringArray(factory, names), numberArray(factory, plan.canonical)];
  return keyedCallBlock(factory, receiver, SEAL_KEY, args);
}

/**
 * `static { this[Symbol.for("tsenum.table")](name, names, values, canonical?); }`, first in the
 * body: the declared name (or `null` where it is not recorded, name-record.ts), then the
 * resolved table before any member is constructed, so the runtime gives each member its name
 * and value as `new` makes it (and checks the value is the one the table says). `canonical` is
 * written only when a name is an alias: fewer bytes for the engine to parse at startup.
 * `values` is `null` for a class whose own constructor runs (`plan.namesFirst`): the names
 * only, for `this.name` in that constructor.
 */
function tableBlock(
  ts: TsModule,
  factory: TS.NodeFactory,
  receiver: TS.Expression,
  plan: Plan,
  name: string | undefined,
): TS.ClassStaticBlockDeclaration {
  const { values } = plan;
  const literal = (value: number | string): TS.Expression =>
    typeof value === 'string'
      ? factory.createStringLiteral(value)
      : value < 0
        ? factory.createPrefixUnaryExpression(
            ts.SyntaxKind.MinusToken,
            factory.createNumericLiteral(-value),
          )
        : factory.createNumericLiteral(value);
  const args = [
    name === undefined ? factory.createNull() : factory.createStringLiteral(name),
    stringArray(factory, plan.names),
    values ? factory.createArrayLiteralExpression(values.map(literal)) : factory.createNull(),
  ];
  if (hasAlias(plan.canonical)) args.push(numberArray(factory, plan.canonical));
  return keyedCallBlock(factory, receiver, TABLE_KEY, args);
}

/** Is the table call written at the start of the body (values known, or names first)? */
export const hasTableCall = (plan: Plan): boolean =>
  plan.values !== undefined || plan.namesFirst === true;

/** Does any name resolve to another (an alias)? Without one the table leaves `canonical` out. */
export const hasAlias = (canonical: readonly number[]): boolean =>
  canonical.some((to, i) => to !== i);

const stringArray = (factory: TS.NodeFactory, items: readonly string[]) =>
  factory.createArrayLiteralExpression(items.map((n) => factory.createStringLiteral(n)));

const numberArray = (factory: TS.NodeFactory, items: readonly number[]) =>
  factory.createArrayLiteralExpression(items.map((i) => factory.createNumericLiteral(i)));

/** `static { receiver[Symbol.for(key)](...args); }` */
function keyedCallBlock(
  factory: TS.NodeFactory,
  receiver: TS.Expression,
  key: string,
  args: TS.Expression[],
): TS.ClassStaticBlockDeclaration {
  const symbol = factory.createCallExpression(
    factory.createPropertyAccessExpression(factory.createIdentifier('Symbol'), 'for'),
    undefined,
    [factory.createStringLiteral(key)],
  );
  const call = factory.createCallExpression(
    factory.createElementAccessExpression(receiver, symbol),
    undefined,
    args,
  );
  return factory.createClassStaticBlockDeclaration(
    factory.createBlock([factory.createExpressionStatement(call)], false),
  );
}

/** Does the file declare this name anywhere (so that it may not mean the global)? */
export function declaresName(ts: TsModule, file: TS.SourceFile, name: string): boolean {
  if (!file.text.includes(name)) return false;
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    const declared = (node as { name?: TS.Node }).name;
    if (
      declared &&
      ts.isIdentifier(declared) &&
      declared.text === name &&
      !ts.isPropertyAccessExpression(node)
    ) {
      found =
        !ts.isPropertyAssignment(node) &&
        !ts.isPropertySignature(node) &&
        !ts.isClassElement(node) &&
        !ts.isTypeElement(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
