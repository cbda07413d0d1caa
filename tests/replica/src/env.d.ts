// Lets the root `tsc --noEmit` import single-file components; their templates are checked by the Vite build.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent<object, object, unknown>;
  export default component;
}
