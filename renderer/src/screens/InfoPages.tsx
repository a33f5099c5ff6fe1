// The pages reachable from anywhere: urgent help, all references, and about this guide.
import { useTranslation } from 'react-i18next';
import { CONTENT_PUBLISHED_ON, CONTENT_VERSION, EVIDENCE_REVIEWED_ON, META_TEXT, metaParams, nextReviewDue } from '../../../shared/content/meta';
import { CRISIS_TEXT, emergencyPlace } from '../../../shared/crisis';
import type { CrisisRegion } from '../../../shared/crisis/types';
import { CrisisNumbers, RegionPicker } from '../components/CrisisHelp';
import { SOURCES, fullCitation, type SourceId } from '../../../shared/references/registry';
import { useAllText } from '../i18n';
import type { ContentText } from '../walkthrough/useContentText';
import { longDate } from '../long-date';

/** Urgent help: what to do now, and the numbers for the person's region (which they can change). */
export function UrgentHelpPage({ text, country, onCountry }: { text: ContentText; country: CrisisRegion | null; onCountry: (country: CrisisRegion) => void }) {
  useAllText();
  return (
    <section aria-labelledby="screen-title" className="urgent-page">
      <h1 id="screen-title" tabIndex={-1}>
        {text(CRISIS_TEXT.title)}
      </h1>
      <p className="lede">{text(CRISIS_TEXT.intro, { place: text(emergencyPlace(country)) })}</p>
      <RegionPicker region={country} text={text} onRegion={onCountry} />
      <CrisisNumbers region={country} text={text} />
    </section>
  );
}

export function ReferencesPage({ text, focusId }: { text: ContentText; focusId: SourceId | null }) {
  useAllText();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('references.title')}
      </h1>
      <p className="lede">{t('references.intro')}</p>
      <ol className="reference-list">
        {SOURCES.map((source) => (
          <li key={source.id} id={`ref-${source.id}`} className={source.id === focusId ? 'reference highlighted' : 'reference'} tabIndex={-1}>
            <p className="reference-citation">{fullCitation(source.id, (ref) => text(ref))}</p>
            <p className="reference-supports">{text(source.supports)}</p>
            <p className="reference-tag">{source.tag === 'seen' ? t('references.tagSeen') : t('references.tagSecondary')}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

// Each fact is given once: the label in <dt>, only the value in <dd> (not "Content version:
// Content version 1.1.0").
export function AboutPage({ text, appVersion }: { text: ContentText; appVersion: string | null }) {
  useAllText();
  const { t, i18n } = useTranslation();
  const params = metaParams();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('about.title')}
      </h1>
      <p className="lede">{text(META_TEXT.decision)}</p>
      <p>{text(META_TEXT.whoFor)}</p>
      <p className="important">{text(META_TEXT.notMedicalAdvice)}</p>
      <dl className="about-facts">
        <dt>{t('about.appVersion')}</dt>
        <dd>{appVersion ?? '—'}</dd>
        <dt>{t('about.contentVersion')}</dt>
        <dd>{CONTENT_VERSION}</dd>
        <dt>{t('about.published')}</dt>
        <dd>{longDate(CONTENT_PUBLISHED_ON, i18n.language)}</dd>
        <dt>{t('about.reviewed')}</dt>
        <dd>{longDate(EVIDENCE_REVIEWED_ON, i18n.language)}</dd>
        <dt>{t('about.nextReview')}</dt>
        <dd>{longDate(nextReviewDue(), i18n.language)}</dd>
        <dt>{t('about.readingEnglish')}</dt>
        <dd>{text(META_TEXT.readingEnglish, params)}</dd>
        <dt>{t('about.readingSpanish')}</dt>
        <dd>{text(META_TEXT.readingSpanish, params)}</dd>
      </dl>
      <h2>{t('about.updates')}</h2>
      <p>{text(META_TEXT.updatePolicy, params)}</p>
      <h2>{t('about.fundingAuthors')}</h2>
      <p>{text(META_TEXT.funding)}</p>
      <p>{text(META_TEXT.authorship)}</p>
      <p>{text(META_TEXT.reviewStatus)}</p>
      <h2>{t('about.howFound')}</h2>
      <p>{text(META_TEXT.howWeFound)}</p>
      <h2>{t('about.evidence')}</h2>
      <p>{text(META_TEXT.howSourcesChosen)}</p>
      <p>{text(META_TEXT.howCertaintyWorks)}</p>
      <p>{text(META_TEXT.readability)}</p>
    </section>
  );
}
