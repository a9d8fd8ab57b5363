/**
 * gov-widgets-cli: the dispatcher. `gov-widgets-cli <command> [arguments] [options]`; each command
 * is a module of commands/ with its own options and help.
 */
import { commands } from './commands/index.js';
import { CliError, commandHelp, parseCommandLine, wrap, type Logger } from './lib/command.js';
import { InterruptedError, removeTemporariesOnInterrupt } from './lib/write.js';
import { version } from '../package.json';

const log: Logger = {
  info: (message) => process.stderr.write(`${message}\n`),
  warn: (message) => process.stderr.write(`warning: ${message}\n`),
  error: (message) => process.stderr.write(`error: ${message}\n`),
};

function toolHelp(): string {
  const names = Object.keys(commands);
  const longest = Math.max(...names.map((name) => name.length));
  return [
    'Usage: gov-widgets-cli <command> [arguments] [options]',
    '',
    wrap(
      "The webmaster's publishing tool for gov-widgets: it turns the content a site already has — a CuteNews " +
        'data folder or an RSS, Atom or JSON Feed, a folder of photos, contact data — into the feeds the ' +
        'widgets read, and checks feeds the way the widgets will read them.',
    ),
    '',
    'Commands:',
    ...names.map((name) => `  ${name.padEnd(longest)}  ${commands[name]!.summary}`),
    '',
    'Run `gov-widgets-cli <command> --help` for what a command does, its options and examples.',
    '',
    'Options:',
    '  -h, --help     Shows this help.',
    '  -v, --version  Shows the version.',
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic && commands[topic]) process.stdout.write(commandHelp(await commands[topic].load()));
    else process.stdout.write(toolHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const entry = commands[name];
  if (!entry) {
    throw new CliError(`"${name}" is not a command. Commands: ${Object.keys(commands).join(', ')}.`, 2);
  }
  const command = await entry.load();
  const { args, options } = parseCommandLine(command, rest);
  if (options.help) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  removeTemporariesOnInterrupt(log.info);
  return command.run({ args, options, log });
}

// Output piped into `head` or a closed pager is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InterruptedError) process.exitCode = 130;
    else if (error instanceof CliError) {
      log.error(error.message);
      process.exitCode = error.exitCode;
    } else {
      log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    }
  },
);
