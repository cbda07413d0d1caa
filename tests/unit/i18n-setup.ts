// Unit and component tests read the UI text from the zh_CN file, as a Chinese browser would show it.

import { addMessageSource, messagesOf } from '../../lib/i18n';
import zh from '../../public/_locales/zh_CN/messages.json';

addMessageSource(messagesOf(zh));
