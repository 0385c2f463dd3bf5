/**
 * Who may act on the security-guarantees registry, as the commands' authorize steps decide it
 * (src/domain/guarantee-framework.ts and guarantee-commitment.ts). The web offers a form only to
 * those the rule allows; the server still judges every write.
 */
import type { components } from '../api/schema';

type Framework = components['schemas']['FrameworkDetail'];
type Commitment = components['schemas']['Commitment'];
type Me = { orgId: string; role: string } | null;

/** Registering (assertMayRegister): the coordinator for the public record, or an organization that names itself a party. */
export const mayRegisterFramework = (me: Me): boolean => !!me && ['ally', 'coordinator', 'recipient'].includes(me.role);

/** Changing a framework, its status or its negotiation record (assertMayChange): a party, or the coordinator on a public-record framework. */
export function mayChangeFramework(fw: Pick<Framework, 'publicRecord' | 'parties'>, me: Me): boolean {
  if (!me) return false;
  if (me.role === 'coordinator') return fw.publicRecord;
  return ['ally', 'recipient'].includes(me.role) && fw.parties.some((p) => p.orgId === me.orgId);
}

/** Whether this person may change the framework's status: as above, while a next status exists. */
export const mayChangeStatus = (fw: Framework, me: Me): boolean => fw.nextStatuses.length > 0 && mayChangeFramework(fw, me);

/** Who may record a commitment in this framework, and for which guarantors (the rule in record-commitment.ts). */
export function commitmentGuarantors(fw: Framework, me: Me): string[] {
  if (!me) return [];
  const eligible = fw.parties.filter((p) => p.role !== 'beneficiary').map((p) => p.orgId);
  if (me.role === 'coordinator') return eligible;
  if (me.role === 'ally') return eligible.filter((o) => o === me.orgId);
  return [];
}

/** Keeping a commitment, its schedule and evidence (assertMayKeepCommitment): a guarantor, or the coordinator for a public-record one. */
export function mayKeepCommitment(c: Pick<Commitment, 'publicRecord' | 'guarantors'>, me: Me): boolean {
  if (!me) return false;
  if (me.role === 'coordinator') return c.publicRecord;
  return me.role === 'ally' && c.guarantors.some((g) => g.orgId === me.orgId);
}

/** A schedule needs a figure in money or a quantity to fall due (checkSchedule). */
export const mayScheduleCommitment = (c: Commitment, me: Me): boolean => (c.terms.kind === 'money' || c.terms.kind === 'quantity') && mayKeepCommitment(c, me);

/** Evidence for anything but something ruled out (record-fulfilment.ts). */
export const mayRecordFulfilment = (c: Commitment, me: Me): boolean => c.stance !== 'ruled_out' && mayKeepCommitment(c, me);
