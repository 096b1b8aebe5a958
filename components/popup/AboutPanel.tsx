// The About panel: how current and how big the dictionary is (asked of the background only when opened), and the data credits.
import { useRef, useState } from 'preact/hooks';
import type { ResponseOf } from '../../utils/messaging';
import { t, tAround } from './i18n';
import { CATEGORY_LABELS, CREDITS, formatAsOf, formatBytes, formatCount } from './model';

type Info = ResponseOf<'dictionaryInfo'>;

interface Props {
  version: string;
  loadInfo(): Promise<Info>;
}

export function AboutPanel({ version, loadInfo }: Props) {
  const [info, setInfo] = useState<Info | 'loading' | null>(null);
  // A ref, not the state: two toggle events can arrive before the re-render that would show 'loading'.
  const requested = useRef(false);

  // Lazily: on a page that is not an article the background has not loaded the dictionary, and most people
  // never open this panel, so opening the popup must not make it load the whole dictionary.
  const onToggle = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || requested.current) return;
    requested.current = true;
    setInfo('loading');
    loadInfo().then(setInfo, (error: unknown) => setInfo({ ok: false, error: String(error) }));
  };

  return (
    <details class="about" onToggle={onToggle}>
      <summary>{t('aboutSummary')}</summary>
      <div class="about-body">
        <p>{t('aboutIntro')}</p>
        <h3>{t('aboutDictionaryHeading')}</h3>
        <DictionaryInfo info={info} />
        <h3>{t('aboutCreditsHeading')}</h3>
        <ul class="credits">
          {CREDITS.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {version ? <p class="version">{t('aboutVersion', version)}</p> : null}
      </div>
    </details>
  );
}

function DictionaryInfo({ info }: { info: Info | 'loading' | null }) {
  if (info === null || info === 'loading') return <p class="note">{t('loading')}</p>;
  if (!info.ok) return <p class="note">{t('dictionaryUnavailable')}</p>;
  const { counts } = info;
  const [beforeDate, afterDate] = tAround('dictionaryAsOf');
  return (
    <div class="dictionary">
      <p>
        {beforeDate}
        <strong>{formatAsOf(info.asOf)}</strong>
        {afterDate}
      </p>
      <dl>
        <dt>{CATEGORY_LABELS.person}</dt>
        <dd>{t('dictionaryPeopleCount', [formatCount(counts.people), formatCount(counts.peopleWithRoles)])}</dd>
        <dt>{CATEGORY_LABELS.place}</dt>
        <dd>{formatCount(counts.places)}</dd>
        <dt>{CATEGORY_LABELS.organization}</dt>
        <dd>{formatCount(counts.organizations)}</dd>
        <dt>{t('dictionaryAliases')}</dt>
        <dd>{formatCount(counts.aliases)}</dd>
        <dt>{t('dictionarySize')}</dt>
        <dd>{formatBytes(info.byteLength)}</dd>
      </dl>
    </div>
  );
}
