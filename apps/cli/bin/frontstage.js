#!/usr/bin/env node
// The installed `frontstage` command. It exists before the first build (npm links commands at install time, when
// dist/ is not there yet) and starts the built CLI, or says how to build it.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'frontstage: the CLI is not built yet: run `npm run build` (or `npm start`) in the repository first.\n' +
      'frontstage：命令行尚未构建：请先在仓库中运行 `npm run build`（或 `npm start`）。\n',
  );
  process.exitCode = 1;
} else {
  await import(main.href);
}
