import { render } from 'preact';
import { OptionsRoot } from '../../components/options/review/OptionsRoot';
import '../../components/theme.css';
import '../../components/common/ui.css';
import '../../components/options/options.css';

render(<OptionsRoot />, document.getElementById('app') as HTMLElement);
