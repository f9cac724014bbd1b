import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './errors.js';
import { readTextFile, writeFileAtomic } from './files.js';
import { REPO } from './run.test-util.js';
import { tempDir } from './temp.test-util.js';

let dir = '';
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(CliError);
    return (err as Error).message;
  }
  throw new Error('expected a CliError');
}

describe('readTextFile', () => {
  it('reads UTF-8 and drops a byte-order mark', async () => {
    writeFileSync(join(dir, 'a.yaml'), '\ufeffservice: 物业\n');
    expect(await readTextFile('a.yaml', dir, 'en')).toBe('service: 物业\n');
  });

  it('names the file for a missing file, a directory and binary content', async () => {
    expect(await failure(readTextFile('nope.yaml', dir, 'en'))).toBe('nope.yaml: no such file');
    mkdirSync(join(dir, 'folder'));
    expect(await failure(readTextFile('folder', dir, 'en'))).toBe('folder: is a directory, not a file');
    writeFileSync(join(dir, 'bin.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    expect(await failure(readTextFile('bin.yaml', dir, 'en'))).toMatch(/^bin\.yaml: not a text file/);
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(await failure(readTextFile('latin1.yaml', dir, 'zh-CN'))).toMatch(/^latin1\.yaml：不是文本文件/);
  });

  it('reports unreadable files', async () => {
    writeFileSync(join(dir, 'secret.yaml'), 'x');
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    if (process.getuid?.() !== 0) {
      expect(await failure(readTextFile('secret.yaml', dir, 'en'))).toBe('secret.yaml: permission denied');
      return;
    }
    // Root reads any file, so read as the unprivileged user `nobody` through the built module. The repository
    // may sit below folders `nobody` cannot enter (a fresh clone in a private temp folder), so copy the built
    // module and its relative imports (node built-ins only beyond them) next to the file first.
    chmodSync(dir, 0o755);
    const cli = join(dir, 'cli');
    mkdirSync(cli);
    writeFileSync(join(cli, 'package.json'), '{ "type": "module" }');
    const dist = join(REPO, 'apps/cli/dist');
    for (const f of readdirSync(dist).filter((n) => n.endsWith('.js')))
      copyFileSync(join(dist, f), join(cli, f));
    const built = pathToFileURL(join(cli, 'files.js')).href;
    const script = `import(${JSON.stringify(built)}).then((m) => m.readTextFile('secret.yaml', ${JSON.stringify(dir)}, 'en')).then(() => console.log('read'), (e) => console.log(e.message));`;
    const r = spawnSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.trim()).toBe('secret.yaml: permission denied');
  });
});

describe('writeFileAtomic', () => {
  it('writes through a temporary file and leaves no temporary behind', async () => {
    await writeFileAtomic('out/deep/a.svg', '<svg/>', dir, 'en', { overwrite: true });
    expect(readFileSync(join(dir, 'out/deep/a.svg'), 'utf8')).toBe('<svg/>');
    expect(readdirSync(join(dir, 'out/deep'))).toEqual(['a.svg']);
  });

  it('writes into a device instead of replacing it, and through a symbolic link', async () => {
    await writeFileAtomic('/dev/null', 'x', dir, 'en', { overwrite: true });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    writeFileSync(join(dir, 'real.svg'), 'old');
    symlinkSync(join(dir, 'real.svg'), join(dir, 'link.svg'));
    await writeFileAtomic('link.svg', 'new', dir, 'en', { overwrite: true });
    expect(lstatSync(join(dir, 'link.svg')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.svg'), 'utf8')).toBe('new');
  });

  it('refuses a directory, and an existing file unless overwriting', async () => {
    mkdirSync(join(dir, 'target'));
    expect(await failure(writeFileAtomic('target', 'x', dir, 'en', { overwrite: true }))).toMatch(
      /^target: is a directory/,
    );
    writeFileSync(join(dir, 'a.yaml'), 'old');
    expect(await failure(writeFileAtomic('a.yaml', 'new', dir, 'en', { overwrite: false }))).toMatch(
      /already exists; add --force/,
    );
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('old');
    await writeFileAtomic('a.yaml', 'new', dir, 'en', { overwrite: true });
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('new');
  });
});
