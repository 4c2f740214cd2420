import { render } from 'preact';
import '../ui/tokens.css';
import './library.css';
import { App } from './App';
import { uiLanguage } from '../shared/i18n';

const locale = uiLanguage();
document.documentElement.lang = locale;
render(<App locale={locale} />, document.getElementById('app')!);
