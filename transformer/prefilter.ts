/**
 * Before a file is parsed: can it hold anything of tsenum's? It can when it mentions `tsenum`,
 * or when a class in it extends a name it imports from a local file whose imports reach a
 * file that mentions tsenum (an enum base, or a barrel re-exporting tsenum), followed by text
 * alone. A class that extends only what the file declares itself, a global or a package's
 * export cannot be an enum by then (a local base that extends an import is itself one of the
 * file's `extends`). Anything it cannot read this way counts as "can".
 */
import { resolveOnDisk } from './syntax-parts';
import type { SyntaxHost } from './syntax-program';

const SPECIFIER = /\b(?:from|import|require\s*\()\s*['"]([^'"\n]+)['"]/g;
const EXTENDS = /\bextends\s+([A-Za-z_$][\w$]*)?/g;
const IMPORT = /\bimport\s+(?:type\s+)?([\w$*{},\s]+?)\s+from\s*['"]([^'"\n]+)['"]/g;
const IMPORT_EQUALS = /\bimport\s+([\w$]+)\s*=\s*require\s*\(\s*['"]([^'"\n]+)['"]/g;
const MAX_DEPTH = 16;

/**
 * @example
 * mayUseTsenum(host, '/app/fruit.ts', "import { StrEnum } from './kinds'; class F extends StrEnum {}");
 */
export function mayUseTsenum(host: SyntaxHost, fileName: string, text: string): boolean {
  if (text.includes('tsenum')) return true;
  if (!/\bextends\b/.test(text)) return false;
  const imported = importedNames(text);
  const wanted = new Set<string>();
  for (const match of text.matchAll(EXTENDS)) {
    const name = match[1];
    if (name === undefined) return true; // `extends (...)`, `extends [...]`: not read here
    const specifier = imported.get(name);
    if (specifier !== undefined) wanted.add(specifier);
  }
  if (wanted.size === 0) return false;
  const texts = new Map<string, string | undefined>();
  const read = (file: string): string | undefined => {
    if (!texts.has(file)) texts.set(file, host.readFile(file));
    return texts.get(file);
  };
  const seen = new Set<string>([fileName]);
  const reaches = (from: string, specifiers: Iterable<string>, depth: number): boolean => {
    for (const specifier of specifiers) {
      const target =
        host.resolveModule?.(specifier, from) ??
        resolveOnDisk(specifier, from, (f) => read(f) !== undefined);
      if (target === undefined || seen.has(target)) continue;
      seen.add(target);
      const targetText = read(target);
      if (targetText === undefined) continue;
      if (targetText.includes('tsenum')) return true;
      const next = [...targetText.matchAll(SPECIFIER)].map((m) => m[1] as string);
      if (depth < MAX_DEPTH && reaches(target, next, depth + 1)) return true;
    }
    return false;
  };
  return reaches(fileName, wanted, 0);
}

/** The names a file's imports bind, with the specifier each comes from. */
function importedNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, clause, specifier] of text.matchAll(IMPORT)) {
    // `D`, `* as ns`, `{ a, b as c, type d }`, or a default followed by one of those.
    for (const part of (clause as string).replace(/[{}]/g, ',').split(',')) {
      const words = part
        .trim()
        .split(/\s+/)
        .filter((w) => w !== 'type');
      const local = words[words.length - 1];
      if (local && local !== '*' && /^[A-Za-z_$][\w$]*$/.test(local))
        names.set(local, specifier as string);
    }
  }
  for (const [, local, specifier] of text.matchAll(IMPORT_EQUALS))
    names.set(local as string, specifier as string);
  return names;
}
