// End-to-end: the built extension (.output/firefox-mv2) in Firefox ESR.
import { defineGlossSuite } from './suite';

defineGlossSuite('firefox');
