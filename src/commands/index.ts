/** Every command, by name: the one registry the API, the CLI and the demo loader dispatch through. */
import type { AnyCommand } from './command.ts';
import { acceptPlanCommand } from './allocations/accept-plan.ts';
import { allocateFunds } from './allocations/allocate-funds.ts';
import { releaseAllocation } from './allocations/release-allocation.ts';
import { classify } from './classification/classify.ts';
import { confirmReceipt } from './deliveries/confirm-receipt.ts';
import { recordShipment } from './deliveries/record-shipment.ts';
import { changeFrameworkStatus } from './guarantees/change-framework-status.ts';
import { recordCommitment } from './guarantees/record-commitment.ts';
import { recordFulfilment } from './guarantees/record-fulfilment.ts';
import { recordNegotiationMilestone } from './guarantees/record-negotiation-milestone.ts';
import { registerFramework } from './guarantees/register-framework.ts';
import { setCommitmentSchedule } from './guarantees/set-commitment-schedule.ts';
import { withdrawFulfilment } from './guarantees/withdraw-fulfilment.ts';
import { cancelPackage, closePackage, openPackageFunding, prioritisePackage } from './packages/change-package-state.ts';
import { contractPackage } from './packages/contract-package.ts';
import { createPackage } from './packages/create-package.ts';
import { announcePledge } from './pledges/announce-pledge.ts';
import { changePledgeAmount } from './pledges/change-pledge-amount.ts';
import { cancelPledge, commitPledge, confirmPledge, lapsePledge, withdrawPledge } from './pledges/change-pledge-state.ts';
import { markPledgeDuplicate } from './pledges/mark-pledge-duplicate.ts';
import { recordPayment } from './pledges/record-payment.ts';
import { recordFxRate } from './reference/record-fx-rate.ts';
import { recordPublicTotal } from './reference/record-public-total.ts';
import { registerOrganization } from './reference/register-organization.ts';
import { disableUser } from './users/disable-user.ts';
import { registerUser } from './users/register-user.ts';
import { approveListVersion } from './requirements/approve-list-version.ts';
import { priceRequirement } from './requirements/price-requirement.ts';
import { proposeListVersion } from './requirements/propose-list-version.ts';
import { proposeRequirement } from './requirements/propose-requirement.ts';
import { rejectRequirement } from './requirements/reject-requirement.ts';
import { rerankRequirements } from './requirements/rerank-requirements.ts';
import { validateRequirement } from './requirements/validate-requirement.ts';
import { withdrawRequirement } from './requirements/withdraw-requirement.ts';

export const COMMANDS = {
  registerOrganization,
  registerUser,
  disableUser,
  recordFxRate,
  recordPublicTotal,
  announcePledge,
  confirmPledge,
  commitPledge,
  recordPayment,
  changePledgeAmount,
  withdrawPledge,
  lapsePledge,
  cancelPledge,
  markPledgeDuplicate,
  proposeRequirement,
  rerankRequirements,
  validateRequirement,
  rejectRequirement,
  priceRequirement,
  withdrawRequirement,
  proposeListVersion,
  approveListVersion,
  createPackage,
  prioritisePackage,
  openPackageFunding,
  contractPackage,
  closePackage,
  cancelPackage,
  allocateFunds,
  releaseAllocation,
  acceptPlan: acceptPlanCommand,
  recordShipment,
  confirmReceipt,
  registerFramework,
  changeFrameworkStatus,
  recordNegotiationMilestone,
  recordCommitment,
  setCommitmentSchedule,
  recordFulfilment,
  withdrawFulfilment,
  classify,
} satisfies Record<string, AnyCommand>;

export const COMMANDS_BY_NAME: ReadonlyMap<string, AnyCommand> = new Map(Object.values(COMMANDS).map((c) => [c.name, c]));
