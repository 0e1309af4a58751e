// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { luminance, pageLooksDark } from './page-colors';
import { setBody } from './set-body.test-helper';

describe('page colours', () => {
  it('computes WCAG luminance', () => {
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
  });
  it('finds the first opaque background up the tree', () => {
    setBody('<div style="background-color: rgb(20, 20, 24)"><p><span id="a">x</span></p></div>');
    expect(pageLooksDark(document.getElementById('a') as Element)).toBe(true);
    setBody('<div style="background-color: rgb(250, 250, 250)"><span id="b">x</span></div>');
    expect(pageLooksDark(document.getElementById('b') as Element)).toBe(false);
  });
});
