import type { DiffPart, SectionDiff } from '@/lib/terms/diff';
import { countWords } from '@/lib/terms/diff';
import { Tag } from '@/components/tag';

/**
 * Added and removed words are marked three ways, so the difference reads without colour:
 * underlined or struck through, tinted, and announced to screen readers in words.
 */
function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.type === 'added' ? (
          <ins key={i} className="bg-[#cce5d8] text-ink underline decoration-2">
            <span className="sr-only">[added: </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ) : p.type === 'removed' ? (
          <del key={i} className="bg-[#f4cdc6] text-ink line-through decoration-2">
            <span className="sr-only">[removed: </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

const changeWords = { unchanged: 'No changes', changed: 'Changed', added: 'New section', removed: 'Section removed' } as const;
const changeTones = { unchanged: 'grey', changed: 'amber', added: 'green', removed: 'red' } as const;

export function DiffView({ sections }: { sections: SectionDiff[] }) {
  return (
    <div className="max-w-3xl">
      {sections.map((s) => {
        const words = countWords([...s.headingParts, ...s.bodyParts]);
        const id = `diff-${s.key.replace('#', '-')}`;
        return (
          <section key={s.key} aria-labelledby={id} className="mb-8 border-l-4 border-border pl-4">
            <h3 id={id}>{s.change === 'changed' && s.headingParts.some((p) => p.type !== 'same') ? <Parts parts={s.headingParts} /> : s.heading}</h3>
            <p className="mb-3">
              <Tag tone={changeTones[s.change]}>{changeWords[s.change]}</Tag>
              {s.change === 'changed' && (
                <span className="ml-2 text-sm text-secondary">
                  {words.added} {words.added === 1 ? 'word' : 'words'} added, {words.removed} removed
                </span>
              )}
            </p>
            {s.change !== 'unchanged' && (
              <div className="whitespace-pre-line">
                <Parts parts={s.bodyParts} />
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
