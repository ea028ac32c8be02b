import { describe, expect, it } from 'vitest';
import { termsReview } from '../../lib/terms/review';

describe('the review date of approved terms', () => {
  const approved = new Date('2025-03-04T14:00:00Z');

  it('falls the board’s interval after the London day of approval', () => {
    expect(termsReview(approved, 6, approved).reviewOn).toBe('2025-09-04');
    expect(termsReview(approved, 12, approved).reviewOn).toBe('2026-03-04');
    // late evening in British Summer Time is already the next day in London
    expect(termsReview(new Date('2025-08-31T23:30:00Z'), 6, approved).reviewOn).toBe('2026-03-01');
  });

  it('is due on the day and overdue only after it, by the London calendar', () => {
    expect(termsReview(approved, 6, new Date('2025-09-03T22:59:59Z'))).toMatchObject({ due: false, overdue: false });
    // 23:00Z on 3 September is midnight in London: the review day has begun
    expect(termsReview(approved, 6, new Date('2025-09-03T23:00:00Z'))).toMatchObject({ due: true, overdue: false });
    expect(termsReview(approved, 6, new Date('2025-09-04T22:59:59Z'))).toMatchObject({ due: true, overdue: false });
    expect(termsReview(approved, 6, new Date('2025-09-04T23:00:00Z'))).toMatchObject({ due: true, overdue: true });
  });
});
