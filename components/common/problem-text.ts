// A rule's message names its field so that it reads alone (logs, import errors, the fill's refusal). Shown next
// to that field's own label it would say the label twice ("主办单位名称 主办单位名称未填写"): drop the name there.

const JOINERS = /^(中的|的|：|:|\s)+/;

/** The message without the field's name at its start; the whole message when that would leave nothing. */
export function withoutField(message: string, ...names: (string | undefined)[]): string {
  let rest = message;
  for (const name of [...names].filter(Boolean).sort((a, b) => (b?.length ?? 0) - (a?.length ?? 0))) {
    if (name && rest.startsWith(name)) {
      rest = rest.slice(name.length).replace(JOINERS, '');
      break;
    }
  }
  return rest || message;
}
