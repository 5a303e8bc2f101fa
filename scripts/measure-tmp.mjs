import { chromium } from 'playwright-core';
const url = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h] of [[1280, 720], [1440, 900]]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto(url);
  await p.waitForSelector('[data-testid="graph-canvas"][data-layout="idle"]');
  const m = await p.evaluate(`(() => {
    const r = (s) => document.querySelector(s)?.getBoundingClientRect();
    const kids = [...document.querySelectorAll('.topbar > *, .topbar-actions > *, .toolbar > *')].map((e) => [e.className || e.tagName, Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().width)]);
    return { topbar: r('.topbar')?.height, bars: [...document.querySelectorAll('.canvas-bar')].map((e) => e.getBoundingClientRect().height), canvas: r('.canvas')?.height, legend: r('.legend')?.height, panelW: r('.side-column')?.width, kids };
  })()`);
  console.log(w, h, JSON.stringify(m));
  await p.close();
}
await b.close();
