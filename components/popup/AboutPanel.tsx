// The About panel: how current and how big the dictionary is (asked of the background only when opened), and the data credits.
import { useRef, useState } from 'preact/hooks';
import type { ResponseOf } from '../../utils/messaging';
import { CREDITS, formatAsOf, formatBytes, formatCount } from './model';

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
      <summary>About Gloss</summary>
      <div class="about-body">
        <p>
          Gloss explains the people, places, organisations and dates in news articles. It works offline: the
          articles you read are not sent anywhere.
        </p>
        <h3>Dictionary</h3>
        <DictionaryInfo info={info} />
        <h3>Credits</h3>
        <ul class="credits">
          {CREDITS.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {version ? <p class="version">Gloss {version}</p> : null}
      </div>
    </details>
  );
}

function DictionaryInfo({ info }: { info: Info | 'loading' | null }) {
  if (info === null || info === 'loading') return <p class="note">Loading…</p>;
  if (!info.ok) return <p class="note">The dictionary details are not available right now.</p>;
  const { counts } = info;
  return (
    <div class="dictionary">
      <p>
        Facts as of <strong>{formatAsOf(info.asOf)}</strong>. Roles and facts change, and the sources have errors:
        check anything surprising.
      </p>
      <dl>
        <dt>People</dt>
        <dd>
          {formatCount(counts.people)} ({formatCount(counts.peopleWithRoles)} with dated roles)
        </dd>
        <dt>Places</dt>
        <dd>{formatCount(counts.places)}</dd>
        <dt>Organisations</dt>
        <dd>{formatCount(counts.organizations)}</dd>
        <dt>Names and aliases</dt>
        <dd>{formatCount(counts.aliases)}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(info.byteLength)}</dd>
      </dl>
    </div>
  );
}
