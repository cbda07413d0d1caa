// One APP: 负责人 and APP信息.
import { APP_PLATFORMS, APP_TYPES, PRE_LICENSE_KINDS } from '../../lib/profile/options';
import type { App, ImageRef, Person } from '../../lib/profile/schema';
import { MAX_IMAGE_BYTES, MAX_LOGO_BYTES, MAX_SCREENSHOTS } from '../../lib/rules/files';
import { CheckGroup, YesNo } from '../common/Choice';
import { SelectField, TextField } from '../common/Field';
import { ImagePicker } from '../common/ImagePicker';
import { PersonPicker } from './PersonForm';

type AppType = keyof typeof APP_TYPES;

export function AppForm({
  app,
  at,
  people,
  set,
}: {
  app: App;
  at: string;
  people: Person[];
  set: (path: string, value: unknown) => void;
}) {
  const f = (k: string) => `${at}.${k}`;
  const setShot = (i: number, v: ImageRef | undefined) => {
    const next = [...app.screenshots];
    if (v) next[i] = v;
    else next.splice(i, 1);
    set(f('screenshots'), next);
  };
  const slots = Math.min(app.screenshots.length + 1, MAX_SCREENSHOTS);
  return (
    <div class="form">
      <PersonPicker
        label="APP负责人"
        path={f('personId')}
        people={people}
        value={app.personId}
        onChange={(id) => set(f('personId'), id)}
      />
      <h3>APP信息</h3>
      <TextField
        label="应用名称"
        path={f('appName')}
        required
        value={app.appName}
        onInput={(v) => set(f('appName'), v)}
      />
      <CheckGroup
        legend="运行平台"
        path={f('platforms')}
        required
        options={APP_PLATFORMS}
        value={app.platforms}
        onChange={(v) => set(f('platforms'), v)}
      />
      <ImagePicker
        label="应用logo"
        path={f('logo')}
        required
        value={app.logo}
        maxBytes={MAX_LOGO_BYTES}
        onChange={(v) => set(f('logo'), v)}
      />
      <SelectField<AppType>
        label="应用类型"
        path={f('appType')}
        required
        value={app.appType ?? ''}
        options={(Object.keys(APP_TYPES) as AppType[]).map((k) => ({ value: k, label: APP_TYPES[k] }))}
        onChange={(v) => set(f('appType'), v || undefined)}
      />
      <TextField
        label="应用包名"
        path={f('packageName')}
        required
        value={app.packageName}
        placeholder="com.example.app"
        onInput={(v) => set(f('packageName'), v.trim())}
      />
      <TextField
        label="市值"
        path={f('marketValue')}
        value={app.marketValue}
        onInput={(v) => set(f('marketValue'), v)}
      />
      <TextField
        label="月活用户数量"
        path={f('monthlyActive')}
        required
        value={app.monthlyActive}
        onInput={(v) => set(f('monthlyActive'), v)}
      />
      <TextField
        label="注册用户总量"
        path={f('registeredUsers')}
        required
        value={app.registeredUsers}
        onInput={(v) => set(f('registeredUsers'), v)}
      />
      <YesNo
        legend="相关前置许可"
        path={f('preLicense')}
        required
        value={app.preLicense}
        onChange={(v) => set(f('preLicense'), v)}
      />
      <CheckGroup
        legend="前置许可种类"
        path={f('preLicenseKinds')}
        options={PRE_LICENSE_KINDS}
        value={app.preLicenseKinds}
        disabled={app.preLicense !== true}
        onChange={(v) => set(f('preLicenseKinds'), v)}
      />
      <div class="images">
        {Array.from({ length: slots }, (_, i) => (
          <ImagePicker
            key={app.screenshots[i]?.id ?? `new-${i}`}
            label={`运行截图 ${i + 1}/${MAX_SCREENSHOTS}`}
            path={i === 0 ? f('screenshots') : `${f('screenshots')}.${i}`}
            required={i === 0}
            value={app.screenshots[i]}
            maxBytes={MAX_IMAGE_BYTES}
            onChange={(v) => setShot(i, v)}
          />
        ))}
      </div>
      <TextField
        label="功能描述"
        path={f('description')}
        required
        multiline
        value={app.description}
        onInput={(v) => set(f('description'), v)}
      />
    </div>
  );
}
