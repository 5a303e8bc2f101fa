/**
 * Public: what WebGL this browser offers, for `canvasPerformance`'s third argument. Browser only (call it
 * from an effect, never while rendering on the server).
 *
 * 'software' matters: without a GPU (a VM, a remote desktop, CI) Chromium runs WebGL on SwiftShader, a
 * CPU implementation, where `npm run bench:canvas` measured Cytoscape's WebGL renderer slower than the
 * canvas renderer with its viewport settings, so 'auto' keeps the canvas there. 'none' (no WebGL 2 at
 * all) must never be asked for: Cytoscape would fail to create its WebGL layer.
 */
export type WebglSupport = 'hardware' | 'software' | 'none';

/** Renderer names of CPU implementations of WebGL (Chromium's SwiftShader, Mesa's llvmpipe/softpipe, Windows' WARP). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE_RENDERER.test(rendererName);
}

let detected: WebglSupport | undefined;

/** Asks once per page: creates a WebGL 2 context, reads the GPU's name, and releases the context. */
export function detectWebglSupport(): WebglSupport {
  if (detected !== undefined) return detected;
  detected = probe();
  return detected;
}

function probe(): WebglSupport {
  if (typeof document === 'undefined') return 'none';
  let gl: WebGL2RenderingContext | null = null;
  try {
    gl = document.createElement('canvas').getContext('webgl2');
    if (gl === null) return 'none';
    // Browsers that hide the unmasked name (privacy settings) get the benefit of the doubt.
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL));
    return isSoftwareRenderer(name) ? 'software' : 'hardware';
  } catch {
    return 'none';
  } finally {
    // Browsers cap live WebGL contexts per page (16 in Chromium); the canvas would hold this one until GC.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
