/**
 * Finding a share fragment in text, without the codec: the app checks every page load for `#d=`, and
 * only loads the decoder (and its inflate) when there is one.
 */
export const SHARE_PARAM = 'd';

/**
 * The share payload (`2.<data>`) from a full link, a `#fragment`, or `d=2.xxx`; undefined when the
 * text carries no share fragment (a plain page address: nothing to open).
 */
export function findShareFragment(text: string): string | undefined {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${SHARE_PARAM}=`)) return part.slice(SHARE_PARAM.length + 1);
  }
  return undefined;
}
