import { render } from 'preact';
import { t } from '../../components/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/theme.css';
import '../../components/common/ui.css';
import '../../components/popup/popup.css';

// The tab's title and the page's language follow the browser's UI language (public/_locales).
document.title = t('popup_title');
document.documentElement.lang = t('html_lang');
render(<PopupApp />, document.getElementById('app') as HTMLElement);
