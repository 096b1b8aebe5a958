// Popup entrypoint: wires the real browser dependencies into the app and renders it.
import { render } from 'preact';
import { createBrowserDeps } from '../../components/popup/deps';
import { PopupApp } from '../../components/popup/PopupApp';

const root = document.getElementById('app');
if (root) render(<PopupApp deps={createBrowserDeps()} />, root);
