// Adapter to lib/reference: provider presets and 网安部门代码.
export { POLICE_CODES as MPS_CODES } from '../../lib/reference/police-codes';
export {
  accessPresets,
  type ProviderPreset,
  registrarPresets,
  toAccessProvider,
  toRegistrar,
} from '../../lib/reference/providers';
