import { Tag } from '@/components/tag';
import { formatDayLong } from '@/lib/format';
import type { TermsReview } from '@/lib/terms/review';

export const londonDayLong = (day: string) => formatDayLong(new Date(`${day}T00:00:00Z`));

/** "Next review due by …", flagged in words when the day has come or gone. */
export function ReviewLine({ review, months }: { review: TermsReview; months: number }) {
  return (
    <p className="mb-2">
      Next review due by <strong>{londonDayLong(review.reviewOn)}</strong> (reviewed every {months} {months === 1 ? 'month' : 'months'}).{' '}
      {review.overdue ? <Tag tone="red">Review overdue</Tag> : review.due ? <Tag tone="amber">Review due today</Tag> : null}
    </p>
  );
}
