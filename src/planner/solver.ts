/**
 * HiGHS (the University of Edinburgh's LP/MIP solver, compiled to WebAssembly by the `highs`
 * package). Loading compiles the WebAssembly module once (about 30 ms); a loaded solver is passed
 * to the planner so the planner stays a pure function of its inputs. Solves are synchronous.
 */
import * as highsModule from 'highs';
import type { Highs } from 'highs';

export type Solver = Highs;

type Loader = () => Promise<Highs>;

// The package's declarations describe its CommonJS shape (the loader under `default`), while Node's
// ESM import of build/highs.mjs gives the loader itself as the default export; accept either.
const loader: Loader = ((m: unknown) => {
  const d = (m as { default?: unknown }).default;
  return (typeof d === 'function' ? d : (d as { default: unknown }).default) as Loader;
})(highsModule);

export const loadSolver = (): Promise<Solver> => loader();
