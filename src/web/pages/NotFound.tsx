/** A client route that does not exist. */
import { Link } from 'wouter';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
