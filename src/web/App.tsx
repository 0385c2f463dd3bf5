/**
 * Routes of the coordination desk, all under /app/ (see src/api/web-app.ts). Every page is its own
 * lazily loaded chunk, so the first page downloads only what it shows. A page for a new area slots
 * in here the same way once its endpoints exist.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Router, Switch } from 'wouter';
import { SessionProvider, useSession } from './api/session.tsx';
import { ConfirmProvider } from './components/Confirm.tsx';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/States.tsx';
import { I18nProvider } from './i18n/i18n.tsx';

const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);
const Overview = page(() => import('./pages/Overview.tsx'));
const PriorityList = page(() => import('./pages/PriorityList.tsx'));
const ProposeLine = page(() => import('./pages/ProposeLine.tsx'));
const LinePage = page(() => import('./pages/LinePage.tsx'));
const PackagesBoard = page(() => import('./pages/PackagesBoard.tsx'));
const NewPackage = page(() => import('./pages/NewPackage.tsx'));
const PackagePage = page(() => import('./pages/PackagePage.tsx'));
const Pledges = page(() => import('./pages/Pledges.tsx'));
const AnnouncePledge = page(() => import('./pages/AnnouncePledge.tsx'));
const PledgePage = page(() => import('./pages/PledgePage.tsx'));
const Log = page(() => import('./pages/Log.tsx'));
const PublicView = page(() => import('./pages/PublicView.tsx'));
const SignIn = page(() => import('./pages/SignIn.tsx'));
const Guarantees = page(() => import('./pages/Guarantees.tsx'));
const FrameworkPage = page(() => import('./pages/FrameworkPage.tsx'));
const Plans = page(() => import('./pages/Plans.tsx'));
const AccessLog = page(() => import('./pages/AccessLog.tsx'));
const NotFound = page(() => import('./pages/NotFound.tsx'));

/** Pages that need a signed-in organization; the public view and sign-in do not. */
function Protected({ children }: { children: ReactNode }) {
  const { me, checking } = useSession();
  if (checking) return <Loading />;
  return me ? <>{children}</> : <SignIn />;
}

const guarded = (C: ComponentType) => () => (
  <Protected>
    <C />
  </Protected>
);

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <ConfirmProvider>
          <Router base="/app">
            <Layout>
              <Suspense fallback={<Loading />}>
                <Switch>
                  <Route path="/" component={guarded(Overview)} />
                  <Route path="/public" component={PublicView} />
                  <Route path="/sign-in" component={SignIn} />
                  <Route path="/list" component={guarded(PriorityList)} />
                  <Route path="/list/new" component={guarded(ProposeLine)} />
                  <Route path="/list/:lineId" component={guarded(LinePage)} />
                  <Route path="/packages" component={guarded(PackagesBoard)} />
                  <Route path="/packages/new" component={guarded(NewPackage)} />
                  <Route path="/packages/:packageId" component={guarded(PackagePage)} />
                  <Route path="/pledges" component={guarded(Pledges)} />
                  <Route path="/pledges/new" component={guarded(AnnouncePledge)} />
                  <Route path="/pledges/:pledgeId" component={guarded(PledgePage)} />
                  <Route path="/log" component={guarded(Log)} />
                  <Route path="/plans" component={guarded(Plans)} />
                  <Route path="/access-log" component={guarded(AccessLog)} />
                  <Route path="/guarantees" component={guarded(Guarantees)} />
                  <Route path="/guarantees/:frameworkId" component={guarded(FrameworkPage)} />
                  <Route component={NotFound} />
                </Switch>
              </Suspense>
            </Layout>
          </Router>
        </ConfirmProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
