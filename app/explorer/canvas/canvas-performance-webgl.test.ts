import { describe, expect, it } from 'vitest';
import { detectWebglSupport, isSoftwareRenderer } from './canvas-performance-webgl';

describe('isSoftwareRenderer', () => {
  it('recognises CPU implementations of WebGL by their renderer names', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ]) {
      expect(isSoftwareRenderer(name)).toBe(true);
    }
  });

  it('takes GPUs, and names a browser masks, for hardware', () => {
    for (const name of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
      'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
      'WebKit WebGL',
    ]) {
      expect(isSoftwareRenderer(name)).toBe(false);
    }
  });
});

describe('detectWebglSupport', () => {
  it('reports no WebGL outside a browser', () => {
    expect(detectWebglSupport()).toBe('none');
  });
});
