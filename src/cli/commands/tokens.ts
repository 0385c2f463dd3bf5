/** purl tokens list|issue|revoke: API tokens (only their hashes are stored), read-only or read-write. */
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.ts';
import { issueToken, listTokens, revokeToken, TOKEN_SCOPES, type TokenScope } from '../../store/tokens.ts';
import { withStore } from '../context.ts';

export function tokensCommand(program: Command): void {
  const tokens = program.command('tokens').description('list, issue and revoke API tokens');
  tokens
    .command('list')
    .description('list tokens by organization (hash prefix, label, expiry; never the secret)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withStore(async (db) => {
        const list = await listTokens(db);
        if (opts.json) return console.log(JSON.stringify(list, null, 2));
        for (const t of list) {
          const state = t.revokedAt ? 'revoked' : t.expiresAt ? `expires ${t.expiresAt}` : 'no expiry';
          console.log(`${t.prefix}  ${t.orgId.padEnd(8)} ${t.label.padEnd(28)} ${state}  ${t.scope}`);
        }
      });
    });
  tokens
    .command('issue')
    .description("issue a new token for an organization (it acts with the organization's role) and print it once")
    .requiredOption('--org <orgId>', 'the organization the token speaks for')
    .requiredOption('--label <label>', 'who or what uses it')
    .option('--days <n>', 'expire after n days')
    .option('--scope <scope>', 'read: reads only, every write refused; write: all its role allows', 'write')
    .action(async (opts: { org: string; label: string; days?: string; scope: string }) => {
      if (!(TOKEN_SCOPES as readonly string[]).includes(opts.scope)) throw invalid('--scope', "must be 'read' or 'write'");
      let expiresAt: Date | null = null;
      if (opts.days !== undefined) {
        const days = Number(opts.days);
        if (!Number.isInteger(days) || days < 1 || days > 3650) throw invalid('--days', 'must be a whole number from 1 to 3650');
        expiresAt = new Date(Date.now() + days * 86_400_000);
      }
      await withStore(async (db) => {
        const token = await issueToken(db, { orgId: opts.org, label: opts.label, expiresAt, scope: opts.scope as TokenScope });
        console.log(token);
      });
    });
  tokens
    .command('revoke')
    .description('revoke the token(s) whose hash starts with the given prefix (see `tokens list`)')
    .argument('<hashPrefix>', 'at least 8 hex characters of the token hash')
    .action(async (prefix: string) => {
      await withStore(async (db) => {
        const n = await revokeToken(db, prefix);
        if (n === 0) throw invalid('hashPrefix', `no active token hash starts with '${prefix}'`);
        console.log(`revoked ${n} token(s)`);
      });
    });
}
