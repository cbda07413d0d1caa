/** The window sizes the panel is checked and shown at: small laptop, common laptop, desktop. */
export const PANEL_SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;
