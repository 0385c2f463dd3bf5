/**
 * The Fastify application: schemas through zod (validated in, serialized out, and published as
 * OpenAPI 3.1 at /openapi.json with a docs page at /docs), bearer-token authentication, one
 * problem+json error handler, and the routes of each area. server.ts only starts it.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { DEFAULT_AUTH_POLICY, type AuthPolicy } from '../auth/policy.ts';
import type { Database } from '../store/db.ts';
import { registerAuth } from './auth.ts';
import { loggerOptions, type LoggerSetting } from './logging.ts';
import { authRoutes } from './routes/auth.ts';
import { userRoutes } from './routes/users.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { errorHandler, frameworkProblem, notFoundHandler } from './problem.ts';
import { allocationRoutes } from './routes/allocations.ts';
import { planRoutes } from './routes/plans.ts';
import { deliveryRoutes } from './routes/deliveries.ts';
import { guaranteeRoutes } from './routes/guarantees.ts';
import { metaRoutes } from './routes/meta.ts';
import { logRoutes } from './routes/log.ts';
import { packageRoutes } from './routes/packages.ts';
import { listVersionRoutes } from './routes/list-versions.ts';
import { pledgeRoutes } from './routes/pledges.ts';
import { referenceRoutes } from './routes/reference.ts';
import { reconciliationRoutes } from './routes/reconciliation.ts';
import { summaryRoutes } from './routes/summary.ts';
import { assertStorableText } from '../domain/text-safety.ts';
import { registerClearance } from './clearance.ts';
import { classificationRoutes } from './routes/classifications.ts';
import { requirementRoutes } from './routes/requirements.ts';
import { publicRoutes } from './routes/public.ts';
import { registerWebApp } from './web-app.ts';

export interface AppOptions {
  db: Database;
  logger?: LoggerSetting;
  /** Sessions, lockout, rate limits, cookie flags and the clock (defaults: src/auth/policy.ts). */
  auth?: Partial<AuthPolicy>;
  /** Trust X-Forwarded-* from a proxy in front (for the client address and https); off by default. */
  trustProxy?: boolean;
  /** Where the built web app is (default dist/web); a missing build is reported, not fatal. */
  webRoot?: string;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(opts.logger),
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    // Errors the router raises before any route runs (a malformed URL, an over-long path parameter)
    // become problem+json like every other error.
    frameworkErrors: (err, req, reply) => void frameworkProblem(err, req, reply),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  // Text PostgreSQL cannot store (NUL, unpaired surrogates) is refused before any route sees it.
  app.addHook('preValidation', async (req) => {
    assertStorableText(req.params, 'params');
    assertStorableText(req.query, 'query');
    assertStorableText(req.body, 'body');
  });
  await registerSecurityHeaders(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'PURL Ledger API',
        version: '0.1.0',
        description:
          'The shared record of the Prioritized Ukraine Requirements List: requirements, packages, pledges, payments, allocations and deliveries. ' +
          'Money is exact: integer minor units as strings with an ISO 4217 code. Errors are RFC 9457 problem+json naming the field. ' +
          'Writes accept an Idempotency-Key header and ?dryRun=true.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (see `purl tokens`)' },
          session: { type: 'apiKey', in: 'cookie', name: 'purl_session', description: 'The cookie POST /auth/sign-in sets; writes also need the X-CSRF-Token header' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  const auth = await registerAuth(app, opts.db, { ...DEFAULT_AUTH_POLICY, ...opts.auth });
  registerClearance(app, opts.db);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  metaRoutes(app, opts.db);
  authRoutes(app, opts.db, auth);
  userRoutes(app, opts.db);
  logRoutes(app, opts.db);
  pledgeRoutes(app, opts.db);
  reconciliationRoutes(app, opts.db);
  summaryRoutes(app, opts.db);
  referenceRoutes(app, opts.db);
  packageRoutes(app, opts.db);
  allocationRoutes(app, opts.db);
  planRoutes(app, opts.db);
  deliveryRoutes(app, opts.db);
  requirementRoutes(app, opts.db);
  listVersionRoutes(app, opts.db);
  guaranteeRoutes(app, opts.db);
  publicRoutes(app, opts.db);
  classificationRoutes(app, opts.db);
  await registerWebApp(app, opts.webRoot);
  await app.ready();
  return app;
}
