export function PopupApp() {
  return (
    <main class="popup" style={{ width: '360px', padding: '12px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>公安备案助手</h1>
      <p lang="en" style={{ color: 'var(--muted)', margin: 0 }}>
        MPS Filing Autofill
      </p>
    </main>
  );
}
