// node --import tsx test/bench/tableRun.ts : the table bench on a synthetic 1M-row placements dataset.
import { bench } from './table';
import { syntheticTablePlacements } from './tableSynthetic';

const rows = Number(process.env.ROWS ?? 1_000_000);
const dataset = syntheticTablePlacements(rows);
console.log(`table bench, ${rows} rows:`, await bench(dataset));
