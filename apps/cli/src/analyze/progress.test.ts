import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

function capture(): { out: PassThrough; text: () => string } {
  const out = new PassThrough();
  let s = '';
  out.on('data', (d: Buffer) => {
    s += d.toString('utf8');
  });
  return { out, text: () => s };
}

describe('progressBar', () => {
  it('draws bytes, total, rows and rate at most every 100 ms, then clears the line', () => {
    const c = capture();
    let t = 0;
    const bar = progressBar(c.out, true, () => t);
    t = 150;
    bar.update({ bytes: 25e6, totalBytes: 50e6, rows: 500_000 });
    t = 160;
    bar.update({ bytes: 26e6, totalBytes: 50e6, rows: 520_000 });
    bar.done();
    const s = c.text();
    expect(s).toContain('50%');
    expect(s).toContain('25.0/50.0 MB');
    expect(s).toContain('500,000 rows');
    expect(s).toContain('166.7 MB/s');
    expect(s).not.toContain('520,000');
    expect(s.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes nothing when disabled', () => {
    const c = capture();
    const bar = progressBar(c.out, false);
    bar.update({ bytes: 1, totalBytes: 2, rows: 1 });
    bar.done();
    expect(c.text()).toBe('');
  });
});
