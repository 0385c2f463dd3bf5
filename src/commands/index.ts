/** Every command, by name: the one registry the API, the CLI and the demo loader dispatch through. */
import type { AnyCommand } from './command.ts';
import { announcePledge } from './pledges/announce-pledge.ts';
import { changePledgeAmount } from './pledges/change-pledge-amount.ts';
import { cancelPledge, commitPledge, confirmPledge, lapsePledge, withdrawPledge } from './pledges/change-pledge-state.ts';
import { markPledgeDuplicate } from './pledges/mark-pledge-duplicate.ts';
import { recordPayment } from './pledges/record-payment.ts';
import { recordFxRate } from './reference/record-fx-rate.ts';
import { recordPublicTotal } from './reference/record-public-total.ts';
import { registerOrganization } from './reference/register-organization.ts';

export const COMMANDS = {
  registerOrganization,
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
} satisfies Record<string, AnyCommand>;

export const COMMANDS_BY_NAME: ReadonlyMap<string, AnyCommand> = new Map(Object.values(COMMANDS).map((c) => [c.name, c]));
