// node --import tsx test/bench/viewsRun.ts [rows]: times views on a synthetic placements dataset.
import { bench } from './views';
import { syntheticPlacements } from './viewsSynthetic';

const rows = Number(process.argv[2] ?? 1_000_000);
const ds = syntheticPlacements(rows);
console.log(JSON.stringify({ rows, ...(await bench(ds)) }));
