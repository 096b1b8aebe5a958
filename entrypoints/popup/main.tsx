// Popup entrypoint: wires the real browser dependencies into the app and renders it.
import { render } from 'preact';
import { createBrowserDeps } from '../../components/popup/deps';
import { t } from '../../components/popup/i18n';
import { PopupApp } from '../../components/popup/PopupApp';

// The page's language is the one its messages came from, so screen readers pronounce them right.
document.documentElement.lang = t('formatLocale');
const root = document.getElementById('app');
if (root) render(<PopupApp deps={createBrowserDeps()} />, root);
