import { Tag } from '@/components/tag';

const tones = { DRAFT: 'grey', AGREED: 'purple', APPROVED: 'green', SUPERSEDED: 'grey' } as const;
const words = { DRAFT: 'Draft', AGREED: 'Agreed by the board', APPROVED: 'Approved', SUPERSEDED: 'Superseded' } as const;

/** The status of a version in words as well as colour. */
export function TermsStatusTag({ status, historical = false }: { status: keyof typeof tones; historical?: boolean }) {
  return (
    <>
      <Tag tone={tones[status]}>{words[status]}</Tag>
      {historical && (
        <>
          {' '}
          <Tag tone="grey">Historical record</Tag>
        </>
      )}
    </>
  );
}
