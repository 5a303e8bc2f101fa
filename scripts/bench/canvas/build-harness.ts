import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/** The container fills the window; its inline background is what Cytoscape's WebGL renderer blends against. */
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>canvas bench</title>
<style>html,body{margin:0;height:100%;overflow:hidden}#cy{position:absolute;inset:0}</style></head>
<body><div id="cy" style="background-color:#ffffff"></div><script type="module" src="harness.js"></script></body>
</html>
`;

/**
 * Bundles the harness page (the app's Cytoscape loader, stylesheet, layout options and
 * `canvasPerformance`, minified as in production) into `dir`, with the page that loads it.
 */
export async function buildHarness(dir: string): Promise<void> {
  await build({
    entryPoints: [path.join(import.meta.dirname, 'harness-page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outfile: path.join(dir, 'harness.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await writeFile(path.join(dir, 'index.html'), PAGE);
}
