/**
 * The rewrite as text edits on the source, for hosts that hand the code on to a compiler of
 * their own (the bundler plugins): the same plan rewrite.ts carries out on the AST, spliced
 * into the text (auto values written in, aliases by value made references, the seal call at
 * the end of the body, the name record and the table call at its start), plus one thing rewrite.ts leaves to
 * TypeScript: a class whose only decorators are tsenum's `@unique` / `@verify(...)` gets them
 * as the equivalent calls, so the bundler's compiler needs no decorator support. Line breaks
 * are kept, so every line stays where it was.
 */
import type { Analyzer } from './analyzer';
import type { Plan, Replacement } from './define-class';
import { canRecordName, nameRecordText } from './name-record';
import { declaresName, hasAlias, hasTableCall, SEAL_KEY, TABLE_KEY } from './rewrite';
import { classesOf } from './scan';
import type { ClassLike, TS } from './types';

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The edits of one file, in order and never overlapping; none when anything is unexpected. */
export function fileEdits(analyzer: Analyzer, file: TS.SourceFile): TextEdit[] {
  const { ts } = analyzer.env;
  const parseErrors = (file as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics;
  if (parseErrors?.length) return [];
  const canSeal = !declaresName(ts, file, 'Symbol');
  const canRecord = !declaresName(ts, file, 'Object');
  const edits: TextEdit[] = [];
  for (const decl of classesOf(ts, file)) {
    const analysis = analyzer.analysis(decl);
    if (!analysis) continue;
    const recorded = canRecord && canRecordName(analyzer.env, decl);
    edits.push(...decoratorEdits(analyzer, decl, recorded));
    const name = recorded ? analysis.enumName : undefined;
    // As rewrite.ts: with a table call, the name is its first argument.
    const plan = analysis.plan;
    const tabled = plan !== undefined && hasTableCall(plan) && canSeal;
    if (name !== undefined && !tabled)
      edits.push(insert(decl.members.pos, ` ${nameRecordText(name)}`));
    if (analysis.plan) edits.push(...planEdits(decl, analysis.plan, canSeal, name));
  }
  // Sorted by position, insertions at one place in the order they were made.
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.index - b.index)
    .map((e) => e.edit);
  for (let i = 1; i < sorted.length; i++)
    if ((sorted[i] as TextEdit).start < (sorted[i - 1] as TextEdit).end) return [];
  return sorted;
}

function planEdits(
  decl: ClassLike,
  plan: Plan,
  seal: boolean,
  name: string | undefined,
): TextEdit[] {
  const file = decl.getSourceFile();
  const edits: TextEdit[] = [];
  for (const [node, replacement] of plan.replacements)
    edits.push(replacementEdit(file, node, replacement));
  if (!seal) return edits; // the file's own `Symbol` is not the global
  // As tableBlock and sealBlock in rewrite.ts: the table first (the name its first argument),
  // then a seal with no arguments; without a table, the seal gets the names, or nothing (it
  // reads the class itself).
  const names = plan.names.map((n) => JSON.stringify(n)).join(', ');
  let table = plan.names.length ? `[${names}], [${plan.canonical.join(', ')}]` : '';
  if (hasTableCall(plan)) {
    const values = plan.values
      ? `[${plan.values.map((v) => JSON.stringify(v)).join(', ')}]`
      : 'null';
    const canonical = hasAlias(plan.canonical) ? `, [${plan.canonical.join(', ')}]` : '';
    const recorded = name === undefined ? 'null' : JSON.stringify(name);
    const start = `this[Symbol.for(${JSON.stringify(TABLE_KEY)})](${recorded}, [${names}], ${values}${canonical});`;
    edits.push(insert(decl.members.pos, ` static { ${start} }`));
    if (plan.values) table = '';
  }
  const call = `this[Symbol.for(${JSON.stringify(SEAL_KEY)})](${table});`;
  edits.push(insert(decl.end - 1, `static { ${call} } `));
  return edits;
}

function replacementEdit(
  file: TS.SourceFile,
  node: TS.NewExpression,
  replacement: Replacement,
): TextEdit {
  const callee = file.text.slice(node.expression.getStart(file), node.expression.end);
  if (replacement.alias !== undefined) {
    const name = replacement.alias;
    const access = /^[A-Za-z_$][\w$]*$/.test(name)
      ? `${callee}.${name}`
      : `${callee}[${JSON.stringify(name)}]`;
    return keepLines(file, node.getStart(file), node.end, access);
  }
  const value = replacement.value as number | string;
  const literal = typeof value === 'string' ? JSON.stringify(value) : String(value);
  const { at } = replacement;
  const given = node.arguments ?? [];
  const arg = at === undefined ? undefined : given[at];
  if (arg) return keepLines(file, arg.getStart(file), arg.end, literal);
  if (at !== undefined && at === given.length && given.length > 0) {
    const last = given[given.length - 1] as TS.Expression;
    return insert(last.end, `, ${literal}`);
  }
  const from = node.typeArguments?.end ?? node.expression.end;
  return keepLines(file, from, node.end, `(${literal})`);
}

/**
 * `@unique` / `@verify(...)` on a class whose decorators are all tsenum's: removed, and the
 * class handed to the same functions once it is defined (`unique(Color);` after a
 * declaration, `unique(class ...)` around an expression), innermost decorator first as
 * decorators apply. Any other decorator and the class keeps all of them.
 */
function decoratorEdits(analyzer: Analyzer, decl: ClassLike, recorded: boolean): TextEdit[] {
  const { ts } = analyzer.env;
  const decorators = ts.canHaveDecorators(decl) ? (ts.getDecorators(decl) ?? []) : [];
  if (decorators.length === 0) return [];
  if (!decorators.every((d) => analyzer.checksOf(d.expression))) return [];
  const file = decl.getSourceFile();
  const texts = decorators.map((d) =>
    file.text.slice(d.expression.getStart(file), d.expression.end),
  );
  const wrap = (inner: string): string => texts.reduceRight((acc, d) => `${d}(${acc})`, inner);
  const removals = decorators.map((d) => keepLines(file, d.getStart(file), d.end, ''));
  if (ts.isClassDeclaration(decl)) {
    if (!decl.name) return [];
    return [...removals, insert(decl.end, ` ${wrap(decl.name.text)};`)];
  }
  // A class expression passed to a call loses the name it would take from its binding: only
  // where the record gives it back.
  if (!decl.name && !recorded) return [];
  const last = decorators[decorators.length - 1] as TS.Decorator;
  const open = texts.map((d) => `${d}(`).join('');
  return [
    ...removals.slice(0, -1),
    keepLines(file, last.getStart(file), last.end, open),
    insert(decl.end, ')'.repeat(texts.length)),
  ];
}

function insert(at: number, text: string): TextEdit {
  return { start: at, end: at, text };
}

/** Replaces a range, keeping the line breaks it had (after the new text). */
function keepLines(file: TS.SourceFile, start: number, end: number, text: string): TextEdit {
  const breaks = file.text.slice(start, end).match(/\r?\n/g) ?? [];
  return { start, end, text: text + breaks.join('') };
}
