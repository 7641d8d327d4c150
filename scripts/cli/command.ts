/** The shape of one CLI subcommand (`scripts/cli/commands/<name>.ts` default-exports one). */
export interface Command {
  /** One line for `kontext help`. */
  summary: string;
  usage: string;
  /** Runs with the arguments after the command name; returns the process exit code. */
  run(args: string[]): Promise<number> | number;
}
