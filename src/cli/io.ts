export const EXIT_OK = 0;
export const EXIT_LINT = 1;
export const EXIT_TROUBLE = 2;

/** What the CLI touches of the process, so tests can run it in-process too. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  /** For progress output; absent means not a terminal. */
  stderrIsTTY?: boolean;
  readStdin(): Promise<string>;
}

/** An expected failure with a message for the user (exit 2), never a stack trace. */
export class CliError extends Error {}

export function defaultIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: async () => {
      const { readStdin } = await import('../files/index.js');
      return readStdin();
    },
  };
}
