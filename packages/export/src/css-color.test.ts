import { describe, expect, it } from 'vitest';
import { parseCssColor } from './css-color.js';

describe('parseCssColor', () => {
  it('reads hex forms with and without alpha', () => {
    expect(parseCssColor('#1f2937')).toEqual({ color: [31, 41, 55], alpha: 1 });
    expect(parseCssColor('#fff')).toEqual({ color: [255, 255, 255], alpha: 1 });
    expect(parseCssColor('#00000080')?.alpha).toBeCloseTo(0.502, 3);
    expect(parseCssColor('#0008')?.alpha).toBeCloseTo(0.533, 3);
  });

  it('reads rgb()/rgba() in comma and space syntax, clamping', () => {
    expect(parseCssColor('rgb(13, 148, 136)')).toEqual({ color: [13, 148, 136], alpha: 1 });
    expect(parseCssColor('rgba(0,0,0,0.25)')).toEqual({ color: [0, 0, 0], alpha: 0.25 });
    expect(parseCssColor('rgb(100% 0% 300 / 50%)')).toEqual({ color: [255, 0, 255], alpha: 0.5 });
  });

  it('passes keywords through and treats none/transparent/garbage as no paint', () => {
    expect(parseCssColor('Teal')).toEqual({ color: 'teal', alpha: 1 });
    for (const v of [undefined, 'none', 'transparent', '#12', 'hsl(1 2 3)'])
      expect(parseCssColor(v)).toBeUndefined();
  });
});
