import { Page } from '../../components/Page/Page.tsx'
import { t, tList } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'

/** What is kept, where, for how long, and how to delete it. (A fuller version may replace this.) */
export function PrivacyPage() {
  return (
    <Page title={t('privacy.title')}>
      <Heading>{t('privacy.title')}</Heading>
      <p className="body lead">{t('privacy.intro')}</p>
      <h2 className="heading-m">{t('privacy.whereTitle')}</h2>
      <ul className="list list--bullet">
        {tList('privacy.where').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2 className="heading-m">{t('privacy.keptTitle')}</h2>
      <ul className="list list--bullet">
        {tList('privacy.kept').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2 className="heading-m">{t('privacy.deleteTitle')}</h2>
      <p className="body">{t('privacy.delete')}</p>
      <h2 className="heading-m">{t('privacy.quickTitle')}</h2>
      <p className="body">{t('privacy.quick')}</p>
      <h2 className="heading-m">{t('privacy.sendTitle')}</h2>
      <p className="body">{t('privacy.send')}</p>
    </Page>
  )
}
