import type { ImageRef } from '../profile/schema';

/** Turns stored image bytes into the File a file chooser would give, with an extension the page accepts. */
export function imageFile(ref: ImageRef, dataBase64: string): File {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const ext = ref.type === 'image/png' ? '.png' : '.jpg';
  const name = /\.(png|jpe?g)$/i.test(ref.name) ? ref.name : `${ref.name.replace(/\.[^.]*$/, '')}${ext}`;
  return new File([bytes], name, { type: ref.type });
}
