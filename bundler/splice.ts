/**
 * Applies the core's text edits to a module's code and writes the source map of the change:
 * one segment at the start of every line and one at each edit boundary (as magic-string does
 * without `hires`), so a bundler composing maps points every line, and every unchanged run of
 * text, at where it was.
 */
import type { TextEdit } from '../transformer/syntax-core';

export interface Spliced {
  readonly code: string;
  readonly map: {
    readonly version: 3;
    readonly file: string;
    readonly sources: string[];
    readonly sourcesContent: string[];
    readonly names: string[];
    readonly mappings: string;
  };
}

export function splice(code: string, edits: readonly TextEdit[], fileName: string): Spliced {
  const out: string[] = [];
  const lines: string[] = [];
  let line: number[][] = [];
  let generatedColumn = 0;
  let previous = { column: 0, sourceLine: 0, sourceColumn: 0 };
  let sourceLine = 0;
  let sourceColumn = 0;
  const segment = (): void => {
    line.push([generatedColumn, sourceLine, sourceColumn]);
  };
  const newLine = (): void => {
    lines.push(encodeLine(line, previous));
    previous = { ...previous, column: 0 };
    line = [];
    generatedColumn = 0;
  };
  /** Copies original text (code[from, to)), mapped. */
  const copy = (from: number, to: number): void => {
    let at = from;
    segment();
    while (at < to) {
      const nl = code.indexOf('\n', at);
      const end = nl < 0 || nl >= to ? to : nl + 1;
      const piece = code.slice(at, end);
      out.push(piece);
      if (end === nl + 1 && nl >= 0 && nl < to) {
        sourceLine += 1;
        sourceColumn = 0;
        newLine();
        if (end < to) segment();
      } else {
        generatedColumn += piece.length;
        sourceColumn += piece.length;
      }
      at = end;
    }
  };
  /** Writes new text (mapped to where the edit starts), skipping code[from, to). */
  const write = (text: string, from: number, to: number): void => {
    if (text.length > 0) segment();
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) newLine();
      out.push(i > 0 ? `\n${part}` : part);
      generatedColumn += part.length;
    });
    // Move the source position past the replaced text.
    for (let i = from; i < to; i++) {
      if (code[i] === '\n') {
        sourceLine += 1;
        sourceColumn = 0;
      } else sourceColumn += 1;
    }
  };
  let at = 0;
  for (const edit of edits) {
    if (edit.start > at) copy(at, edit.start);
    write(edit.text, edit.start, edit.end);
    at = edit.end;
  }
  if (at < code.length) copy(at, code.length);
  lines.push(encodeLine(line, previous));
  return {
    code: out.join(''),
    map: {
      version: 3,
      file: fileName,
      sources: [fileName],
      sourcesContent: [code],
      names: [],
      mappings: lines.join(';'),
    },
  };
}

/** One line's segments, relative to the previous segment (source line and column carry over lines). */
function encodeLine(
  segments: number[][],
  previous: { column: number; sourceLine: number; sourceColumn: number },
): string {
  const parts: string[] = [];
  let lastColumn = -1;
  for (const [column, line, sourceColumn] of segments as [number, number, number][]) {
    if (column === lastColumn) continue; // one segment per generated column
    lastColumn = column;
    parts.push(
      vlq(column - previous.column) +
        vlq(0) +
        vlq(line - previous.sourceLine) +
        vlq(sourceColumn - previous.sourceColumn),
    );
    previous.column = column;
    previous.sourceLine = line;
    previous.sourceColumn = sourceColumn;
  }
  return parts.join(',');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    text += BASE64[digit];
  } while (rest > 0);
  return text;
}
