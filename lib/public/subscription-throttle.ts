import { addressThrottle } from '../auth/address-throttle';

// Subscription requests from one network address: each sends a mail to an address the
// requester typed, so a script spraying addresses is slowed here (besides the per-address
// limit of lib/rules/public-subscription.ts).
export const SUBSCRIBE_REQUESTS_PER_HOUR = 20;

/** Counts this request and says whether it may go on; without a known address nothing is counted. */
export const allowSubscribeRequest = addressThrottle('public-subscribe', SUBSCRIBE_REQUESTS_PER_HOUR);
