/**
 * Who is signed in: a person (password sign-in, a cookie session) or an API token, and their
 * organization and role from GET /me. Pages ask `can(...)` before offering an action; the server
 * still refuses anything the role may not do.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiProblem, unwrap } from './client.ts';
import type { components } from './schema';
import { clearToken, forgetSession, getToken, hasSessionNote, rememberSession, setToken } from './token.ts';

export type Me = { orgId: string; role: Role; userId: string; organization: components['schemas']['Organization'] | null };
export type Role = 'ally' | 'recipient' | 'coordinator' | 'supplier' | 'auditor';

/** Which role may take which action: the same table as the commands' `roles` on the server. */
const ROLES_FOR = {
  proposeRequirement: ['recipient'],
  rerank: ['recipient'],
  withdrawRequirement: ['recipient'],
  proposeListVersion: ['recipient'],
  approveListVersion: ['recipient', 'coordinator', 'supplier'],
  validateRequirement: ['coordinator'],
  rejectRequirement: ['coordinator'],
  priceRequirement: ['supplier'],
  createPackage: ['coordinator'],
  changePackageState: ['coordinator'],
  allocate: ['coordinator'],
  releaseAllocation: ['coordinator'],
  contractPackage: ['supplier'],
  recordShipment: ['supplier'],
  confirmReceipt: ['recipient'],
  announcePledge: ['ally', 'coordinator'],
  managePledge: ['ally', 'coordinator'],
  lapsePledge: ['coordinator'],
  registerFramework: ['ally', 'coordinator', 'recipient'],
  recordCommitment: ['ally', 'coordinator'],
  changeFrameworkStatus: ['ally', 'coordinator', 'recipient'],
  recordNegotiationMilestone: ['ally', 'coordinator', 'recipient'],
  setCommitmentSchedule: ['ally', 'coordinator'],
  recordFulfilment: ['ally', 'coordinator'],
  withdrawFulfilment: ['ally', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ROLES_FOR;

export interface Session {
  me: Me | null;
  /** True until the stored token (if any) has been checked. */
  checking: boolean;
  signIn(token: string): Promise<void>;
  /** Password sign-in; `totp` when the account has a second factor. */
  signInWithPassword(username: string, password: string, totp?: string): Promise<void>;
  /** Ends a cookie session on the server first, then forgets the session here. */
  signOut(): Promise<void>;
  can(action: Action): boolean;
  /** An Ally manages only pledges it contributes to; the coordinator manages any. */
  canManagePledge(contributors: readonly string[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

async function fetchMe(): Promise<Me> {
  return unwrap(await api.GET('/me')) as Me;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(() => getToken() !== null || hasSessionNote());

  useEffect(() => {
    if (getToken()) {
      fetchMe()
        .then(setMe)
        .catch(() => clearToken())
        .finally(() => setChecking(false));
    } else if (hasSessionNote()) {
      // A session from an earlier page or tab: its cookie is sent by itself; fetch its CSRF token again.
      api
        .GET('/auth/session')
        .then(async (r) => {
          rememberSession(unwrap(r).csrfToken);
          setMe(await fetchMe());
        })
        .catch(() => forgetSession())
        .finally(() => setChecking(false));
    }
  }, []);

  const signIn = useCallback(async (token: string) => {
    setToken(token);
    try {
      setMe(await fetchMe());
    } catch (e) {
      clearToken();
      throw e instanceof ApiProblem ? e : new Error('network');
    }
  }, []);

  const signInWithPassword = useCallback(async (username: string, password: string, totp?: string) => {
    let csrfToken: string;
    try {
      csrfToken = unwrap(await api.POST('/auth/sign-in', { body: { username, password, ...(totp ? { totp } : {}) } })).csrfToken;
    } catch (e) {
      throw e instanceof ApiProblem ? e : new Error('network');
    }
    clearToken();
    rememberSession(csrfToken);
    setMe(await fetchMe());
  }, []);

  const signOut = useCallback(async () => {
    // The server ends the session first: the page says "signed out" only once the cookie is dead.
    if (!getToken()) await api.POST('/auth/sign-out').catch(() => undefined);
    clearToken();
    forgetSession();
    setMe(null);
  }, []);

  const value = useMemo<Session>(
    () => ({
      me,
      checking,
      signIn,
      signInWithPassword,
      signOut,
      can: (action) => !!me && (ROLES_FOR[action] as readonly Role[]).includes(me.role),
      canManagePledge: (contributors) => !!me && (me.role === 'coordinator' || (me.role === 'ally' && contributors.includes(me.orgId))),
    }),
    [me, checking, signIn, signInWithPassword, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
