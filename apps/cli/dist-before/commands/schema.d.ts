import type { Command } from 'commander';
import type { CommandContext } from '../program.js';
/** `frontstage schema [-o file]`: the JSON Schema of the service file, for editors (VS Code's YAML extension). */
export declare function registerSchema(program: Command, ctx: CommandContext): void;
//# sourceMappingURL=schema.d.ts.map