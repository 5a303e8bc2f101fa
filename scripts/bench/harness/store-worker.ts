/**
 * Worker: makes (or finds) the embedded store of a generated dataset in a process with a big enough heap,
 * and reports its directory. `--relations N --seed S`
 */
import { parseArgs } from 'node:util';
import { prepareDataset } from '../synthetic/dataset';
import { reportResult } from './child';
import { storeFor } from './dataset-store';

const { values } = parseArgs({
  options: { relations: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const dataset = await prepareDataset({ relations: Number(values.relations), seed: Number(values.seed) });
reportResult(await storeFor(dataset));
