import { addressThrottle } from '../../auth/address-throttle';

// Uploads through commissioned papers' links from one network address: the route needs no
// sign-in, so a script trying tokens (or filling storage) is slowed here.
export const COMMISSION_UPLOADS_PER_HOUR = 30;

/** Counts this request and says whether it may go on; without a known address nothing is counted. */
export const allowCommissionUpload = addressThrottle('commission-upload', COMMISSION_UPLOADS_PER_HOUR);
