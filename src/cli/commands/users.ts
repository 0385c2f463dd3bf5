/**
 * purl users add|list|disable|reset-password|totp: people and their credentials. Registering and
 * disabling go through the dispatcher (they are recorded in the log), as the operator of this
 * server acting with the coordinator's authority; passwords and second factors are set beside the
 * log and never printed back, except a generated password, shown once.
 */
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { disableTotp, provisionTotp, setPassword } from '../../auth/credentials.ts';
import { passwordProblems } from '../../auth/password.ts';
import { COMMANDS } from '../../commands/index.ts';
import { dispatch } from '../../commands/dispatch.ts';
import type { Actor } from '../../domain/actors.ts';
import { invalid } from '../../domain/errors.ts';
import { listUsers } from '../../store/queries/user-views.ts';
import { withStore } from '../context.ts';

/** Whoever runs the CLI has the database itself; the log names them as the operator. */
const OPERATOR: Actor = { orgId: 'system', role: 'coordinator', userId: 'purl-cli' };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** The password from stdin, or a fresh random one (printed once) when none is piped in. */
async function passwordFrom(opts: { passwordStdin?: boolean }): Promise<{ password: string; generated: boolean }> {
  if (opts.passwordStdin) {
    const password = await readStdin();
    const problems = passwordProblems(password);
    if (problems.length > 0) throw invalid('password', problems.join('; '));
    return { password, generated: false };
  }
  return { password: randomBytes(15).toString('base64url'), generated: true };
}

export function usersCommand(program: Command): void {
  const users = program.command('users').description('people in organizations: add, list, disable, reset passwords, second factors');
  users
    .command('add')
    .description('register a user of an organization and set a password (generated and printed once unless --password-stdin)')
    .requiredOption('--org <orgId>', 'the organization the person belongs to')
    .requiredOption('--name <name>', 'the sign-in name: "planner" becomes planner@<org>')
    .option('--display-name <text>', 'the name shown to others (defaults to the sign-in name)')
    .option('--password-stdin', 'read the password from standard input (at least 12 characters)')
    .action(async (opts: { org: string; name: string; displayName?: string; passwordStdin?: boolean }) => {
      const userId = opts.name.includes('@') ? opts.name : `${opts.name}@${opts.org}`;
      const { password, generated } = await passwordFrom(opts);
      await withStore(async (db) => {
        await dispatch(db, COMMANDS.registerUser, { actor: OPERATOR, input: { userId, orgId: opts.org, displayName: opts.displayName ?? opts.name } });
        await setPassword(db, userId, password, { by: 'purl users add' });
        console.log(`registered ${userId}`);
        if (generated) console.log(`password (shown once): ${password}`);
      });
    });
  users
    .command('list')
    .description('list users by organization (never a password or secret)')
    .option('--org <orgId>', 'only this organization')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; json?: boolean }) => {
      await withStore(async (db) => {
        const list = await listUsers(db, { orgId: opts.org });
        if (opts.json) return console.log(JSON.stringify(list, null, 2));
        for (const u of list) {
          const how = [u.hasPassword ? 'password' : 'no password', ...(u.totpEnabled ? ['totp'] : [])].join(' + ');
          console.log(`${u.userId.padEnd(24)} ${u.status.padEnd(9)} ${how.padEnd(18)} ${u.displayName}`);
        }
      });
    });
  users
    .command('disable')
    .description('disable a user: their sessions stop at once (recorded in the log)')
    .argument('<userId>', 'e.g. planner@ua-mod')
    .option('--reason <text>', 'why', 'disabled by the operator')
    .action(async (userId: string, opts: { reason: string }) => {
      await withStore(async (db) => {
        await dispatch(db, COMMANDS.disableUser, { actor: OPERATOR, input: { userId, reason: opts.reason } });
        console.log(`disabled ${userId}`);
      });
    });
  users
    .command('reset-password')
    .description("set a new password (generated and printed once unless --password-stdin); ends the user's sessions and lifts a lockout")
    .argument('<userId>', 'e.g. planner@ua-mod')
    .option('--password-stdin', 'read the password from standard input (at least 12 characters)')
    .action(async (userId: string, opts: { passwordStdin?: boolean }) => {
      const { password, generated } = await passwordFrom(opts);
      await withStore(async (db) => {
        const r = await setPassword(db, userId, password, { by: 'purl users reset-password' });
        console.log(`password set for ${userId}; ${r.sessionsEnded} session(s) ended`);
        if (generated) console.log(`password (shown once): ${password}`);
      });
    });
  users
    .command('totp')
    .description('give a user a second factor: prints the otpauth:// URI (and secret) for their authenticator app, once')
    .argument('<userId>', 'e.g. planner@ua-mod')
    .option('--disable', 'remove the second factor instead (a lost device)')
    .action(async (userId: string, opts: { disable?: boolean }) => {
      await withStore(async (db) => {
        if (opts.disable) {
          await disableTotp(db, userId, { by: 'purl users totp --disable' });
          return console.log(`second factor removed for ${userId}`);
        }
        const e = await provisionTotp(db, userId, { by: 'purl users totp' });
        console.log(`second factor set for ${userId}; from now on sign-in needs a code`);
        console.log(`otpauth URI (shown once): ${e.otpauthUri}`);
        console.log(`secret (base32): ${e.secret}`);
      });
    });
}
