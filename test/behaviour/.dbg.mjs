// ../../tmp/dbg/report.ts
import { readFileSync as readFileSync2 } from "node:fs";

// test/harness/compile.ts
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "node:util";
import vm from "node:vm";
import * as swc from "@swc/core";
import * as esbuild from "esbuild";
import ts from "typescript";

// test/harness/case-helpers.ts
import { inspect } from "node:util";
var standardErrors = [RangeError, TypeError, SyntaxError, ReferenceError, EvalError, URIError];
function errorClassName(error) {
  if (!(error instanceof Error)) return `non-Error(${typeof error})`;
  for (const cls of standardErrors) if (error instanceof cls) return cls.name;
  return error.constructor === Error ? "Error" : `Error(${error.constructor.name})`;
}
function pyStr(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let body = "";
  for (const ch of s) {
    if (ch === "\\") body += "\\\\";
    else if (ch === quote) body += `\\${quote}`;
    else if (ch === "\n") body += "\\n";
    else if (ch === "\r") body += "\\r";
    else if (ch === "	") body += "\\t";
    else body += ch;
  }
  return quote + body + quote;
}
var custom = inspect.custom;
function r(x) {
  if (x === void 0 || x === null) return "None";
  if (typeof x === "boolean") return x ? "True" : "False";
  if (typeof x === "number") {
    if (Number.isNaN(x)) return "nan";
    if (x === Number.POSITIVE_INFINITY) return "inf";
    if (x === Number.NEGATIVE_INFINITY) return "-inf";
    return Object.is(x, -0) ? "0" : String(x);
  }
  if (typeof x === "bigint") return String(x);
  if (typeof x === "string") return pyStr(x);
  if (typeof x === "symbol") return x.toString();
  if (typeof x === "function") {
    return typeof x[custom] === "function" ? inspect(x) : `<function ${x.name}>`;
  }
  if (Array.isArray(x)) return `[${x.map(r).join(", ")}]`;
  if (x instanceof Map) return `{${[...x].map(([k, v]) => `${r(k)}: ${r(v)}`).join(", ")}}`;
  if (x instanceof Set) return x.size ? `{${[...x].map(r).join(", ")}}` : "set()";
  if (x instanceof Error) return `${x.constructor.name}(${pyStr(x.message)})`;
  if (typeof x[custom] === "function") return inspect(x);
  const proto = Object.getPrototypeOf(x);
  if (proto === Object.prototype || proto === null) {
    return `{${Object.entries(x).map(([k, v]) => `${pyStr(k)}: ${r(v)}`).join(", ")}}`;
  }
  return inspect(x);
}
function oneLine(s) {
  return s.replace(/\r?\n/g, "\\n");
}
function createCaseHelpers(print) {
  return {
    r,
    inspect,
    out(label, ...values) {
      print([label, ...values.map(r)].join(" "));
    },
    raises(label, fn) {
      let value;
      try {
        value = fn();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        print(`${label} -> raises ${errorClassName(error)}: ${oneLine(message)}`);
        return;
      }
      print(value === void 0 ? `${label} -> no error` : `${label} -> no error: ${r(value)}`);
    },
    /**
     * SPEC section 9 (not CPython): a definition error names the enum and the member. Prints
     * the error class and whether every word occurs in the message (quoting it when not).
     */
    mentions(label, fn, ...words) {
      try {
        fn();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const missing = words.filter((w) => !message.includes(w));
        print(
          `${label} -> ${errorClassName(error)} naming ${words.join(", ")}: ${missing.length ? `MISSING ${missing.join(", ")} in ${JSON.stringify(message)}` : "yes"}`
        );
        return;
      }
      print(`${label} -> no error`);
    }
  };
}

// test/harness/compile.ts
var repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
var HELPERS_SPECIFIER = "case-helpers";
function tscSetting(name, target, extra) {
  const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target,
    strict: true,
    esModuleInterop: true,
    ...extra
  };
  return {
    name,
    compile(source, fileName) {
      const out = ts.transpileModule(source, { compilerOptions, fileName, reportDiagnostics: true });
      const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (errors.length) throw new SyntaxError(`${name}: ${formatDiagnostics(errors)}`);
      return out.outputText;
    }
  };
}
var ESBUILD_KEEP_NAMES = true;
function esbuildCompile(source, fileName, target, legacy, keepNames = ESBUILD_KEEP_NAMES) {
  return esbuild.transformSync(source, {
    loader: "ts",
    format: "cjs",
    target,
    keepNames,
    sourcefile: fileName,
    tsconfigRaw: {
      compilerOptions: {
        target: target === "es2022" ? "ES2022" : "ES2017",
        ...legacy ? { experimentalDecorators: true } : {}
      }
    }
  }).code;
}
function esbuildSetting(name, target, legacy) {
  return {
    name,
    compile: (source, fileName) => esbuildCompile(source, fileName, target, legacy)
  };
}
function swcSetting(name, target, legacy) {
  return {
    name,
    compile(source, fileName) {
      return swc.transformSync(source, {
        filename: fileName,
        swcrc: false,
        configFile: false,
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          target,
          transform: legacy ? { legacyDecorator: true } : { decoratorVersion: "2022-03" }
        },
        module: { type: "commonjs" }
      }).code;
    }
  };
}
var settings = [
  tscSetting("tsc-es2022-define", ts.ScriptTarget.ES2022, { useDefineForClassFields: true }),
  tscSetting("tsc-es2022-assign", ts.ScriptTarget.ES2022, { useDefineForClassFields: false }),
  tscSetting("tsc-es2017", ts.ScriptTarget.ES2017, {}),
  tscSetting("tsc-legacy-es2022", ts.ScriptTarget.ES2022, { experimentalDecorators: true }),
  tscSetting("tsc-legacy-es2017", ts.ScriptTarget.ES2017, { experimentalDecorators: true }),
  esbuildSetting("esbuild-es2022", "es2022", false),
  esbuildSetting("esbuild-legacy-es2022", "es2022", true),
  esbuildSetting("esbuild-es2017", "es2017", false),
  esbuildSetting("esbuild-legacy-es2017", "es2017", true),
  swcSetting("swc-es2022", "es2022", false),
  swcSetting("swc-legacy-es2022", "es2022", true),
  swcSetting("swc-es2017", "es2017", false),
  swcSetting("swc-legacy-es2017", "es2017", true)
];
function formatDiagnostics(diagnostics) {
  return diagnostics.map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === void 0) return text;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1} TS${d.code}: ${text}`;
  }).join("\n");
}
var rootRequire = createRequire(path.join(repoRoot, "package.json"));
function runJs(js, fileName = "case.js") {
  const lines = [];
  const print = (...args) => {
    lines.push(...format(...args).split("\n"));
  };
  const captured = { log: print, info: print, warn: print, error: print, debug: print };
  const helpers = createCaseHelpers(print);
  const localRequire = (id) => id === HELPERS_SPECIFIER ? helpers : rootRequire(id);
  const module = { exports: {} };
  const wrapper = `(function (exports, require, module, console) {"use strict";
${js}
})`;
  const fn = vm.runInThisContext(wrapper, { filename: fileName });
  try {
    fn(module.exports, localRequire, module, captured);
    return { lines };
  } catch (error) {
    lines.push(`UNCAUGHT ${describeError(error)}`);
    return { lines, uncaught: error };
  }
}
function describeError(error) {
  if (error instanceof Error) return `${error.constructor.name}: ${error.message}`;
  return `non-Error thrown: ${String(error)}`;
}
function compileAndRun(setting2, source, fileName) {
  let js;
  try {
    js = setting2.compile(source, fileName);
  } catch (error) {
    return { lines: [`COMPILE ERROR ${describeError(error)}`], uncaught: error };
  }
  return runJs(js, `${fileName}.${setting2.name}.js`);
}
var transformerPath = path.join(repoRoot, "dist/transformer/index.cjs");
var transformedOptions = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  types: [],
  noEmitOnError: false
};

// test/harness/compare.ts
var RAISES = /^(.*) -> raises (\S+?)(?:(: | ~ )(.*))?$/;
function linesOf(text, { comments = false } = {}) {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return comments ? lines.filter((l) => !l.startsWith("#")) : lines;
}
function lineMatches(expected, actual) {
  if (expected === actual) return true;
  const e = RAISES.exec(expected);
  const a = RAISES.exec(actual);
  if (!e || !a) return false;
  const [, eLabel, eClass, eSep, eMessage] = e;
  const [, aLabel, aClass, aSep, aMessage] = a;
  if (eLabel !== aLabel || eClass !== aClass) return false;
  if (eSep === void 0) return true;
  if (aSep !== ": " || aMessage === void 0) return false;
  return eSep === ": " ? aMessage.startsWith(eMessage ?? "") : aMessage.includes(eMessage ?? "");
}
function normalizeAgainst(expected, actual) {
  return actual.map((line, i) => {
    const want = expected[i];
    return want !== void 0 && lineMatches(want, line) ? want : line;
  });
}

// test/behaviour/catalog.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var behaviourDir = path2.dirname(fileURLToPath2(import.meta.url));
var KINDS = ["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"];
var FORMS = ["class", "function"];
function holds(cond, ctx) {
  const alternatives = cond.trim().split(/\s+/).filter(Boolean);
  if (!alternatives.length) throw new Error("empty #if condition");
  return alternatives.some((token) => {
    const negated = token.startsWith("!");
    const word = negated ? token.slice(1) : token;
    let value;
    if (word === "flag") value = ctx.kind === "Flag" || ctx.kind === "IntFlag";
    else if (word === "class" || word === "function") value = ctx.form === word;
    else if (KINDS.includes(word)) value = ctx.kind === word;
    else throw new Error(`unknown #if condition word '${word}'`);
    return negated ? !value : value;
  });
}
function preprocess(source, ctx) {
  const out = [];
  const stack = [];
  const active = () => stack.length ? stack[stack.length - 1].active : true;
  for (const line of source.split("\n")) {
    const m = /^\s*\/\/ #(if|elif|else|endif)\b(.*)$/.exec(line);
    if (!m) {
      out.push(active() ? line : "");
      continue;
    }
    const [, directive, rest = ""] = m;
    if (directive === "if") {
      const parent = active();
      const value = parent && holds(rest, ctx);
      stack.push({ active: value, taken: value, parent });
    } else {
      const frame = stack[stack.length - 1];
      if (!frame) throw new Error(`#${directive} without #if`);
      if (directive === "elif") {
        frame.active = frame.parent && !frame.taken && holds(rest, ctx);
        frame.taken ||= frame.active;
      } else if (directive === "else") {
        frame.active = frame.parent && !frame.taken;
        frame.taken = true;
      } else {
        stack.pop();
      }
    }
    out.push("");
  }
  if (stack.length) throw new Error("#if without #endif");
  return out.join("\n");
}
function kindsOf(body) {
  const m = /^\/\/ kinds: (.*)$/m.exec(body);
  if (!m) return KINDS;
  const kinds = m[1].trim().split(/\s+/);
  for (const k of kinds) if (!KINDS.includes(k)) throw new Error(`unknown kind ${k}`);
  return kinds;
}
function instantiateSetup(setup, kind) {
  const replaced = setup.replace(/^(\s*)Enum as K,$/m, `$1${kind} as K,`).replace(/^const KIND: string = '\w+';$/m, `const KIND: string = '${kind}';`);
  if (!replaced.includes(`  ${kind} as K,
`) || !replaced.includes(`const KIND: string = '${kind}';`)) {
    throw new Error("a shared setup must import `Enum as K,` on a line of its own and declare `const KIND: string = ...`");
  }
  return replaced;
}
var read = (p) => readFileSync(p, "utf8");
var tsFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.startsWith("_")).sort();
function loadCases() {
  const cases = [];
  const casesDir = path2.join(behaviourDir, "cases");
  const expectedDir = path2.join(behaviourDir, "expected");
  for (const group of readdirSync(casesDir).sort()) {
    const groupDir = path2.join(casesDir, group);
    if (group === "spec") continue;
    if (group === "shared") {
      const setups = {
        class: read(path2.join(groupDir, "_setup.class.ts")),
        function: read(path2.join(groupDir, "_setup.function.ts"))
      };
      for (const file of tsFiles(groupDir)) {
        const body = read(path2.join(groupDir, file));
        const name = file.slice(0, -3);
        for (const kind of kindsOf(body)) {
          for (const form of FORMS) {
            const program = `${instantiateSetup(setups[form], kind)}
${body}`;
            const id = `shared/${name}.${kind}.${form}`;
            cases.push({
              id,
              source: preprocess(program, { kind, form }),
              expectedPath: path2.join(expectedDir, `${id}.txt`),
              byHand: false
            });
          }
        }
      }
    } else {
      for (const file of tsFiles(groupDir)) {
        const id = `${group}/${file.slice(0, -3)}`;
        cases.push({
          id,
          source: preprocess(read(path2.join(groupDir, file)), {}),
          expectedPath: path2.join(expectedDir, `${id}.txt`),
          byHand: false
        });
      }
    }
  }
  const specDir = path2.join(casesDir, "spec");
  if (existsSync(specDir)) {
    for (const file of tsFiles(specDir)) {
      const name = file.slice(0, -3);
      cases.push({
        id: `spec/${name}`,
        source: preprocess(read(path2.join(specDir, file)), {}),
        expectedPath: path2.join(specDir, `${name}.expected.txt`),
        byHand: true
      });
    }
  }
  return cases;
}

// ../../tmp/dbg/report.ts
var filter = process.argv[2] ?? "";
var settingName = process.argv[3] ?? "tsc-es2022-define";
var cross = process.argv.includes("--cross");
var setting = settings.find((s) => s.name === settingName);
for (const c of loadCases()) {
  if (!c.id.includes(filter)) continue;
  const expected = linesOf(readFileSync2(c.expectedPath, "utf8"), { comments: c.byHand });
  const { lines } = compileAndRun(setting, c.source, c.id + ".ts");
  const norm = normalizeAgainst(expected, lines);
  const diffs = [];
  for (let i = 0; i < Math.max(norm.length, expected.length); i++) {
    if (norm[i] !== expected[i]) diffs.push(`  - ${expected[i]}
  + ${norm[i]}`);
  }
  if (diffs.length) console.log(`## ${c.id}
${diffs.slice(0, 6).join("\n")}`);
  if (cross) {
    for (const s of settings) {
      const r2 = compileAndRun(s, c.source, c.id + ".ts");
      if (r2.lines.join("\n") !== lines.join("\n")) {
        const d = r2.lines.map((l, i) => l !== lines[i] ? `  ${settingName}: ${lines[i]}
  ${s.name}: ${l}` : "").filter(Boolean);
        console.log(`## CROSS ${c.id} ${s.name}
${d.slice(0, 3).join("\n")}`);
      }
    }
  }
}
