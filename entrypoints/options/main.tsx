import { render } from 'preact';
import { t } from '../../components/i18n';
import { OptionsRoot } from '../../components/options/review/OptionsRoot';
import '../../components/theme.css';
import '../../components/common/ui.css';
import '../../components/options/options.css';

// The tab's title and the page's language follow the browser's UI language (public/_locales).
document.title = t('editor_tab_title');
document.documentElement.lang = t('html_lang');
render(<OptionsRoot />, document.getElementById('app') as HTMLElement);
