import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const f = process.argv[2];
const code = readFileSync(f, 'utf8'); const map = JSON.parse(readFileSync(f + '.map', 'utf8'));
const c = new SourceMapConsumer(map); const lines = code.split('\n'); const maps = []; c.eachMapping((m) => maps.push(m));
maps.sort((a,b)=> a.generatedLine-b.generatedLine || a.generatedColumn-b.generatedColumn);
const t = new Map();
for (let i=0;i<maps.length;i++){ const m=maps[i], n=maps[i+1];
  const len = (n && n.generatedLine===m.generatedLine) ? n.generatedColumn-m.generatedColumn : (lines[m.generatedLine-1]?.length??0)-m.generatedColumn;
  const k=(m.source??'?').replace(/^.*node_modules\//,'').replace(/^.*\/src\//,'src/'); t.set(k,(t.get(k)??0)+len);}
for (const [k,v] of [...t].sort((a,b)=>b[1]-a[1]).slice(0, Number(process.argv[3]??30))) console.log(String(v).padStart(8), k);
