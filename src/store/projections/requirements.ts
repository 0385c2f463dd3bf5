/** Projections of the prioritized requirements list and its monthly versions. */
import type { Handlers } from './projector.ts';

const todo = async (): Promise<void> => {
  throw new Error('requirement projections are not written yet');
};

export const requirementHandlers: Handlers<
  | 'RequirementProposed'
  | 'RequirementsReranked'
  | 'RequirementValidated'
  | 'RequirementRejected'
  | 'RequirementPriced'
  | 'RequirementWithdrawn'
  | 'RequirementStatusChanged'
  | 'ListVersionProposed'
  | 'ListVersionApproved'
> = {
  RequirementProposed: todo,
  RequirementsReranked: todo,
  RequirementValidated: todo,
  RequirementRejected: todo,
  RequirementPriced: todo,
  RequirementWithdrawn: todo,
  RequirementStatusChanged: todo,
  ListVersionProposed: todo,
  ListVersionApproved: todo,
};
