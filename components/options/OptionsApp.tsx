export function OptionsApp() {
  return (
    <main style={{ maxWidth: '960px', margin: '0 auto', padding: '24px' }}>
      <h1>备案资料管理</h1>
      <p lang="en">Filing profiles</p>
    </main>
  );
}
