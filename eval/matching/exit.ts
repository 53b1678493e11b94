/**
 * Runs an evaluation's main with the command line's arguments and exits with its code, or 1
 * with the error printed when it throws.
 */
export function exitWith(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
