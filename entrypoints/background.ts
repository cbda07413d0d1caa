import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring grows with the fill engine; the worker holds no state of its own.
});
