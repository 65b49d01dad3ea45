/**
 * The syntax resolver on import shapes the fixtures do not cover, against the type checker:
 * for each case (several files), the findings over parsed files alone must be the
 * transformer's diagnostics over a real program, and a local class or binding that shadows
 * tsenum's name must never be taken for it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzerFor } from '../../transformer/analyzer';
import { toDiagnostic } from '../../transformer/report';
import { createSyntaxProgram } from '../../transformer/syntax-program';
import { compileCase, formatErrors, parseCase, typescripts } from '../transformer/compile';

process.env.TSENUM_TRANSFORMER_STRICT = '1';
const ts = typescripts['6.0'];

const dup = (cls: string) => `
  static readonly A = new ${cls}(1);
  static readonly B = new ${cls}(1);`;

const cases: Record<string, string> = {
  'three-level re-export': `
// @filename: a.ts
export { Enum as Base } from 'tsenum';
// @filename: b.ts
export * from './a';
// @filename: c.ts
export { Base as Root } from './b.js';
// @filename: main.ts
import { unique } from 'tsenum';
import { Root } from './c';
@unique
class Color extends Root<number> {${dup('Color')}
}
`,
  'local export list and default export': `
// @filename: base.ts
import * as te from 'tsenum';
class Shared extends te.IntEnum {}
export { Shared as Base };
export default Shared;
// @filename: main.ts
import { unique } from 'tsenum';
import Default, { Base } from './base';
class One extends Base {${dup('One')}
}
unique(One);
class Two extends Default {${dup('Two')}
}
unique(Two);
`,
  'index folder and import =': `
// @filename: enums/index.ts
import te = require('tsenum');
export const Flag = te.Flag;
export class Bits extends te.Flag {}
// @filename: main.ts
import { unique } from 'tsenum';
import { Bits } from './enums';
class Perm extends Bits {${dup('Perm')}
}
unique(Perm);
`,
  'shadowed names are not tsenum': `
// @filename: main.ts
import { Enum, unique } from 'tsenum';
function make(Enum: new (v: number) => object) {
  class Local extends (Enum as any) {${dup('Local')}
  }
  unique(Local as any);
}
{
  class Enum {}
  class Inner extends (Enum as any) {${dup('Inner')}
  }
  unique(Inner as any);
}
function hoisted() {
  if (Math.random() > 2) {
    var Enum: any = class {};
  }
  class Hoisted extends Enum {${dup('Hoisted')}
  }
  unique(Hoisted);
}
class Real extends Enum<number> {${dup('Real')}
}
unique(Real);
export { make, hoisted };
`,
  'a base in a file that does not resolve': `
// @filename: main.ts
import { unique } from 'tsenum';
import { Base } from './missing';
class Color extends Base {${dup('Color')}
}
unique(Color);
`,
};

const EXPECTED: Record<string, string[]> = {
  'three-level re-export': ['Color'],
  'local export list and default export': ['One', 'Two'],
  'index folder and import =': ['Perm'],
  'shadowed names are not tsenum': ['Real'],
  'a base in a file that does not resolve': [],
};

function syntaxErrors(parsed: ReturnType<typeof parseCase>): string {
  const files = new Map(parsed.files.map((f) => [path.join(parsed.dir, f.name), f.text]));
  const roots = [...files].map(([fileName, text]) => ({ fileName, text }));
  const program = createSyntaxProgram(ts, { readFile: (f) => files.get(f) }, roots);
  const analyzer = analyzerFor(ts, program);
  const lines: string[] = [];
  for (const root of [...roots].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const file = program.getSourceFile(root.fileName) as import('typescript').SourceFile;
    for (const finding of analyzer.fileFindings(file)) {
      const d = toDiagnostic(ts, finding);
      const { line, character } = file.getLineAndCharacterOfPosition(d.start);
      lines.push(
        `${path.relative(parsed.dir, file.fileName)}(${line + 1},${character + 1}): error TS${d.code}: ${d.messageText}`,
      );
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}

describe('syntax resolver = type checker', () => {
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const parsed = parseCase(name.replace(/\W+/g, '-'), text.trimStart());
      const checked = formatErrors(ts, compileCase(parsed, { transform: true }))
        .split(/^(?=\S+\(\d+,\d+\): error TS)/m)
        .filter((entry) => / error TS240\d\d: /.test(entry))
        .join('');
      expect(syntaxErrors(parsed)).toBe(checked);
      // Each case's enums are the ones whose names end the case's error lines.
      const enums = [...checked.matchAll(/<(?:enum|flag) '(\w+)'>/g)].map((m) => m[1]);
      expect(enums).toEqual(EXPECTED[name]);
    });
  }
});
