/** Sign in with an API token. The token stays in this tab's sessionStorage and is never put in a URL. */
import { useLocation } from 'wouter';
import { ApiProblem } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { FormError, TextField } from '../components/Field.tsx';
import { useForm } from '../components/form.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from 'wouter';

export default function SignIn() {
  const { t } = useI18n();
  const session = useSession();
  const [location, navigate] = useLocation();
  const f = useForm({ token: '' }, (v) => (/^[\x21-\x7e]{10,200}$/.test(v.token.trim()) ? {} : { token: t('auth.tokenFormat') }), { networkError: t('common.networkError') });
  return (
    <>
      <PageTitle title={t('auth.title')} />
      <div className="grid-2">
        <form
          ref={f.formRef}
          className="form panel"
          noValidate
          onSubmit={f.onSubmit(async (v) => {
            try {
              await session.signIn(v.token.trim());
            } catch (e) {
              if (e instanceof ApiProblem && e.problem.status === 401) throw new ApiProblem({ ...e.problem, errors: [{ field: 'token', message: t('auth.refused') }] });
              throw e;
            }
            if (location === '/sign-in') navigate('/');
          })}
        >
          <p>{t('auth.intro')}</p>
          <FormError message={f.formError} />
          <TextField label={t('auth.token')} name="token" type="password" autoComplete="off" hint={t('auth.tokenHint')} value={f.values.token} onChange={(v) => f.set('token', v)} error={f.errors.token} required />
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={f.submitting}>
              {t('auth.signIn')}
            </button>
          </div>
        </form>
        <section className="panel">
          <h2>{t('auth.publicTitle')}</h2>
          <p>{t('auth.publicIntro')}</p>
          <p>
            <Link href="/public" className="btn">
              {t('nav.public')}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
