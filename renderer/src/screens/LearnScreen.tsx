import { useTranslation } from 'react-i18next';
import { LEARN_PAGES, type LearnPageId } from '../../../shared/learn/content';
import type { SourceId } from '../../../shared/references/registry';
import { StatementView } from '../components/Evidence';
import type { ContentText } from '../walkthrough/useContentText';
import { useAllText } from '../i18n';

interface Props {
  pageId: LearnPageId;
  text: ContentText;
  onOpenReferences: (id: SourceId) => void;
}

export function LearnScreen({ pageId, text, onOpenReferences }: Props) {
  useAllText();
  const { t } = useTranslation();
  const page = LEARN_PAGES.find((p) => p.id === pageId);
  if (!page) return null;
  return (
    <section aria-labelledby="screen-title">
      <p className="eyebrow">{t('walkthrough.groups.learn')}</p>
      <h1 id="screen-title" tabIndex={-1}>
        {text(page.title)}
      </h1>
      <p className="lede">{text(page.intro)}</p>
      {page.noNumbers && (
        <p className="no-numbers" role="note">
          {text(page.noNumbers)}
        </p>
      )}
      {page.statements.map((statement) => (
        <StatementView key={statement.id} statement={statement} text={text} onOpenReferences={onOpenReferences} />
      ))}
    </section>
  );
}
