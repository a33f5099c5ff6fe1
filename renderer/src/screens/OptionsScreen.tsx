// The options side by side in equal detail (IPDAS): the same five aspects for every option, in
// the same order and format, each statement with its certainty and sources.
import { useTranslation } from 'react-i18next';
import { ASPECTS, ASPECT_LABELS, OPTIONS } from '../../../shared/learn/content';
import type { SourceId } from '../../../shared/references/registry';
import { CertaintyBadge, StatementView } from '../components/Evidence';
import type { ContentText } from '../walkthrough/useContentText';
import { useAllText } from '../i18n';

interface Props {
  text: ContentText;
  onOpenReferences: (id: SourceId) => void;
}

export function OptionsScreen({ text, onOpenReferences }: Props) {
  useAllText();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screen-title">
      <p className="eyebrow">{t('walkthrough.groups.learn')}</p>
      <h1 id="screen-title" tabIndex={-1}>
        {t('options.title')}
      </h1>
      <p className="lede">{t('options.intro')}</p>
      {/* A scrollable region must be reachable by keyboard to scroll it (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-label={t('options.title')} tabIndex={0}>
        <table className="options-table">
          <thead>
            <tr>
              <td />
              {OPTIONS.map((option) => (
                <th key={option.id} scope="col">
                  {text(option.name)}
                  {option.overall && (
                    <div>
                      <CertaintyBadge certainty={option.overall} text={text} />
                    </div>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('options.what')}</th>
              {OPTIONS.map((option) => (
                <td key={option.id}>{text(option.what)}</td>
              ))}
            </tr>
            {ASPECTS.map((aspect) => (
              <tr key={aspect}>
                <th scope="row">{text(ASPECT_LABELS[aspect])}</th>
                {OPTIONS.map((option) => (
                  <td key={option.id}>
                    {option.aspects[aspect].map((statement) => (
                      <StatementView key={statement.id} statement={statement} text={text} onOpenReferences={onOpenReferences} />
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
