/** What a command may touch: injected so tests run commands in-process and read what they printed. */
export interface CliIO {
    readonly stdout: NodeJS.WritableStream;
    readonly stderr: NodeJS.WritableStream;
    readonly stdin: NodeJS.ReadableStream;
    readonly cwd: string;
    /** Whether stderr is a terminal: progress bars and colour only then. */
    readonly isTTY: boolean;
    /** Environment variables (for the default language); `process.env` when absent. Tests pass `{}` to pin it. */
    readonly env?: Readonly<Record<string, string | undefined>>;
}
/** Exit codes: 0 success, 1 invalid input (the file or data is wrong), 2 usage error (the command line is wrong). */
export declare const EXIT_OK = 0;
export declare const EXIT_INVALID = 1;
export declare const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_INVALID | typeof EXIT_USAGE;
//# sourceMappingURL=io.d.ts.map