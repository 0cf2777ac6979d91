// The one way a script reads its command line: `--name value` options and `--flag` switches, through Node's
// parseArgs, strict, so a misspelt option fails at once instead of being ignored.
import { parseArgs } from 'node:util';

export function scriptOptions<const Name extends string, const Flag extends string = never>(
  names: readonly Name[],
  flags: readonly Flag[] = [],
  /** Words before or between the options (a command and its object: `publish content`); refused unless allowed. */
  { allowPositionals = false } = {},
) {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals,
    options: Object.fromEntries([
      ...names.map((name) => [name, { type: 'string' as const }]),
      ...flags.map((flag) => [flag, { type: 'boolean' as const }]),
    ]),
  }) as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  function arg(name: Name): string | undefined;
  function arg(name: Name, fallback: string): string;
  function arg(name: Name, fallback?: string) {
    const value = values[name];
    return typeof value === 'string' ? value : fallback;
  }
  const flag = (name: Flag) => values[name] === true;
  return { arg, flag, positionals };
}
