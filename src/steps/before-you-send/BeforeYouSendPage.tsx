/**
 * "Before you send your letters": between checking the answers and making the letters. An honest
 * word about what the letters tell the organisation and how it may reply, and what to do if that
 * could put someone at risk. It never talks anyone out of asking: making the letters is the way on.
 */
import { Page } from '../../components/Page/Page.tsx'
import { navigate } from '../../flow/router.ts'
import { t, tList } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { next, pathFor } from '../../flow/steps.ts'
import { useStep } from '../shared/useStep.ts'

export function BeforeYouSendPage() {
  const page = useStep('before-you-send')
  const who = page.who
  return (
    <Page title={t('beforeSend.title')} back={page.back}>
      <Heading>{t('beforeSend.title')}</Heading>
      <p className="body lead">{t(`beforeSend.tells.${who}`)}</p>
      <p className="body">{t(`beforeSend.reply.${who}`)}</p>

      <h2 className="heading-m">{t(`beforeSend.riskTitle.${who}`)}</h2>
      <p className="body">{t(`beforeSend.risk.${who}`)}</p>
      <p className="body">{t('beforeSend.ways')}</p>
      <ul className="list list--bullet">
        {tList(`beforeSend.waysList.${who}`).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="body">
        <Link to={pathFor('check-answers')}>{t('beforeSend.change')}</Link>
      </p>

      <h2 className="heading-m">{t(`beforeSend.rightTitle.${who}`)}</h2>
      <p className="body">{t(`beforeSend.right.${who}`)}</p>

      <div className="inset">
        <h2 className="heading-s">{t('beforeSend.helpTitle')}</h2>
        <p className="body">{t('beforeSend.help')}</p>
      </div>

      <Button onClick={() => navigate(pathFor(next('before-you-send', page.draft, page.ctx)))}>{t('beforeSend.button')}</Button>
    </Page>
  )
}
