// The popup's settings controls: Gloss on/off, this site on/off, categories and highlight style. Stateless; the app saves.
import { CATEGORY_NAMES, HIGHLIGHT_STYLES, type CategoryName, type GlossSettings, type HighlightStyle } from '../../utils/settings';
import { t, tAround } from './i18n';
import { CATEGORY_LABELS, STYLE_LABELS } from './model';

export interface SiteSwitch {
  /** The site as the user knows it ("bbc.co.uk"), or null when this tab has no site to switch. */
  hostname: string | null;
  /** Whether Gloss runs on this site as far as the site list goes (the global switch aside). */
  enabled: boolean;
  /** Why there is no site switch, shown in its place. */
  note: string;
}

interface Props {
  settings: GlossSettings;
  site: SiteSwitch;
  onChange(patch: Partial<GlossSettings>): void;
  onSiteChange(enabled: boolean): void;
}

export function SettingsForm({ settings, site, onChange, onSiteChange }: Props) {
  const setCategory = (name: CategoryName, on: boolean) => onChange({ categories: { ...settings.categories, [name]: on } });
  const [beforeSite, afterSite] = tAround('useOnSite');
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset class="switches">
        <legend>{t('legendSwitches')}</legend>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            name="enabled"
            checked={settings.enabled}
            onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
          />
          <span>{t('useGloss')}</span>
        </label>
        {site.hostname ? (
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              name="site"
              checked={site.enabled}
              disabled={!settings.enabled}
              aria-describedby={settings.enabled ? undefined : 'site-note'}
              onChange={(event) => onSiteChange(event.currentTarget.checked)}
            />
            <span>
              {beforeSite}
              <span class="hostname">{site.hostname}</span>
              {afterSite}
            </span>
          </label>
        ) : (
          <p class="note">{site.note}</p>
        )}
        {site.hostname && !settings.enabled ? (
          <p class="note" id="site-note">
            {t('siteNoteGlobalOff')}
          </p>
        ) : null}
      </fieldset>

      <fieldset class="options categories">
        <legend>{t('legendCategories')}</legend>
        {CATEGORY_NAMES.map((name) => (
          <label key={name}>
            <input
              type="checkbox"
              name={`category-${name}`}
              checked={settings.categories[name]}
              onChange={(event) => setCategory(name, event.currentTarget.checked)}
            />
            <span>{CATEGORY_LABELS[name]}</span>
          </label>
        ))}
      </fieldset>

      <fieldset class="options">
        <legend>{t('legendStyle')}</legend>
        {HIGHLIGHT_STYLES.map((style: HighlightStyle) => (
          <label key={style}>
            <input
              type="radio"
              name="highlight-style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={(event) => {
                if (event.currentTarget.checked) onChange({ highlightStyle: style });
              }}
            />
            <span>{STYLE_LABELS[style]}</span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}
