import { render } from 'preact';
import '../ui/tokens.css';
import './popup.css';
import { App, requestAnalysis } from './App';
import { uiLanguage } from '../shared/i18n';

document.documentElement.lang = uiLanguage();
const first = requestAnalysis(false);
render(<App first={first} />, document.getElementById('app')!);
