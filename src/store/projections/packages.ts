/** Projections of packages and their lines. */
import type { Handlers } from './projector.ts';

const todo = async (): Promise<void> => {
  throw new Error('package projections are not written yet');
};

export const packageHandlers: Handlers<'PackageCreated' | 'PackageStateChanged' | 'PackageContracted'> = {
  PackageCreated: todo,
  PackageStateChanged: todo,
  PackageContracted: todo,
};
