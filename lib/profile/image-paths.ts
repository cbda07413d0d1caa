import type { Profile } from './schema';

/** Every image a profile refers to, with the path of the field that holds it (to name it in a message). */
export function refsWithPaths(p: Profile) {
  const out: { ref: NonNullable<Profile['apps'][number]['logo']>; path: (string | number)[] }[] = [];
  const add = (ref: (typeof out)[number]['ref'] | undefined, path: (string | number)[]) => {
    if (ref) out.push({ ref, path });
  };
  add(p.subject.unit.certImage, ['subject', 'unit', 'certImage']);
  p.people.forEach((x, i) => {
    add(x.idFront, ['people', i, 'idFront']);
    add(x.idBack, ['people', i, 'idBack']);
    add(x.idHandheld, ['people', i, 'idHandheld']);
  });
  p.websites.forEach((w, i) => {
    add(w.domainCert, ['websites', i, 'domainCert']);
  });
  p.apps.forEach((a, i) => {
    add(a.logo, ['apps', i, 'logo']);
    a.screenshots.forEach((s, j) => {
      add(s, ['apps', i, 'screenshots', j]);
    });
  });
  return out;
}
