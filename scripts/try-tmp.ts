import { readFileSync } from 'node:fs';
import { extract } from '/work/wt/h11/graph/extract/extract';
const file = process.argv[2]!;
const text = readFileSync(file, 'utf8');
const t0 = performance.now();
const d = await extract({ id: 'doc', title: 't', source: null, publishedAt: null, text }, []);
console.log('ms', Math.round(performance.now() - t0));
for (const e of d.entities) console.log('E', e.id, e.type, e.confidence, JSON.stringify(e.aliases), e.spans.map((s) => `${s.text}/${s.via}`).join(' | '));
for (const r of d.relations) console.log('R', r.type, r.source, '->', r.target, r.confidence, r.evidence.map((e) => e.sentence.slice(0, 40)).join(' || '), r.statement ? `[${r.statement.slice(0, 50)}]` : '');
