// A planner worker thread (src/planner/workers.ts starts it): the sources are TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/planner/worker.ts');
