import { SHARE_FRAGMENT_PREFIX } from '../../model'

/** True when a location hash is a share link (`#share=…`). Kept apart so start-up reads it without loading the share code. */
export function isShareHash(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_FRAGMENT_PREFIX)
}
