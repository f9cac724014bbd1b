import type { Command } from 'commander';
import { type Lang } from './i18n.js';
/** Rewrites one commander error message into `lang`. */
export declare function translateCommanderError(message: string, lang: Lang): string;
/**
 * Puts commander's built-in texts (section titles, the help option and command, parse errors) into `lang`.
 * Call it before adding subcommands: they inherit these settings.
 */
export declare function localizeCommander(program: Command, lang: Lang): Command;
//# sourceMappingURL=commander-i18n.d.ts.map