// The toolbar popup: settings saved as they change, what Gloss found on this tab (with jump-to), and the About panel.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EntityGroup } from '../../utils/messaging';
import { isSiteEnabled, normalizeHostname, type GlossSettings } from '../../utils/settings';
import { AboutPanel } from './AboutPanel';
import type { ActiveTab, PopupDeps } from './deps';
import { EntityList } from './EntityList';
import { t, type MessageKey } from './i18n';
import { buildSections, classifyTab, type TabKind } from './model';
import { SettingsForm, type SiteSwitch } from './SettingsForm';

/** What the entity panel shows. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'browser-page' }
  | { kind: 'file' }
  | { kind: 'unreachable' }
  | { kind: 'not-article' }
  | { kind: 'article'; groups: EntityGroup[] };

interface TabInfo {
  tab: ActiveTab | null;
  kind: TabKind;
}

export function PopupApp({ deps }: { deps: PopupDeps }) {
  const [settings, setSettings] = useState<GlossSettings | null>(null);
  const [tabInfo, setTabInfo] = useState<TabInfo | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const live = useRef(true);

  const loadEntities = useCallback(
    async (info: TabInfo) => {
      const { tab, kind } = info;
      if (!tab) return setPage({ kind: 'no-tab' });
      if (kind.kind === 'browser') return setPage({ kind: 'browser-page' });
      if (kind.kind === 'file') return setPage({ kind: 'file' });
      const reply = await deps.sendToTab(tab.id, 'tabEntities', {});
      if (!live.current) return;
      // Without a permission to read tab URLs the browser hides this tab's URL; the content script knows its host.
      if (kind.kind === 'unknown' && reply.ok && reply.hostname) {
        const hostname = normalizeHostname(reply.hostname);
        if (hostname) setTabInfo({ tab, kind: { kind: 'web', hostname } });
      }
      if (!reply.ok) setPage({ kind: 'unreachable' });
      else if (!reply.isArticle) setPage({ kind: 'not-article' });
      else setPage({ kind: 'article', groups: reply.groups });
    },
    [deps],
  );

  useEffect(() => {
    live.current = true;
    void deps.getSettings().then((s) => live.current && setSettings(s));
    // Changes made elsewhere (another window, another machine through sync) show up here while the popup is open.
    const unwatch = deps.watchSettings((s) => live.current && setSettings(s));
    void deps.queryTab().then((tab) => {
      if (!live.current) return;
      const info = { tab, kind: tab ? classifyTab(tab.url) : ({ kind: 'unknown' } as TabKind) };
      setTabInfo(info);
      void loadEntities(info);
    });
    return () => {
      live.current = false;
      unwatch();
    };
  }, [deps, loadEntities]);

  const hostname = tabInfo?.kind.kind === 'web' ? tabInfo.kind.hostname : null;
  const active = (s: GlossSettings | null) => !!s && (hostname ? isSiteEnabled(s, hostname) : s.enabled);

  /** Saves at once; shows the change before storage answers, and puts it back if the write fails. */
  const save = async (optimistic: GlossSettings, write: () => Promise<GlossSettings>) => {
    const before = settings;
    setSettings(optimistic);
    setStatus('');
    try {
      const saved = await write();
      if (!live.current) return;
      setSettings(saved);
      // Switching Gloss back on: the content script scans again, so ask again what it found.
      if (!active(before) && active(saved) && tabInfo) void loadEntities(tabInfo);
    } catch (error) {
      if (!live.current) return;
      setStatus(t('saveFailed', error instanceof Error ? error.message : String(error)));
      setSettings(await deps.getSettings());
    }
  };

  const onChange = (patch: Partial<GlossSettings>) => {
    if (!settings) return;
    void save({ ...settings, ...patch }, () => deps.updateSettings(patch));
  };

  const onSiteChange = (enabled: boolean) => {
    if (!settings || !hostname) return;
    const others = settings.disabledSites.filter((site) => site !== hostname);
    const optimistic = { ...settings, disabledSites: enabled ? others : [...others, hostname] };
    void save(optimistic, () => deps.setSiteEnabled(hostname, enabled));
  };

  const onFocus = async (entry: EntityGroup) => {
    if (!tabInfo?.tab) return;
    setStatus('');
    const reply = await deps.sendToTab(tabInfo.tab.id, 'focusEntity', { name: entry.name, type: entry.type, id: entry.id });
    if (!live.current) return;
    if (reply.ok) deps.closePopup();
    else setStatus(t('focusFailed', entry.name));
  };

  const site: SiteSwitch = {
    hostname,
    enabled: settings && hostname ? isSiteEnabled({ ...settings, enabled: true }, hostname) : true,
    note: siteNote(tabInfo),
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
      </header>
      {settings ? (
        <SettingsForm settings={settings} site={site} onChange={onChange} onSiteChange={onSiteChange} />
      ) : (
        <p class="note">{t('loadingSettings')}</p>
      )}
      <section class="page" aria-labelledby="page-heading">
        <h2 id="page-heading">{t('pageHeading')}</h2>
        <PagePanel page={page} settings={settings} siteOn={site.enabled} onFocus={onFocus} />
      </section>
      <AboutPanel version={deps.version} loadInfo={() => deps.sendToBackground('dictionaryInfo', {})} />
      <p class="status" role="status">
        {status}
      </p>
    </main>
  );
}

function siteNote(info: TabInfo | null): string {
  if (!info) return '';
  switch (info.kind.kind) {
    case 'browser':
      return t('siteNoteBrowser');
    case 'file':
      return t('siteNoteFile');
    default:
      return t('siteNoteUnknown');
  }
}

interface PagePanelProps {
  page: PageState;
  settings: GlossSettings | null;
  siteOn: boolean;
  onFocus(entry: EntityGroup): void;
}

function PagePanel({ page, settings, siteOn, onFocus }: PagePanelProps) {
  const say = (key: MessageKey, state: string = page.kind) => (
    <p class="note page-state" data-state={state}>
      {t(key)}
    </p>
  );
  switch (page.kind) {
    case 'loading':
      return say('pageLoading');
    case 'no-tab':
      return say('pageNoTab');
    case 'browser-page':
      return say('pageBrowser');
    case 'file':
      return say('pageFile');
  }
  // Switched off explains any other state best: a switched-off page may well not answer at all.
  if (settings && !settings.enabled) return say('pageOff', 'off');
  if (settings && !siteOn) return say('pageSiteOff', 'site-off');
  switch (page.kind) {
    case 'unreachable':
      return say('pageUnreachable');
    case 'not-article':
      return say('pageNotArticle');
    case 'article': {
      if (!settings) return say('pageLoading');
      const sections = buildSections(page.groups, settings.categories);
      if (page.groups.length === 0) {
        return say('pageNothingFound');
      }
      if (sections.length === 0) return say('pageAllHidden');
      return <EntityList sections={sections} onFocus={onFocus} />;
    }
  }
}
