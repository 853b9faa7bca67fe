export {
  decodeShare, encodeShare, findShareFragment, shareUrl, MAX_SHARE_TEXT_LENGTH, SHARE_FORMAT_VERSION,
  SHARE_LINK_WARN_LENGTH, SHARE_PARAM,
} from './share';
export { MAX_INFLATED_BYTES } from './inflate';
