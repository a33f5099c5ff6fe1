import { useTranslation } from 'react-i18next';
import { LAYER_TEXT, LEARN_PAGES, coreStatements, moreStatements, type LearnPageId } from '../../../shared/learn/content';
import type { SourceId } from '../../../shared/references/registry';
import { CertaintyBadge, firstOfEach, SourceList, StatementView } from '../components/Evidence';
import type { ContentText } from '../walkthrough/useContentText';
import { useAllText } from '../i18n';

interface Props {
  pageId: LearnPageId;
  text: ContentText;
  onOpenReferences: (id: SourceId) => void;
}

// Layered for readers with ADHD (issue 18): the short version first (each point with the certainty
// of what it sums up), then the core statements, then everything else one activation away in a
// native disclosure (opened for print, read aloud when open). Nothing is left out: every statement
// and every source is on the page.
export function LearnScreen({ pageId, text, onOpenReferences }: Props) {
  useAllText();
  const { t } = useTranslation();
  const page = LEARN_PAGES.find((p) => p.id === pageId);
  if (!page) return null;
  const more = moreStatements(page);
  const core = coreStatements(page);
  const shortSources = [...new Set(page.short.flatMap((point) => point.sourceIds))];
  // What each certainty label means is said once, at its first use in reading order (screen readers).
  const explain = firstOfEach([...page.short, ...core, ...more].map((item) => item.certainty));
  const explainShort = explain.slice(0, page.short.length);
  const explainCore = explain.slice(page.short.length, page.short.length + core.length);
  const explainMore = explain.slice(page.short.length + core.length);
  return (
    <section aria-labelledby="screen-title">
      <p className="eyebrow">{t('walkthrough.groups.learn')}</p>
      <h1 id="screen-title" tabIndex={-1}>
        {text(page.title)}
      </h1>
      {page.introOnScreen && <p className="lede">{text(page.intro)}</p>}
      <section className="short-version" aria-labelledby="short-version-title">
        <h2 id="short-version-title">{text(LAYER_TEXT.short)}</h2>
        <ul>
          {page.short.map((point, i) => (
            <li key={point.id}>
              {text(point.text)} {point.certainty && <CertaintyBadge certainty={point.certainty} text={text} explain={explainShort[i] ?? false} />}
            </li>
          ))}
        </ul>
        <SourceList ids={shortSources} text={text} onOpenReferences={onOpenReferences} />
      </section>
      {page.noNumbers && (
        <p className="no-numbers" role="note">
          {text(page.noNumbers)}
        </p>
      )}
      {core.map((statement, i) => (
        <StatementView key={statement.id} statement={statement} text={text} onOpenReferences={onOpenReferences} explainCertainty={explainCore[i] ?? false} />
      ))}
      {more.length > 0 && (
        <details className="more-details">
          <summary>{text(LAYER_TEXT.more)}</summary>
          {!page.introOnScreen && <p className="more-intro">{text(page.intro)}</p>}
          {more.map((statement, i) => (
            <StatementView key={statement.id} statement={statement} text={text} onOpenReferences={onOpenReferences} explainCertainty={explainMore[i] ?? false} />
          ))}
        </details>
      )}
    </section>
  );
}
