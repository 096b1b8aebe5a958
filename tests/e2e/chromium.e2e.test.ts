// End-to-end: the built extension (.output/chrome-mv3) in Chromium.
import { defineGlossSuite } from './suite';

defineGlossSuite('chromium');
