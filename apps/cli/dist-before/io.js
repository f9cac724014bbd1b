/** Exit codes: 0 success, 1 invalid input (the file or data is wrong), 2 usage error (the command line is wrong). */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
//# sourceMappingURL=io.js.map