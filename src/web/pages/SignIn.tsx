/**
 * Sign in as a person (user name and password, and a one-time code when the account has one), or
 * with an API token. The password session lives in an HttpOnly cookie; a token stays in this tab's
 * sessionStorage and is never put in a URL.
 */
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiProblem } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { FormError, TextField } from '../components/Field.tsx';
import { useForm } from '../components/form.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const USERNAME = /^[a-z0-9][a-z0-9._-]{0,62}(@[a-z0-9][a-z0-9-]{0,63})?$/;

function PasswordForm({ done }: { done(): void }) {
  const { t } = useI18n();
  const session = useSession();
  const [needsCode, setNeedsCode] = useState(false);
  const f = useForm(
    { username: '', password: '', totp: '' },
    (v) => ({
      ...(USERNAME.test(v.username.trim().toLowerCase()) ? {} : { username: t('auth.usernameFormat') }),
      ...(v.password ? {} : { password: t('auth.passwordRequired') }),
      ...(!needsCode || /^\d{6}$/.test(v.totp.trim()) ? {} : { totp: t('auth.codeFormat') }),
    }),
    { networkError: t('common.networkError') },
  );
  return (
    <form
      ref={f.formRef}
      className="form panel"
      noValidate
      aria-labelledby="sign-in-password"
      onSubmit={f.onSubmit(async (v) => {
        try {
          await session.signInWithPassword(v.username.trim().toLowerCase(), v.password, needsCode ? v.totp.trim() : undefined);
        } catch (e) {
          if (!(e instanceof ApiProblem)) throw e;
          if (e.problem.status === 429) throw new ApiProblem({ ...e.problem, detail: t('auth.rateLimited'), errors: [] });
          if (e.problem.status !== 401) throw e;
          if ((e.problem as { totpRequired?: boolean }).totpRequired) {
            setNeedsCode(true);
            throw new ApiProblem({ ...e.problem, errors: [{ field: 'totp', message: t('auth.codeNeeded') }] });
          }
          throw new ApiProblem({ ...e.problem, errors: [{ field: 'password', message: t('auth.passwordRefused') }] });
        }
        done();
      })}
    >
      <h2 id="sign-in-password">{t('auth.passwordTitle')}</h2>
      <p>{t('auth.passwordIntro')}</p>
      <FormError message={f.formError} />
      <TextField label={t('auth.username')} name="username" autoComplete="username" hint={t('auth.usernameHint')} value={f.values.username} onChange={(v) => f.set('username', v)} error={f.errors.username} required />
      <TextField label={t('auth.password')} name="password" type="password" autoComplete="current-password" value={f.values.password} onChange={(v) => f.set('password', v)} error={f.errors.password} required />
      {needsCode ? (
        <TextField label={t('auth.code')} name="totp" inputMode="numeric" autoComplete="one-time-code" hint={t('auth.codeHint')} value={f.values.totp} onChange={(v) => f.set('totp', v)} error={f.errors.totp} required />
      ) : null}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={f.submitting}>
          {t('auth.signIn')}
        </button>
      </div>
    </form>
  );
}

function TokenForm({ done }: { done(): void }) {
  const { t } = useI18n();
  const session = useSession();
  const f = useForm({ token: '' }, (v) => (/^[\x21-\x7e]{10,200}$/.test(v.token.trim()) ? {} : { token: t('auth.tokenFormat') }), { networkError: t('common.networkError') });
  return (
    <form
      ref={f.formRef}
      className="form panel"
      noValidate
      aria-labelledby="sign-in-token"
      onSubmit={f.onSubmit(async (v) => {
        try {
          await session.signIn(v.token.trim());
        } catch (e) {
          if (e instanceof ApiProblem && e.problem.status === 401) throw new ApiProblem({ ...e.problem, errors: [{ field: 'token', message: t('auth.refused') }] });
          throw e;
        }
        done();
      })}
    >
      <h2 id="sign-in-token">{t('auth.tokenTitle')}</h2>
      <p>{t('auth.intro')}</p>
      <FormError message={f.formError} />
      <TextField label={t('auth.token')} name="token" type="password" autoComplete="off" hint={t('auth.tokenHint')} value={f.values.token} onChange={(v) => f.set('token', v)} error={f.errors.token} required />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={f.submitting}>
          {t('auth.signIn')}
        </button>
      </div>
    </form>
  );
}

export default function SignIn() {
  const { t } = useI18n();
  const [location, navigate] = useLocation();
  const done = () => {
    if (location === '/sign-in') navigate('/');
  };
  return (
    <>
      <PageTitle title={t('auth.title')} />
      <div className="grid-2">
        <div>
          <PasswordForm done={done} />
          <TokenForm done={done} />
        </div>
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
