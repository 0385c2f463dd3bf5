/** purl serve [--demo]: start the HTTP API (and web app) on $HOST:$PORT. */
import type { Command } from 'commander';
import { loadSettings } from '../../config.ts';
import { DEMO_TOKENS } from '../../demo/organizations.ts';
import { describeStore, openStore } from '../../store/open.ts';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('start the server at http://$HOST:$PORT (default 127.0.0.1:8080)')
    .option('--demo', 'on an empty store, load the demo record first and print the demo tokens')
    .action(async (opts: { demo?: boolean }) => {
      // The server and the demo record are loaded only here, so every other command starts faster.
      const [{ buildApp }, { seedDemo }, { DEMO_PASSWORD, DEMO_USERS }] = await Promise.all([
        import('../../api/app.ts'),
        import('../../demo/seed.ts'),
        import('../../demo/users.ts'),
      ]);
      const settings = loadSettings();
      const db = await openStore(settings);
      let demo = false;
      if (opts.demo) {
        const r = await seedDemo(db);
        demo = true;
        if (r.seeded) console.log(`demo record loaded: ${r.events} events`);
      }
      const app = await buildApp({ db, logger: { level: settings.logLevel }, auth: settings.auth, trustProxy: settings.trustProxy });
      const close = async () => {
        await app.close();
        await db.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      await app.listen({ port: settings.port, host: settings.host });
      const url = `http://${settings.host === '0.0.0.0' || settings.host === '::' ? 'localhost' : settings.host}:${settings.port}`;
      console.log(`\nPURL Ledger is running at ${url}  (store: ${describeStore(settings)})`);
      console.log(`  Web app:   ${url}/app/  (the coordination desk; sign in as a demo user or with a token below)`);
      console.log(`  API docs:  ${url}/docs    OpenAPI: ${url}/openapi.json`);
      if (demo) {
        console.log('  Demo API tokens (send as "Authorization: Bearer <token>"; demo only):');
        for (const t of DEMO_TOKENS.slice(0, 6)) console.log(`    ${t.orgId.padEnd(8)} ${t.token}`);
        console.log(`    ... and demo-ally-<iso> for each Ally (${DEMO_TOKENS.length - 4} in all); list them with: npx purl tokens list`);
        console.log(`  Demo users (sign in to the web app; password "${DEMO_PASSWORD}" for every one; demo only):`);
        for (const u of DEMO_USERS.slice(0, 6)) console.log(`    ${u.userId}`);
        console.log(`    ... and desk@<iso> for each Ally (${DEMO_USERS.length} in all); list them with: npx purl users list`);
      }
    });
}
