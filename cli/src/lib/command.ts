/**
 * What a command of gov-widgets-cli is: one module under commands/ that exports a {@link Command}.
 * The dispatcher (main.ts) parses the options a command declares and writes its help from the
 * same declarations, so a new command (render, issue 19) is one module and one line in commands/index.ts.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in the help after the option: `--out <dir>`. */
  value?: string;
  /** One or more sentences, as the README would say them. */
  description: string;
  default?: string | boolean;
  /** May be given more than once (values collected in order). */
  multiple?: boolean;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandContext {
  /** The positional arguments after the command name. */
  args: string[];
  options: OptionValues;
  /** Where progress and warnings go (stderr); results go to stdout. */
  log: Logger;
}

export interface Command {
  name: string;
  /** One line for the tool's own help. */
  summary: string;
  /** `gov-widgets-cli news <source> --out <dir> [options]` */
  usage: string;
  /** Paragraphs shown between usage and options. */
  description: string;
  options: Record<string, OptionSpec>;
  /** Examples, each a command line with a comment. */
  examples: [string, string][];
  /** Resolves with the exit code. */
  run(context: CommandContext): Promise<number>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A failure the user can act on: its message names the file (and line) and says what to do. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    /** 2: the command line is wrong; 1: the work failed. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const helpOption: OptionSpec = { type: 'boolean', short: 'h', description: 'Shows this help.' };

/** Parses a command's arguments; unknown options and missing values are usage errors naming the option. */
export function parseCommandLine(command: Command, argv: string[]): { args: string[]; options: OptionValues } {
  const options = { ...command.options, help: helpOption };
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(options).map(([name, { type, short, multiple, default: fallback }]) => [
          name,
          Object.fromEntries(
            Object.entries({ type, short, multiple, default: fallback }).filter(([, value]) => value !== undefined),
          ),
        ]),
      ) as unknown as NonNullable<ParseArgsConfig['options']>,
    });
    return { args: positionals, options: values as OptionValues };
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nSee: gov-widgets-cli ${command.name} --help`, 2);
  }
}

const width = 100;

/** Wraps text to the help's width with an indent. */
export function wrap(text: string, indent = 0, first = indent): string {
  const lines: string[] = [];
  let line = ' '.repeat(first);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = ' '.repeat(indent) + word;
    } else line += (line.trim() === '' ? '' : ' ') + word;
  }
  lines.push(line);
  return lines.join('\n');
}

/** The help of one command, laid out like its README section: usage, what it does, options, examples. */
export function commandHelp(command: Command): string {
  const options = { ...command.options, help: helpOption };
  const optionLines = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    const fallback = typeof spec.default === 'string' ? ` Default: ${spec.default}.` : '';
    return `  ${flag}\n${wrap(spec.description + fallback, 8)}`;
  });
  return [
    `Usage: ${command.usage}`,
    '',
    ...command.description.split('\n\n').map((paragraph) => wrap(paragraph) + '\n'),
    'Options:',
    optionLines.join('\n'),
    '',
    'Examples:',
    ...command.examples.map(([line, comment]) => `  ${line}\n${wrap(comment, 6)}`),
    '',
  ].join('\n');
}

/** An http(s) option value as a URL; a usage error naming the option otherwise. */
export function webAddress(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(String(value));
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Reported below.
  }
  throw new CliError(`--${option} must be an http(s) address, not "${value}"`, 2);
}
