/**
 * `tsenum check [-p tsconfig.json|dir] [--watch] [--format text|json|github] [--pretty|--no-pretty]`
 * parsed into options, or the usage error that makes the bin exit 2.
 */
import { cliMessages } from '../src/problems';

export type Format = 'text' | 'json' | 'github';

export interface CheckOptions {
  readonly command: 'check';
  readonly project: string;
  readonly watch: boolean;
  readonly format: Format;
  /** Undefined: as tsc decides (the tsconfig's `pretty`, else a colour terminal). */
  readonly pretty: boolean | undefined;
}

export type Parsed =
  | CheckOptions
  | { readonly command: 'help' | 'version' }
  | { readonly command: 'error'; readonly message: string };

const FORMATS: readonly string[] = ['text', 'json', 'github'];

export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'check')
    return { command: 'error', message: cliMessages.unknownCommand(command) };
  let project = '.';
  let watch = false;
  let format: Format = 'text';
  let pretty: boolean | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = (): string | undefined => inline ?? rest[++i];
    switch (flag) {
      case '-p':
      case '--project': {
        const v = value();
        if (!v) return { command: 'error', message: cliMessages.missingValue(flag) };
        project = v;
        break;
      }
      case '-w':
      case '--watch':
        watch = true;
        break;
      case '--format': {
        const v = value();
        if (!v || !FORMATS.includes(v))
          return { command: 'error', message: cliMessages.badFormat(v ?? '') };
        format = v as Format;
        break;
      }
      case '--pretty':
        pretty = inline === undefined ? true : inline !== 'false';
        break;
      case '--no-pretty':
        pretty = false;
        break;
      case '-h':
      case '--help':
        return { command: 'help' };
      default:
        return { command: 'error', message: cliMessages.unknownOption(arg) };
    }
  }
  return { command: 'check', project, watch, format, pretty };
}
