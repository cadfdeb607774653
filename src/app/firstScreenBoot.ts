/**
 * The boot script: a small classic script in index.html's <head>, run before the first paint
 * (the Content-Security-Policy allows no inline script, so it is a file; scripts/firstScreen.ts
 * builds it). It applies the stored theme and says on <html> whether the prerendered first screen
 * shows the view the app will open (see firstScreen.tsx). It reads; it never writes.
 */
import { firstScreenFor } from './firstScreen';
import { applyTheme, loadPreferences, openStorage } from '../state/preferenceSync';

const root = document.documentElement;
const preferences = loadPreferences(openStorage());
applyTheme(preferences.theme, root);
root.dataset.app = 'loading';
root.dataset.firstScreen = firstScreenFor(window.location, preferences.lastView);
