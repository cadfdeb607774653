/**
 * The boot script: a small classic script in index.html's <head>, run before the first paint
 * (the Content-Security-Policy allows no inline script, so it is a file; scripts/firstScreen.ts
 * builds it). It applies the stored theme, says on <html> whether the prerendered first screen
 * shows the view the app will open (see firstScreen.ts), and starts the app, whose module scripts
 * its own tag lists (`data-app`), once the first screen has been painted. It reads storage; it
 * never writes it.
 */
import { firstScreenFor, loadAppAfterFirstPaint } from './firstScreen';
import { applyTheme, loadPreferences, openStorage } from '../state/preferenceSync';

const root = document.documentElement;
const preferences = loadPreferences(openStorage());
applyTheme(preferences.theme, root);
root.dataset.app = 'loading';
root.dataset.firstScreen = firstScreenFor(window.location, preferences.lastView);
const scripts = document.currentScript?.dataset.app;
if (scripts) loadAppAfterFirstPaint(scripts.split(' '));
