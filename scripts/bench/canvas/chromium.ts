import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Debian's Chromium, as the e2e tier uses; playwright-core never downloads a browser of its own. */
const CHROMIUM = '/usr/bin/chromium';

/**
 * The e2e tier's flags (no GPU process: these machines have no GPU) plus an explicit request for
 * WebGL on SwiftShader, Chromium's CPU implementation of the GPU APIs. Recent Chromium versions no longer
 * fall back to it silently, hence `--enable-unsafe-swiftshader`. The 2D canvas is then rasterised by the
 * CPU (Skia), WebGL by SwiftShader on the CPU: both renderers run without graphics hardware.
 */
export const BENCH_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
] as const;

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...BENCH_CHROMIUM_ARGS] });
}
