/** Closes a switch over a literal union: a compile error when a case is missing, a throw if reached at run time. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
