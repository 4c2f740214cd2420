import { render } from 'preact';
import '../ui/tokens.css';
import './popup.css';
import { App } from './App';
import { uiLanguage } from '../shared/i18n';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
