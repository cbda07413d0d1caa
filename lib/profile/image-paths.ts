import type { ImageRef, Profile } from './schema';

/** An image's bytes and their checked type, as stored, exported or staged. */
export interface ImageBytes {
  type: ImageRef['type'];
  bytes: Uint8Array;
}

/** Every ImageRef in a profile. */
export function imageRefs(p: Profile): ImageRef[] {
  const refs: (ImageRef | undefined)[] = [p.subject.unit.certImage];
  for (const person of p.people) refs.push(person.idFront, person.idBack, person.idHandheld);
  for (const w of p.websites) refs.push(w.domainCert);
  for (const a of p.apps) refs.push(a.logo, ...a.screenshots);
  return refs.filter((r): r is ImageRef => r !== undefined);
}

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
